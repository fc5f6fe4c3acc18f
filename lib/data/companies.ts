import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openJobCounts, ratingTotals } from "@/lib/reviews/read";
import { bayesianAverage, METHOD, siteMean } from "@/lib/reviews/ranking";

/*
 * Explore companies: the S&P 500 list and every company that posts jobs (lib/jobs/company-link.ts). The list is
 * small (hundreds to a few thousand rows), so a view reads the rows, the review totals and the open-job counts,
 * then filters, counts, sorts and pages in memory: the facet counts always agree with the list.
 */

type Db = PrismaClient;

export const PAGE_SIZE = 24;
export const MAX_PAGE_SIZE = 100;
const MAX_QUERY = 100;
const MAX_PEERS = 8;
const DATASET_KEY = "sp500";

export type CompanyFacts = {
  slug: string;
  name: string;
  ticker: string | null;
  sector: string | null;
  subIndustry: string | null;
  hqCity: string | null;
  /** U.S. state, or the country for companies headquartered abroad. */
  hqState: string | null;
  founded: string | null;
  cik: string | null;
  /** where the facts come from: the S&P 500 list, or "Job postings" for a company known only from its postings */
  source: string;
  /** approved reviews: count, raw mean and the ranking's Bayesian average (null without reviews) */
  reviewCount: number;
  rating: number | null;
  adjustedRating: number | null;
  openJobs: number;
};

export const COMPANY_SORTS = ["name", "-name", "rating", "reviews", "jobs"] as const;
export type CompanySort = (typeof COMPANY_SORTS)[number];
export const SORT_LABELS: Record<CompanySort, string> = {
  name: "Name (A–Z)",
  "-name": "Name (Z–A)",
  rating: "Rating (adjusted, best first)",
  reviews: "Number of reviews",
  jobs: "Open jobs",
};

export type CompanySource = { source: string; release: string | null };

const text = (max: number) =>
  z
    .string()
    .transform((s) => s.trim().slice(0, max))
    .optional()
    .catch(undefined);

/** The view in the URL: every field optional, bad values dropped (never an error). */
export const companyViewSchema = z.object({
  q: text(MAX_QUERY),
  sector: text(100),
  subIndustry: text(100),
  state: text(100),
  sort: z.enum(COMPANY_SORTS).catch("name").default("name"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).catch(PAGE_SIZE).default(PAGE_SIZE),
});

export type CompanyView = z.infer<typeof companyViewSchema>;

/** Reads a view from URL search parameters (first value of repeated ones); empty strings count as unset. */
export function parseCompanyView(params: Record<string, string | string[] | undefined>): CompanyView {
  const first = Object.fromEntries(
    Object.entries(params)
      .map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])
      .filter(([, v]) => v !== undefined && v !== ""),
  );
  return companyViewSchema.parse(first);
}

export type Facet = { value: string; count: number };

export type CompanyList = {
  view: CompanyView;
  items: CompanyFacts[];
  total: number;
  pageCount: number;
  /** Counts within the other filters: sectors ignore the sector filter, and so on. */
  facets: { sectors: Facet[]; subIndustries: Facet[]; states: Facet[] };
  all: number;
} & CompanySource;

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

async function readAll(prisma: Db): Promise<{ rows: (CompanyFacts & { id: number })[] } & CompanySource> {
  const [rows, dataset, totals, jobs] = await Promise.all([
    prisma.company.findMany({
      select: {
        id: true,
        slug: true,
        name: true,
        ticker: true,
        sector: true,
        subIndustry: true,
        hqCity: true,
        hqState: true,
        founded: true,
        cik: true,
        source: true,
      },
    }),
    prisma.dataset.findUnique({ where: { key: DATASET_KEY }, select: { release: true } }),
    ratingTotals(prisma),
    openJobCounts(prisma),
  ]);
  const mean = siteMean([...totals.values()]);
  return {
    rows: rows.map((r) => {
      const t = totals.get(r.id) ?? { count: 0, sum: 0 };
      return {
      id: r.id,
      slug: r.slug,
      name: r.name,
      ticker: r.ticker,
      sector: r.sector,
      subIndustry: r.subIndustry,
      hqCity: r.hqCity,
      hqState: r.hqState,
      founded: r.founded,
      cik: r.cik,
      source: r.source,
      reviewCount: t.count,
      rating: t.count ? t.sum / t.count : null,
      adjustedRating: t.count && mean !== null ? bayesianAverage(t, mean, METHOD.priorWeight) : null,
      openJobs: jobs.get(r.id) ?? 0,
      };
    }),
    source: rows.find((r) => r.cik)?.source ?? "S&P 500 constituents",
    release: dataset?.release ?? null,
  };
}

function facet(rows: CompanyFacts[], key: "sector" | "subIndustry" | "hqState"): Facet[] {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const v = r[key];
    if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => collator.compare(a.value, b.value));
}

/** One page of companies for a view, with facet counts. */
export async function readCompanies(prisma: Db, view: CompanyView): Promise<CompanyList> {
  const { rows, source, release } = await readAll(prisma);
  const q = view.q ? fold(view.q) : "";
  const matchQ = (c: CompanyFacts) =>
    !q || fold(c.name).includes(q) || (c.ticker != null && c.ticker.toLowerCase() === q.replace(/^\$/, ""));
  const is = (a: string | null, b: string | undefined) => !b || (a != null && a.toLowerCase() === b.toLowerCase());
  const bySector = (c: CompanyFacts) => is(c.sector, view.sector);
  const bySub = (c: CompanyFacts) => is(c.subIndustry, view.subIndustry);
  const byState = (c: CompanyFacts) => is(c.hqState, view.state);

  const searched = rows.filter(matchQ);
  const facets = {
    sectors: facet(searched.filter((c) => bySub(c) && byState(c)), "sector"),
    subIndustries: facet(searched.filter((c) => bySector(c) && byState(c)), "subIndustry"),
    states: facet(searched.filter((c) => bySector(c) && bySub(c)), "hqState"),
  };
  const matched = searched.filter((c) => bySector(c) && bySub(c) && byState(c));
  // exact ticker first, then by the chosen order (companies without reviews last when sorting by rating), then name
  const tickerHit = (c: CompanyFacts) => (q && c.ticker?.toLowerCase() === q ? 0 : 1);
  const byName = (a: CompanyFacts, b: CompanyFacts) => collator.compare(a.name, b.name);
  const order: Record<CompanySort, (a: CompanyFacts, b: CompanyFacts) => number> = {
    name: byName,
    "-name": (a, b) => -byName(a, b),
    rating: (a, b) => (b.adjustedRating ?? -1) - (a.adjustedRating ?? -1) || b.reviewCount - a.reviewCount || byName(a, b),
    reviews: (a, b) => b.reviewCount - a.reviewCount || byName(a, b),
    jobs: (a, b) => b.openJobs - a.openJobs || byName(a, b),
  };
  matched.sort((a, b) => tickerHit(a) - tickerHit(b) || order[view.sort](a, b));
  const pageCount = Math.max(1, Math.ceil(matched.length / view.limit));
  const start = (view.page - 1) * view.limit;
  return {
    view,
    items: matched.slice(start, start + view.limit).map(withoutId),
    total: matched.length,
    pageCount,
    facets,
    all: rows.length,
    source,
    release,
  };
}

const withoutId = ({ id, ...rest }: CompanyFacts & { id: number }): CompanyFacts => (void id, rest);

export type CompanyProfile = {
  /** the row id, for reading its reviews and postings */
  id: number;
  company: CompanyFacts;
  /** Other companies in the same sector: same sub-industry first, then by name. */
  peers: CompanyFacts[];
  sectorSize: number;
} & CompanySource;

/** One company by slug (case-insensitive), with its peers; null when unknown. */
export async function readCompany(prisma: Db, slug: string): Promise<CompanyProfile | null> {
  const key = slug.trim().toLowerCase();
  if (!key || key.length > 200) return null;
  const { rows, source, release } = await readAll(prisma);
  const found = rows.find((c) => c.slug === key);
  if (!found) return null;
  const company = withoutId(found);
  const sector = company.sector ? rows.filter((c) => c.sector === company.sector && c.slug !== company.slug) : [];
  const peers = sector
    .sort(
      (a, b) =>
        Number(b.subIndustry === company.subIndustry) - Number(a.subIndustry === company.subIndustry) ||
        collator.compare(a.name, b.name),
    )
    .slice(0, MAX_PEERS)
    .map(withoutId);
  return { id: found.id, company, peers, sectorSize: sector.length + 1, source, release };
}

/** The JSON shape of one company in the public API: each fact with its source. */
export function companyToApi(c: CompanyFacts, src: CompanySource) {
  const listed = c.source === src.source;
  return {
    ...c,
    rating: c.rating === null ? null : Math.round(c.rating * 100) / 100,
    adjustedRating: c.adjustedRating === null ? null : Math.round(c.adjustedRating * 100) / 100,
    source: c.source,
    release: listed ? src.release : null,
  };
}

export const getCompanies = cache(async (view: CompanyView) => readCompanies(await db(), view));
export const getCompany = cache(async (slug: string) => readCompany(await db(), slug));
