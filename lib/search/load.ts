import type { PrismaClient } from "@/lib/generated/prisma/client";
import { applyTitleEdits, type RoleTitles } from "./editorial";
import { TitleIndex } from "./title-index";

/** The index and the curated role each role title stands for (lib/search/editorial.ts). */
export type LoadedTitleIndex = { index: TitleIndex; roleByTitle: Map<string, RoleTitles> };

/**
 * Reads every occupation, its national employment (latest OEWS year), every job title and the editors' title
 * changes and curated roles, and builds the in-memory index (about 74k titles).
 */
export async function loadTitleIndexWithRoles(prisma: PrismaClient): Promise<LoadedTitleIndex> {
  const [occupations, titles, employment, edits, roles] = await Promise.all([
    prisma.occupation.findMany({
      select: { onetCode: true, socCode: true, statCode: true, title: true, slug: true },
      orderBy: { onetCode: "asc" },
    }),
    prisma.jobTitle.findMany({
      select: { title: true, kind: true, rank: true, onetCode: true },
      orderBy: [{ onetCode: "asc" }, { rank: "desc" }, { id: "asc" }],
    }),
    prisma.wageStat.findMany({
      where: { areaType: "NATIONAL", employment: { not: null } },
      select: { socCode: true, year: true, employment: true },
    }),
    prisma.occupationEdit.findMany({ select: { onetCode: true, addedTitles: true, removedTitles: true } }),
    prisma.role.findMany({ select: { slug: true, name: true, onetCode: true, titles: true }, orderBy: { slug: "asc" } }),
  ]);
  const latest = new Map<string, { year: number; employment: number }>();
  for (const w of employment) {
    const seen = latest.get(w.socCode);
    if (w.employment !== null && (!seen || w.year > seen.year)) latest.set(w.socCode, { year: w.year, employment: w.employment });
  }
  const edited = applyTitleEdits(titles, edits, roles);
  const index = new TitleIndex(
    occupations.map((o) => ({
      onetCode: o.onetCode,
      socCode: o.socCode,
      title: o.title,
      slug: o.slug,
      employment: latest.get(o.statCode ?? o.socCode)?.employment ?? latest.get(o.socCode)?.employment ?? null,
    })),
    edited.titles,
  );
  return { index, roleByTitle: edited.roleByTitle };
}

/** The index alone (scripts, benchmarks and tests that do not need roles). */
export async function loadTitleIndex(prisma: PrismaClient): Promise<TitleIndex> {
  return (await loadTitleIndexWithRoles(prisma)).index;
}
