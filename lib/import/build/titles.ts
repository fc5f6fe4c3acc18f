/**
 * The search index (JobTitle): each occupation's own title, its O*NET alternate and short titles, the reported
 * titles and the SOC direct-match titles (SOC codes map to the occupation's ".00" O*NET code). A title listed
 * twice for one occupation and kind is kept once. `rank` orders matches: higher = more representative.
 * `normalized` is the title folded by the search module (lib/search/normalize.ts), so both sides agree.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { foldText } from "@/lib/search/normalize";
import { ONET_29, ONET_30, SOC_2018 } from "@/lib/import/sources";
import type { AlternateTitle, ReportedTitle } from "@/lib/import/readers/onet-titles";
import type { DirectMatchTitle } from "@/lib/import/readers/soc";
import type { OccupationRow } from "./occupations";

export const TITLE_RANK = {
  OCCUPATION: 100,
  REPORTED_SHOWN: 80, // shown in My Next Move
  REPORTED: 60,
  ALTERNATE: 40, // + the number of sources listing it (1–10)
  SHORT: 30,
  DIRECT_MATCH: 20,
} as const;

type Row = Prisma.JobTitleCreateManyInput;

export function buildJobTitles(input: {
  occupations: OccupationRow[];
  alternate: AlternateTitle[];
  reported: ReportedTitle[];
  directMatch: DirectMatchTitle[];
}): { rows: Row[]; unmatchedDirectMatch: string[] } {
  const rows: Row[] = [];
  const seen = new Set<string>();
  const add = (onetCode: string, kind: Row["kind"], title: string, rank: number, src: { source: string; year: number }) => {
    const key = `${onetCode}|${kind}|${title}`;
    if (seen.has(key)) return;
    seen.add(key);
    rows.push({ title, normalized: foldText(title), kind, rank, onetCode, ...src });
  };
  for (const o of input.occupations) add(o.onetCode, "OCCUPATION", o.title, TITLE_RANK.OCCUPATION, ONET_29);
  for (const r of input.reported)
    add(r.onetCode, "REPORTED", r.title, r.shownInMyNextMove ? TITLE_RANK.REPORTED_SHOWN : TITLE_RANK.REPORTED, ONET_30);
  for (const a of input.alternate) {
    add(a.onetCode, "ALTERNATE", a.title, TITLE_RANK.ALTERNATE + Math.min(a.sources, 10), ONET_29);
    if (a.shortTitle) add(a.onetCode, "SHORT", a.shortTitle, TITLE_RANK.SHORT, ONET_29);
  }
  const primary = new Set(input.occupations.map((o) => o.onetCode));
  const unmatched = new Set<string>();
  for (const d of input.directMatch) {
    const code = `${d.socCode}.00`;
    if (primary.has(code)) add(code, "DIRECT_MATCH", d.title, TITLE_RANK.DIRECT_MATCH, SOC_2018);
    else unmatched.add(d.socCode);
  }
  return { rows, unmatchedDirectMatch: [...unmatched] };
}
