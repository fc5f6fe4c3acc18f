/**
 * Occupation rows: O*NET occupations joined to SOC 2018 (socCode = the first 7 characters of the O*NET-SOC code,
 * which must be a detailed SOC group), to the NEM crosswalk (statCode = the code under which BLS publishes the
 * occupation's wages and projections; null for the military codes 55-xxxx, which BLS does not cover) and to
 * the 30.1 job zones.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import { SourceError } from "@/lib/import/errors";
import { uniqueSlugs } from "@/lib/import/normalize";
import type { OnetOccupation } from "@/lib/import/readers/onet-occupations";

export type OccupationRow = Omit<Prisma.OccupationCreateManyInput, "version" | "updatedAt">;

export function buildOccupations(input: {
  occupations: OnetOccupation[];
  socGroups: Prisma.SocGroupCreateManyInput[];
  statCodes: Map<string, string>;
  jobZones: Map<string, number | null>;
  files: { occupations: string; jobZones: string };
}): OccupationRow[] {
  const detailed = new Set(input.socGroups.filter((g) => g.level === "DETAILED").map((g) => g.code));
  const slugs = uniqueSlugs(input.occupations, (o) => o.title, (o) => o.onetCode);
  return input.occupations.map((o) => {
    const socCode = o.onetCode.slice(0, 7);
    if (!detailed.has(socCode)) throw new SourceError(`${o.onetCode}: ${socCode} is not a detailed SOC 2018 code`, { file: input.files.occupations });
    if (!input.jobZones.has(o.onetCode)) throw new SourceError(`${o.onetCode} is not in the job zone list`, { file: input.files.jobZones });
    return {
      onetCode: o.onetCode,
      socCode,
      statCode: input.statCodes.get(o.onetCode) ?? null,
      title: o.title,
      slug: slugs.get(o)!,
      description: o.description,
      jobZone: input.jobZones.get(o.onetCode) ?? null,
      majorCode: `${socCode.slice(0, 2)}-0000`,
    };
  });
}
