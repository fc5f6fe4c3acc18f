import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { dataGeneration } from "@/lib/data/shared-cache";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { JOB_ZONES, ONET_SOURCE, ONET_YEAR, type Provenance, type Wage } from "@/lib/data/careers";
import { brightOutlook, employmentSums, outlookBaseline, type BrightOutlook, type OutlookBaseline } from "@/lib/data/outlook";
import { EDUCATION_LEVELS, type ExploreFilters, type Sort } from "@/lib/explore/params";
import { TOP_CODE_ANNUAL } from "@/lib/format";
import { foldText } from "@/lib/search/normalize";

/*
 * Explore careers: every occupation with its headline figures, read in four queries (occupations, major
 * groups, the latest national OEWS row per code, the projections) and then filtered, sorted and paged in
 * memory. The summary is about 1,000 small rows, so it is kept in memory per server process and read again
 * only when the data generation changes (an import; lib/data/shared-cache.ts).
 */

export type ExploreRow = {
  onetCode: string;
  socCode: string;
  /** The code BLS publishes the figures under; null: none (military occupations). */
  statCode: string | null;
  /** The figures are those of a broader group or are shared with other O*NET occupations. */
  sharedFigures: boolean;
  title: string;
  slug: string;
  majorCode: string;
  jobZone: number | null;
  /** Median annual pay (OEWS); top-coded and suppressed kept as flags. */
  median: Wage;
  /** Median hourly pay, for the occupations BLS publishes hourly only. */
  hourlyMedian: Wage;
  hourlyOnly: boolean;
  /** OEWS employment. */
  employment: number | null;
  /** EP projected growth, percent over the decade. */
  growth: number | null;
  /** EP openings a year, annual average over the decade. */
  openings: number | null;
  education: string | null;
  educationCode: number | null;
  outlook: BrightOutlook;
};

export type MajorGroup = { code: string; title: string; count: number };

export type ExploreData = {
  rows: ExploreRow[];
  groups: MajorGroup[];
  /** OEWS release of the pay and employment figures ("BLS OEWS", 2025). */
  pay: (Provenance & { period: string }) | null;
  /** EP release of the growth, openings and education figures. */
  projection: (Provenance & { targetYear: number }) | null;
  jobZone: Provenance;
  baseline: OutlookBaseline | null;
};

const NONE: Wage = { value: null, topCoded: false, suppressed: true };

/** Reads the summary of every occupation in four queries, run in parallel. Exported for tests. */
export async function readExploreData(prisma: PrismaClient): Promise<ExploreData> {
  const [occupations, majors, wages, projections] = await Promise.all([
    prisma.occupation.findMany({
      select: { onetCode: true, socCode: true, statCode: true, title: true, slug: true, jobZone: true, majorCode: true },
      orderBy: { onetCode: "asc" },
    }),
    prisma.socGroup.findMany({ where: { level: "MAJOR" }, select: { code: true, title: true }, orderBy: { code: "asc" } }),
    prisma.wageStat.findMany({
      where: { areaType: "NATIONAL" },
      select: {
        socCode: true,
        year: true,
        source: true,
        employment: true,
        annualMedian: true,
        hourlyMedian: true,
        hourlyOnly: true,
        topCoded: true,
      },
      orderBy: { year: "desc" },
    }),
    prisma.projection.findMany({
      select: {
        socCode: true,
        baseYear: true,
        targetYear: true,
        source: true,
        employmentBase: true,
        employmentTarget: true,
        changePercent: true,
        openingsAnnual: true,
        education: true,
        educationCode: true,
      },
      orderBy: { baseYear: "desc" },
    }),
  ]);

  // The latest national OEWS row per code (as the career profile shows), and the latest projection decade.
  const wageBy = new Map<string, (typeof wages)[number]>();
  for (const w of wages) if (!wageBy.has(w.socCode)) wageBy.set(w.socCode, w);
  const latestBase = projections[0]?.baseYear;
  const decade = projections.filter((p) => p.baseYear === latestBase);
  const projBy = new Map(decade.map((p) => [p.socCode, p]));
  const first = decade[0];
  const baseline = first
    ? outlookBaseline(employmentSums(decade), { source: first.source, baseYear: first.baseYear, targetYear: first.targetYear })
    : null;

  // How many O*NET occupations publish under each code: a code shared by several means shared figures.
  const perStat = new Map<string, number>();
  for (const o of occupations) if (o.statCode) perStat.set(o.statCode, (perStat.get(o.statCode) ?? 0) + 1);

  const rows: ExploreRow[] = occupations.map((o) => {
    const w = o.statCode ? wageBy.get(o.statCode) : undefined;
    const p = o.statCode ? projBy.get(o.statCode) : undefined;
    const figures = p ? { changePercent: p.changePercent, openingsAnnual: p.openingsAnnual } : null;
    return {
      onetCode: o.onetCode,
      socCode: o.socCode,
      statCode: o.statCode,
      sharedFigures: o.statCode != null && (o.statCode !== o.socCode || (perStat.get(o.statCode) ?? 0) > 1),
      title: o.title,
      slug: o.slug,
      majorCode: o.majorCode,
      jobZone: o.jobZone,
      median: w ? wageOf(w.annualMedian, w.topCoded.includes("annualMedian")) : NONE,
      hourlyMedian: w ? wageOf(w.hourlyMedian, w.topCoded.includes("hourlyMedian")) : NONE,
      hourlyOnly: w?.hourlyOnly ?? false,
      employment: w?.employment ?? null,
      growth: p?.changePercent ?? null,
      openings: p?.openingsAnnual ?? null,
      education: p?.education ?? null,
      educationCode: p?.educationCode ?? null,
      outlook: brightOutlook(figures, baseline),
    };
  });

  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.majorCode, (counts.get(r.majorCode) ?? 0) + 1);
  const latestPay = wages.find((w) => w.socCode === "00-0000") ?? wages[0];

  return {
    rows,
    groups: majors.map((m) => ({ code: m.code.slice(0, 2), title: m.title, count: counts.get(m.code) ?? 0 })),
    pay: latestPay ? { source: latestPay.source, year: latestPay.year, period: `May ${latestPay.year}` } : null,
    projection: first ? { source: first.source, year: first.baseYear, targetYear: first.targetYear } : null,
    jobZone: { source: ONET_SOURCE, year: ONET_YEAR },
    baseline,
  };
}

function wageOf(value: number | null, topCoded: boolean): Wage {
  return { value, topCoded, suppressed: value == null && !topCoded };
}

export type ExploreResult = {
  rows: ExploreRow[];
  /** Careers matching the filters, on every page. */
  total: number;
  page: number;
  pages: number;
  perPage: number;
  /** Set when the page asked for was past the last one and the last page is shown instead. */
  pageNote: string | null;
};

/** Filters, sorts and pages the rows. Pure. */
export function exploreCareers(data: Pick<ExploreData, "rows">, f: ExploreFilters): ExploreResult {
  const words = f.q ? foldText(f.q).split(" ").filter(Boolean) : [];
  const code = /^\d{2}-?\d{0,4}/.test(f.q.trim()) ? f.q.trim() : null;
  const eduCode = f.education ? EDUCATION_LEVELS.find((l) => l.key === f.education)!.code : null;

  const matching = data.rows.filter((r) => {
    if (f.group && !r.majorCode.startsWith(`${f.group}-`)) return false;
    // A top-coded median is known only to be at least the top-code: it passes a minimum up to the top-code and
    // no maximum (older OEWS releases; May 2025 publishes every national median).
    if (f.payMin != null && !(r.median.topCoded ? f.payMin <= TOP_CODE_ANNUAL : r.median.value != null && r.median.value >= f.payMin)) return false;
    if (f.payMax != null && (r.median.topCoded || r.median.value == null || r.median.value > f.payMax)) return false;
    if (f.growthMin != null && (r.growth == null || r.growth < f.growthMin)) return false;
    if (eduCode != null && r.educationCode !== eduCode) return false;
    if (f.jobZone != null && r.jobZone !== f.jobZone) return false;
    if (f.bright && !r.outlook.bright) return false;
    if (words.length > 0) {
      if (code && r.socCode.startsWith(code)) return true;
      const title = ` ${foldText(r.title)}`;
      if (!words.every((w) => title.includes(` ${w}`))) return false;
    }
    return true;
  });

  const sorted = sortRows(matching, f.sort, f.dir);
  const pages = Math.max(1, Math.ceil(sorted.length / f.perPage));
  const page = Math.min(f.page, pages);
  const pageNote = page < f.page ? `There ${pages === 1 ? "is only one page" : `are only ${pages} pages`} of results; showing the last.` : null;
  return {
    rows: sorted.slice((page - 1) * f.perPage, page * f.perPage),
    total: sorted.length,
    page,
    pages,
    perPage: f.perPage,
    pageNote,
  };
}

/** The figure a sort ranks by; null ranks last in either direction. A top-coded wage ranks above every published one. */
function sortValue(r: ExploreRow, sort: Exclude<Sort, "name">): number | null {
  switch (sort) {
    case "pay":
      return r.median.topCoded ? Number.POSITIVE_INFINITY : r.median.value;
    case "growth":
      return r.growth;
    case "openings":
      return r.openings;
    case "employment":
      return r.employment;
  }
}

export function sortRows(rows: ExploreRow[], sort: Sort, dir: "asc" | "desc"): ExploreRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const byName = (a: ExploreRow, b: ExploreRow) => a.title.localeCompare(b.title, "en") || a.onetCode.localeCompare(b.onetCode);
  if (sort === "name") return [...rows].sort((a, b) => sign * byName(a, b));
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort);
    const y = sortValue(b, sort);
    if (x == null || y == null) return x == null && y == null ? byName(a, b) : x == null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
}

export type TopList = { key: "pay" | "growth" | "openings" | "employment"; title: string; rows: ExploreRow[] };

/**
 * The top `n` careers by pay, growth, openings and employment. Several O*NET occupations can share one set of
 * figures (a specialty and its parent); a list shows each set of figures once, under its main occupation.
 */
export function topLists(data: Pick<ExploreData, "rows">, n: number): TopList[] {
  // The same summary always gives the same lists: kept per summary and length (a few ms of sorting each).
  const known = topListMemo.get(data.rows)?.get(n);
  if (known) return known;
  const lists = buildTopLists(data.rows, n);
  if (!topListMemo.has(data.rows)) topListMemo.set(data.rows, new Map());
  topListMemo.get(data.rows)!.set(n, lists);
  return lists;
}

const topListMemo = new WeakMap<ExploreRow[], Map<number, TopList[]>>();

function buildTopLists(rows: ExploreRow[], n: number): TopList[] {
  const main = new Map<string, ExploreRow>();
  for (const r of rows) {
    if (!r.statCode) continue;
    const current = main.get(r.statCode);
    if (!current || rank(r) < rank(current)) main.set(r.statCode, r);
  }
  const unique = [...main.values()];
  const top = (sort: Exclude<Sort, "name">) => sortRows(unique.filter((r) => sortValue(r, sort) != null), sort, "desc").slice(0, n);
  return [
    { key: "pay", title: "Highest paying", rows: top("pay") },
    { key: "growth", title: "Fastest growing", rows: top("growth") },
    { key: "openings", title: "Most openings", rows: top("openings") },
    { key: "employment", title: "Most jobs", rows: top("employment") },
  ];
}

/** Lower is more representative of its figures: the code's own .00 occupation first. */
function rank(r: ExploreRow) {
  return (r.socCode === r.statCode ? 0 : 2) + (r.onetCode.endsWith(".00") ? 0 : 1);
}

export function jobZoneLabel(zone: number | null) {
  return zone != null ? (JOB_ZONES[zone] ?? null) : null;
}

// Kept per process for one data generation (a failed read is retried on the next call).
let memo: { generation: string; data: Promise<ExploreData> } | null = null;

/** Drops this process's explore summary, so the next page reads it again (after an edit). */
export function forgetExploreData() {
  memo = null;
}

/** The explore summary for pages: read once per server process and data generation. */
export const getExploreData = cache(async (): Promise<ExploreData> => {
  const generation = await dataGeneration();
  if (memo?.generation !== generation) {
    const data = db().then(readExploreData);
    memo = { generation, data };
    data.catch(() => {
      if (memo?.data === data) memo = null;
    });
  }
  return memo.data;
});
