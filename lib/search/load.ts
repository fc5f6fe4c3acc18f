import type { PrismaClient } from "@/lib/generated/prisma/client";
import { applyTitleEdits, type RoleTitles } from "./editorial";
import { TitleIndex, type TitleKind } from "./title-index";

const PAGE = 10_000;

/**
 * Every job title in index order (occupation code, then rank, most representative first), read in pages: one
 * read of all 74k rows grew PGlite's WASM memory by ~35 MB for good (WASM memory never shrinks), pages of 10k
 * by a few MB. O*NET codes ("15-1232.00") sort the same in JavaScript as in any database collation.
 */
async function readTitles(prisma: PrismaClient) {
  const rows: { id: number; title: string; kind: TitleKind; rank: number; onetCode: string }[] = [];
  for (let after = 0; ; ) {
    const page = await prisma.jobTitle.findMany({
      where: { id: { gt: after } },
      select: { id: true, title: true, kind: true, rank: true, onetCode: true },
      orderBy: { id: "asc" },
      take: PAGE,
    });
    rows.push(...page);
    if (page.length < PAGE) break;
    after = page[page.length - 1].id;
  }
  return rows.sort((a, b) => (a.onetCode < b.onetCode ? -1 : a.onetCode > b.onetCode ? 1 : b.rank - a.rank || a.id - b.id));
}

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
    readTitles(prisma),
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
