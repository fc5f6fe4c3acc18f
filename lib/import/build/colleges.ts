/**
 * Top colleges per occupation: for each SOC code and completions year, the institutions that award the most
 * degrees (associate's and above) in the occupation's related majors (CIP codes from the CIP–SOC crosswalk).
 * Certificates are counted but do not rank. Ties: more awards in total, then the lower UNITID.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { SourceError } from "@/lib/import/errors";
import { IPEDS } from "@/lib/import/sources";
import type { CompletionRecord, DirectoryRecord } from "@/lib/import/readers/ipeds";

export const TOP_COLLEGES = 10;
const ASSOCIATE = new Set([3]);
const BACHELOR = new Set([5]);
const GRADUATE = new Set([7, 17, 18, 19]);

type Tally = { unitId: number; associates: number; bachelors: number; graduate: number; certificates: number; cips: Set<string> };

export type YearInput = { year: number; completions: CompletionRecord[]; directory: Map<number, DirectoryRecord>; file: string };

export function buildTopColleges(
  cipSoc: { cipCode: string; socCode: string }[],
  years: YearInput[],
): { topColleges: Prisma.TopCollegeCreateManyInput[]; institutions: Prisma.InstitutionCreateManyInput[] } {
  const socsByCip = new Map<string, string[]>();
  for (const { cipCode, socCode } of cipSoc) socsByCip.set(cipCode, [...(socsByCip.get(cipCode) ?? []), socCode]);
  const topColleges: Prisma.TopCollegeCreateManyInput[] = [];
  const directoryOf = new Map<number, { year: number; record: DirectoryRecord }>();
  for (const { year, completions, directory, file } of years) {
    const bySoc = new Map<string, Map<number, Tally>>();
    for (const c of completions) {
      const socs = socsByCip.get(c.cipCode);
      if (!socs || c.total === 0) continue;
      for (const soc of socs) {
        let units = bySoc.get(soc);
        if (!units) bySoc.set(soc, (units = new Map()));
        let t = units.get(c.unitId);
        if (!t) units.set(c.unitId, (t = { unitId: c.unitId, associates: 0, bachelors: 0, graduate: 0, certificates: 0, cips: new Set() }));
        if (ASSOCIATE.has(c.awardLevel)) t.associates += c.total;
        else if (BACHELOR.has(c.awardLevel)) t.bachelors += c.total;
        else if (GRADUATE.has(c.awardLevel)) t.graduate += c.total;
        else t.certificates += c.total;
        if (ASSOCIATE.has(c.awardLevel) || BACHELOR.has(c.awardLevel) || GRADUATE.has(c.awardLevel)) t.cips.add(c.cipCode);
      }
    }
    for (const soc of [...bySoc.keys()].sort()) {
      const degrees = (t: Tally) => t.associates + t.bachelors + t.graduate;
      const ranked = [...bySoc.get(soc)!.values()]
        .filter((t) => degrees(t) > 0)
        .sort((a, b) => degrees(b) - degrees(a) || b.certificates - a.certificates || a.unitId - b.unitId)
        .slice(0, TOP_COLLEGES);
      ranked.forEach((t, i) => {
        const record = directory.get(t.unitId);
        if (!record) throw new SourceError(`UNITID ${t.unitId} is not in the directory hd${year}.csv`, { file });
        const prev = directoryOf.get(t.unitId);
        if (!prev || prev.year < year) directoryOf.set(t.unitId, { year, record });
        topColleges.push({
          socCode: soc,
          year,
          rank: i + 1,
          unitId: t.unitId,
          degrees: degrees(t),
          associates: t.associates,
          bachelors: t.bachelors,
          graduate: t.graduate,
          certificates: t.certificates,
          majors: t.cips.size,
          source: IPEDS,
        });
      });
    }
  }
  const institutions = [...directoryOf.values()]
    .sort((a, b) => a.record.unitId - b.record.unitId)
    .map(({ year, record }) => ({ ...record, year }));
  return { topColleges, institutions };
}
