import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/*
 * Explore companies: the S&P 500 list (and, later, every company that posts jobs). The list is small (hundreds
 * of rows), so a view is one query for the rows plus one for the dataset's release, then filtered, counted and
 * paged in memory: the facet counts always agree with the list.
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
  sort: z.enum(["name", "-name"]).catch("name").default("name"),
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

/** Wikipedia footnote markers that came through the source list ("Florida[3]") are not part of the place. */
export function cleanPlace(value: string | null): string | null {
  const v = value?.replace(/\[\d+\]/g, "").trim();
  return v ? v : null;
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const fold = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

async function readAll(prisma: Db): Promise<{ rows: CompanyFacts[] } & CompanySource> {
  const [rows, dataset] = await Promise.all([
    prisma.company.findMany({
      select: {
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
  ]);
  return {
    rows: rows.map((r) => ({
      slug: r.slug,
      name: r.name,
      ticker: r.ticker,
      sector: r.sector,
      subIndustry: r.subIndustry,
      hqCity: cleanPlace(r.hqCity),
      hqState: cleanPlace(r.hqState),
      founded: r.founded,
      cik: r.cik,
    })),
    source: rows[0]?.source ?? "S&P 500 constituents",
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
  // exact ticker first, then by name
  const tickerHit = (c: CompanyFacts) => (q && c.ticker?.toLowerCase() === q ? 0 : 1);
  matched.sort((a, b) => tickerHit(a) - tickerHit(b) || collator.compare(a.name, b.name) * (view.sort === "-name" ? -1 : 1));
  const pageCount = Math.max(1, Math.ceil(matched.length / view.limit));
  const start = (view.page - 1) * view.limit;
  return {
    view,
    items: matched.slice(start, start + view.limit),
    total: matched.length,
    pageCount,
    facets,
    all: rows.length,
    source,
    release,
  };
}

export type CompanyProfile = {
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
  const company = rows.find((c) => c.slug === key);
  if (!company) return null;
  const sector = company.sector ? rows.filter((c) => c.sector === company.sector && c.slug !== company.slug) : [];
  const peers = sector
    .sort(
      (a, b) =>
        Number(b.subIndustry === company.subIndustry) - Number(a.subIndustry === company.subIndustry) ||
        collator.compare(a.name, b.name),
    )
    .slice(0, MAX_PEERS);
  return { company, peers, sectorSize: sector.length + 1, source, release };
}

/** The JSON shape of one company in the public API: each fact with its source. */
export function companyToApi(c: CompanyFacts, src: CompanySource) {
  return { ...c, source: src.source, release: src.release };
}

export const getCompanies = cache(async (view: CompanyView) => readCompanies(await db(), view));
export const getCompany = cache(async (slug: string) => readCompany(await db(), slug));
