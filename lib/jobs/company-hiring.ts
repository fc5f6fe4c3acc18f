/**
 * What a company's postings say about it: its open jobs, the careers (occupations) it hires for, and the pay it
 * posts against the market — for each occupation, the range of its postings' pay (as yearly amounts) beside the
 * BLS OEWS national percentiles of that occupation, latest year, with source and year.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { summarySelect, type PostingSummary } from "./search";

export const OPEN_JOBS_SHOWN = 6;
const CAREERS_SHOWN = 12;

export type MarketPay = {
  onetCode: string;
  slug: string;
  title: string;
  postings: number;
  /** the company's posted range across those postings, yearly dollars */
  postedMin: number;
  postedMax: number;
  /** BLS national annual percentiles (null when not published; topCoded lists fields shown as "≥ $239,200") */
  market: { p10: number | null; p25: number | null; median: number | null; p75: number | null; p90: number | null; topCoded: string[] } | null;
  source: string | null;
  year: number | null;
};

export type CompanyHiring = {
  openJobs: number;
  jobs: PostingSummary[];
  careers: { onetCode: string; slug: string; title: string; postings: number }[];
  pay: MarketPay[];
};

const open = (now: Date) => ({ OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] });

export async function companyHiring(prisma: PrismaClient, companyId: number, now = new Date()): Promise<CompanyHiring> {
  const where = { companyId, ...open(now) };
  const [openJobs, jobs, postings] = await Promise.all([
    prisma.jobPosting.count({ where }),
    prisma.jobPosting.findMany({ where, orderBy: [{ postedAt: "desc" }, { id: "asc" }], take: OPEN_JOBS_SHOWN, select: summarySelect }),
    prisma.jobPosting.findMany({
      where: { ...where, onetCode: { not: null } },
      select: { onetCode: true, payMinAnnual: true, payMaxAnnual: true, occupation: { select: { slug: true, title: true, socCode: true, statCode: true } } },
    }),
  ]);
  type Acc = { onetCode: string; slug: string; title: string; code: string; postings: number; min: number | null; max: number | null };
  const byCode = new Map<string, Acc>();
  for (const p of postings) {
    if (!p.onetCode || !p.occupation) continue;
    const acc = byCode.get(p.onetCode) ?? {
      onetCode: p.onetCode,
      slug: p.occupation.slug,
      title: p.occupation.title,
      code: p.occupation.statCode ?? p.occupation.socCode,
      postings: 0,
      min: null,
      max: null,
    };
    acc.postings++;
    if (p.payMinAnnual != null) acc.min = Math.min(acc.min ?? Infinity, p.payMinAnnual);
    if (p.payMaxAnnual != null) acc.max = Math.max(acc.max ?? -Infinity, p.payMaxAnnual);
    byCode.set(p.onetCode, acc);
  }
  const careers = [...byCode.values()].sort((a, b) => b.postings - a.postings || a.title.localeCompare(b.title));
  const paid = careers.filter((c) => c.min != null && c.max != null);
  const wages = paid.length
    ? await prisma.wageStat.findMany({
        where: { socCode: { in: [...new Set(paid.map((c) => c.code))] }, areaType: "NATIONAL" },
        orderBy: { year: "desc" },
        select: { socCode: true, year: true, source: true, annualP10: true, annualP25: true, annualMedian: true, annualP75: true, annualP90: true, topCoded: true },
      })
    : [];
  const latest = new Map<string, (typeof wages)[number]>();
  for (const w of wages) if (!latest.has(w.socCode)) latest.set(w.socCode, w);
  return {
    openJobs,
    jobs,
    careers: careers.slice(0, CAREERS_SHOWN).map(({ onetCode, slug, title, postings }) => ({ onetCode, slug, title, postings })),
    pay: paid.map((c) => {
      const w = latest.get(c.code);
      return {
        onetCode: c.onetCode,
        slug: c.slug,
        title: c.title,
        postings: c.postings,
        postedMin: c.min!,
        postedMax: c.max!,
        market: w ? { p10: w.annualP10, p25: w.annualP25, median: w.annualMedian, p75: w.annualP75, p90: w.annualP90, topCoded: w.topCoded } : null,
        source: w?.source ?? null,
        year: w?.year ?? null,
      };
    }),
  };
}
