/** A small real-shaped data set for the job tests: occupations and titles (tests/search/fixtures), companies, OEWS rows. */
import type { Database } from "@/lib/db/connect";
import { TitleIndex } from "@/lib/search/title-index";
import { occupations, titles } from "@/tests/search/fixtures";

const pct = (median: number) => ({
  annualP10: Math.round(median * 0.65),
  annualP25: Math.round(median * 0.8),
  annualMedian: median,
  annualP75: Math.round(median * 1.25),
  annualP90: Math.round(median * 1.55),
  hourlyP10: Math.round((median * 0.65) / 20.8) / 100,
  hourlyP25: Math.round((median * 0.8) / 20.8) / 100,
  hourlyMedian: Math.round(median / 20.8) / 100,
  hourlyP75: Math.round((median * 1.25) / 20.8) / 100,
  hourlyP90: Math.round((median * 1.55) / 20.8) / 100,
});

/** National and California / Texas figures (California a third higher, so state and national differ). */
export const MEDIANS: Record<string, number> = { "15-1232": 61_860, "29-1141": 93_600, "53-3032": 57_440, "13-2011": 81_680 };

export async function seedJobsDb(db: Database): Promise<TitleIndex> {
  const majors = [...new Set(occupations.map((o) => `${o.socCode.slice(0, 2)}-0000`))];
  await db.prisma.socGroup.createMany({ data: majors.map((code) => ({ code, level: "MAJOR" as const, title: `Group ${code} Occupations` })) });
  await db.prisma.occupation.createMany({
    data: occupations.map((o) => ({
      onetCode: o.onetCode,
      socCode: o.socCode,
      statCode: o.socCode,
      title: o.title,
      slug: o.slug,
      jobZone: o.socCode === "53-3032" ? 2 : 4,
      majorCode: `${o.socCode.slice(0, 2)}-0000`,
    })),
  });
  await db.prisma.jobTitle.createMany({ data: titles.map((t) => ({ ...t, normalized: t.title.toLowerCase(), source: "test", year: 2024 })) });
  await db.prisma.company.createMany({
    data: [
      { slug: "acme", name: "Acme Corporation", hqCity: "Austin", hqState: "Texas", source: "test" },
      { slug: "globex", name: "Globex Inc.", hqCity: "San Jose", hqState: "California", source: "test" },
      { slug: "initech", name: "Initech", hqCity: "Dublin", hqState: "Ireland", source: "test" },
    ],
  });
  const rows = Object.entries(MEDIANS).flatMap(([socCode, median]) => [
    { socCode, level: "detailed", areaType: "NATIONAL" as const, areaCode: "US", areaName: "U.S.", year: 2025, source: "BLS OEWS", employment: 500_000, ...pct(median) },
    { socCode, level: "detailed", areaType: "STATE" as const, areaCode: "06", areaName: "California", year: 2025, source: "BLS OEWS", employment: 50_000, ...pct(Math.round(median * 1.33)) },
    { socCode, level: "detailed", areaType: "STATE" as const, areaCode: "48", areaName: "Texas", year: 2025, source: "BLS OEWS", employment: 40_000, ...pct(Math.round(median * 0.95)) },
  ]);
  await db.prisma.wageStat.createMany({ data: rows });
  return new TitleIndex(occupations, titles);
}
