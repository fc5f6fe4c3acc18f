import type { PrismaClient } from "@/lib/generated/prisma/client";
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

/**
 * Reads every occupation, its national employment (latest OEWS year) and every job title, and builds the
 * in-memory index (about 74k titles).
 */
export async function loadTitleIndex(prisma: PrismaClient): Promise<TitleIndex> {
  const [occupations, titles, employment] = await Promise.all([
    prisma.occupation.findMany({
      select: { onetCode: true, socCode: true, statCode: true, title: true, slug: true },
      orderBy: { onetCode: "asc" },
    }),
    readTitles(prisma),
    prisma.wageStat.findMany({
      where: { areaType: "NATIONAL", employment: { not: null } },
      select: { socCode: true, year: true, employment: true },
    }),
  ]);
  const latest = new Map<string, { year: number; employment: number }>();
  for (const w of employment) {
    const seen = latest.get(w.socCode);
    if (w.employment !== null && (!seen || w.year > seen.year)) latest.set(w.socCode, { year: w.year, employment: w.employment });
  }
  return new TitleIndex(
    occupations.map((o) => ({
      onetCode: o.onetCode,
      socCode: o.socCode,
      title: o.title,
      slug: o.slug,
      employment: latest.get(o.statCode ?? o.socCode)?.employment ?? latest.get(o.socCode)?.employment ?? null,
    })),
    titles,
  );
}
