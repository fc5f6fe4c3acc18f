import type { PrismaClient } from "@/lib/generated/prisma/client";
import { TitleIndex } from "./title-index";

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
    prisma.jobTitle.findMany({
      select: { title: true, kind: true, rank: true, onetCode: true },
      orderBy: [{ onetCode: "asc" }, { rank: "desc" }, { id: "asc" }],
    }),
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
