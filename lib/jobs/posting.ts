/**
 * One posting in full, with the pay context no job board gives: the BLS OEWS percentiles of its occupation,
 * nationally and in the state of its first located place, for the latest year published.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { summarySelect, type PostingSummary } from "./search";
import { STATES } from "./states";

export type Percentiles = {
  area: string;
  year: number;
  source: string;
  annual: { p10: number | null; p25: number | null; median: number | null; p75: number | null; p90: number | null };
  hourly: { p10: number | null; p25: number | null; median: number | null; p75: number | null; p90: number | null };
  topCoded: string[];
  suppressed: string[];
};

export type PostingDetail = PostingSummary & {
  description: string | null;
  applyUrl: string | null;
  source: string;
  sourceId: string | null;
  matchScore: number | null;
  matchedTitle: string | null;
  classifiedBy: string | null;
  updatedAt: Date;
  occupation: (PostingSummary["occupation"] & { socCode: string; statCode: string | null }) | null;
  pay: { national: Percentiles | null; state: Percentiles | null };
  related: { slug: string; title: string }[];
};

/** Posting ids are cuids, or "sample-0001" for samples: anything else is not looked up. */
export const POSTING_ID = /^[a-z0-9-]{6,40}$/;

export async function readPosting(prisma: PrismaClient, id: string): Promise<PostingDetail | null> {
  if (!POSTING_ID.test(id)) return null;
  const p = await prisma.jobPosting.findUnique({
    where: { id },
    select: {
      ...summarySelect,
      occupation: { select: { slug: true, title: true, onetCode: true, socCode: true, statCode: true } },
      description: true,
      applyUrl: true,
      source: true,
      sourceId: true,
      matchScore: true,
      matchedTitle: true,
      classifiedBy: true,
      updatedAt: true,
    },
  });
  if (!p) return null;
  const occ = p.occupation;
  const state = p.locations.find((l) => l.state)?.state ?? null;
  const fips = state ? STATES.get(state)?.fips : undefined;
  const code = occ ? (occ.statCode ?? occ.socCode) : null;
  const [wages, related] = await Promise.all([
    code
      ? prisma.wageStat.findMany({
          where: { socCode: code, OR: [{ areaType: "NATIONAL" }, ...(fips ? [{ areaType: "STATE" as const, areaCode: fips }] : [])] },
          orderBy: { year: "desc" },
        })
      : Promise.resolve([]),
    occ
      ? prisma.relatedOccupation.findMany({ where: { onetCode: occ.onetCode }, orderBy: { index: "asc" }, take: 3, select: { relatedCode: true } })
      : Promise.resolve([]),
  ]);
  const relatedOccs = related.length
    ? await prisma.occupation.findMany({ where: { onetCode: { in: related.map((r) => r.relatedCode) } }, select: { slug: true, title: true, onetCode: true } })
    : [];
  const pick = (type: "NATIONAL" | "STATE"): Percentiles | null => {
    const w = wages.find((x) => x.areaType === type);
    if (!w) return null;
    return {
      area: type === "NATIONAL" ? "United States" : w.areaName,
      year: w.year,
      source: w.source,
      annual: { p10: w.annualP10, p25: w.annualP25, median: w.annualMedian, p75: w.annualP75, p90: w.annualP90 },
      hourly: { p10: w.hourlyP10, p25: w.hourlyP25, median: w.hourlyMedian, p75: w.hourlyP75, p90: w.hourlyP90 },
      topCoded: w.topCoded,
      suppressed: w.suppressed,
    };
  };
  return {
    ...p,
    pay: { national: pick("NATIONAL"), state: pick("STATE") },
    related: related.map((r) => relatedOccs.find((o) => o.onetCode === r.relatedCode)).filter((o): o is { slug: string; title: string; onetCode: string } => Boolean(o)),
  };
}

/** Expired: past its expiry date. The page stays, with a notice; search leaves it out. */
export function isExpired(p: { expiresAt: Date | null }, now = new Date()): boolean {
  return p.expiresAt !== null && p.expiresAt <= now;
}
