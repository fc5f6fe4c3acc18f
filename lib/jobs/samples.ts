/**
 * Sample postings for a new install, so /jobs has something to show: a few hundred postings from real S&P 500
 * companies (Company) and real occupations, with pay ranges drawn inside that occupation's BLS OEWS percentiles
 * in the posting's state (WageStat STATE rows; national figures where the state has none). Every one is
 * flagged isSample and labelled "Sample posting" wherever it shows. Deterministic: the same seed and date
 * give the same postings. `removeSamples` deletes them all.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TitleIndex } from "@/lib/search/title-index";
import { classifyTitle } from "./classify";
import type { Posting, PayPeriod } from "./model";
import { STATES, stateCode } from "./states";
import { writePostings } from "./write";
import { seededRandom } from "@/lib/seeded-random";

export const SAMPLE_SOURCE = "sample";
export const DEFAULT_SAMPLE_COUNT = 300;

type Wage = { p10: number; p25: number; median: number; p75: number; p90: number; hourly: boolean; area: string; year: number };

/** The percentiles a sample's pay is drawn from: the state's when all five are published, else national. */
export type SamplePay = Wage;

const DAY = 86_400_000;

export type SampleOptions = { count?: number; seed?: number; now?: Date };

/** Builds the sample postings (not written). Also returns the percentiles each one's pay was drawn from. */
export async function buildSamples(prisma: PrismaClient, index: TitleIndex, opts: SampleOptions = {}): Promise<{ postings: Posting[]; pay: SamplePay[] }> {
  const count = opts.count ?? DEFAULT_SAMPLE_COUNT;
  const random = seededRandom(opts.seed ?? 20261128);
  const today = new Date(Math.floor((opts.now ?? new Date()).getTime() / DAY) * DAY);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

  const [companies, occupations, wages] = await Promise.all([
    prisma.company.findMany({ select: { name: true, hqCity: true, hqState: true }, orderBy: { slug: "asc" } }),
    prisma.occupation.findMany({ select: { onetCode: true, socCode: true, statCode: true, title: true, jobZone: true }, orderBy: { onetCode: "asc" } }),
    prisma.wageStat.findMany({
      where: { areaType: { in: ["NATIONAL", "STATE"] }, annualP10: { not: null }, annualP90: { not: null }, annualP25: { not: null }, annualMedian: { not: null }, annualP75: { not: null } },
      select: { socCode: true, areaType: true, areaCode: true, areaName: true, year: true, employment: true, annualP10: true, annualP25: true, annualMedian: true, annualP75: true, annualP90: true, hourlyP10: true, hourlyP25: true, hourlyMedian: true, hourlyP75: true, hourlyP90: true, annualOnly: true },
      orderBy: { year: "desc" },
    }),
  ]);
  if (companies.length === 0 || occupations.length === 0) return { postings: [], pay: [] };

  // latest year per (code, area)
  const wageBy = new Map<string, (typeof wages)[number]>();
  for (const w of wages) {
    const key = `${w.socCode}|${w.areaType === "NATIONAL" ? "US" : w.areaCode}`;
    if (!wageBy.has(key)) wageBy.set(key, w);
  }
  // detailed occupations with national figures, weighted by employment (common jobs appear more often)
  const candidates = occupations
    .map((o) => ({ o, code: o.statCode ?? o.socCode, national: wageBy.get(`${o.statCode ?? o.socCode}|US`) }))
    .filter((c) => c.national && (c.national.employment ?? 0) >= 20_000 && c.o.onetCode.endsWith(".00"));
  const weights = candidates.map((c) => Math.sqrt(c.national!.employment ?? 0));
  const total = weights.reduce((a, b) => a + b, 0);
  const pickOccupation = () => {
    let r = random() * total;
    for (let i = 0; i < candidates.length; i++) if ((r -= weights[i]) <= 0) return candidates[i];
    return candidates[candidates.length - 1];
  };
  const titlesFor = async (onetCode: string) =>
    (await prisma.jobTitle.findMany({ where: { onetCode, kind: { in: ["ALTERNATE", "REPORTED", "OCCUPATION"] } }, select: { title: true }, orderBy: [{ rank: "desc" }, { id: "asc" }], take: 8 })).map((t) => t.title);
  const titleCache = new Map<string, string[]>();
  const stateCodes = [...STATES.keys()];

  const postings: Posting[] = [];
  const pay: SamplePay[] = [];
  for (let n = 0; postings.length < count && n < count * 4; n++) {
    const company = pick(companies);
    const cand = pickOccupation();
    if (!cand) break;
    const hq = stateCode(company.hqState);
    const remote = random() < 0.12;
    const state = hq && random() < 0.5 ? hq : pick(stateCodes);
    const city = state === hq ? company.hqCity : null;

    // a title people use for this occupation that our own search classifies back to it
    if (!titleCache.has(cand.o.onetCode)) titleCache.set(cand.o.onetCode, await titlesFor(cand.o.onetCode));
    const options = titleCache
      .get(cand.o.onetCode)!
      .filter((t) => t.length <= 60 && classifyTitle(index, t.replace(/\s*\([^)]*\)\s*/g, " ").trim())?.onetCode === cand.o.onetCode);
    if (options.length === 0) continue;
    const title = pick(options).replace(/\s*\([^)]*\)\s*/g, " ").trim(); // "Oncology RN (Oncology Registered Nurse)" → "Oncology RN"

    const stateWage = wageBy.get(`${cand.code}|${STATES.get(state)!.fips}`);
    const w = stateWage ?? cand.national!;
    const hourly = !w.annualOnly && w.hourlyP10 != null && w.hourlyP90 != null && w.hourlyP25 != null && w.hourlyMedian != null && w.hourlyP75 != null && (cand.o.jobZone ?? 3) <= 2;
    const p = hourly
      ? { p10: w.hourlyP10!, p25: w.hourlyP25!, median: w.hourlyMedian!, p75: w.hourlyP75!, p90: w.hourlyP90! }
      : { p10: w.annualP10!, p25: w.annualP25!, median: w.annualMedian!, p75: w.annualP75!, p90: w.annualP90! };
    // a range from between the 25th percentile and the median to between the median and the 75th
    const step = hourly ? 0.25 : 1000;
    const low = Math.ceil((p.p25 + random() * (p.median - p.p25)) / step) * step;
    const high = Math.max(low, Math.floor((p.median + random() * (p.p75 - p.median)) / step) * step);
    const period: PayPeriod = hourly ? "HOUR" : "YEAR";
    const postedAt = new Date(today.getTime() - Math.floor(random() * 45) * DAY);
    const expired = random() < 0.06;
    const expiresAt = expired ? new Date(today.getTime() - (1 + Math.floor(random() * 5)) * DAY) : new Date(postedAt.getTime() + 60 * DAY);
    const type = random() < 0.85 ? "FULL_TIME" : pick(["PART_TIME", "CONTRACTOR", "TEMPORARY"] as const);
    const no = String(postings.length + 1).padStart(4, "0");
    postings.push({
      source: SAMPLE_SOURCE,
      sourceId: `sample-${no}`,
      title,
      companyName: company.name,
      locations: [remote ? { city: null, state, remote: true } : { city, state, remote: false }],
      employmentType: type,
      payMin: low,
      payMax: high,
      payPeriod: period,
      payCurrency: "USD",
      description: sampleDescription(title, company.name, w.areaName, w.year),
      postedAt,
      expiresAt,
      applyUrl: null,
      isSample: true,
      onetCode: null,
    });
    pay.push({ ...p, hourly, area: stateWage ? w.areaName : "United States", year: w.year });
  }
  return { postings, pay };
}

function sampleDescription(title: string, company: string, area: string, year: number): string {
  return [
    `**This is a sample posting.** Careerlens generated it so that a new installation has postings to explore; ${company} did not publish it and there is nothing to apply for.`,
    `## About the sample`,
    `- The title, *${title}*, is one that people use for this occupation.`,
    `- The pay range was drawn between the 25th and 75th percentiles that BLS OEWS published for the occupation (${area}, May ${year}).`,
    `- Remove every sample posting with \`npm run jobs:samples -- --remove\`.`,
  ].join("\n\n");
}

/** Writes the samples (replacing earlier ones with the same numbers). */
export async function addSamples(prisma: PrismaClient, index: TitleIndex, opts: SampleOptions = {}) {
  const { postings } = await buildSamples(prisma, index, opts);
  return writePostings(prisma, postings, index);
}

/** Deletes every sample posting; returns how many. */
export async function removeSamples(prisma: PrismaClient): Promise<number> {
  return (await prisma.jobPosting.deleteMany({ where: { isSample: true } })).count;
}

export async function hasSamples(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.jobPosting.count({ where: { isSample: true }, take: 1 })) > 0;
}
