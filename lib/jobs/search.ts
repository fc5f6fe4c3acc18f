/**
 * Job search: one SQL query over active postings (not expired) with every filter, the total (window count) and
 * the page, then one read of the page's postings with their locations, company and occupation.
 *
 * Keyword matching is title-aware: the query is read by the title search (lib/search) into the occupations it
 * means, and a posting classified to one of them matches; so does a posting whose canonical title and company
 * words (JobPosting.terms, GIN-indexed) contain every word of the query. Relevance = the occupation's match
 * score + 1 when every query word is in the posting's own words, newer first among equals.
 */
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { TitleIndex } from "@/lib/search/title-index";
import type { EmploymentType, PayPeriod } from "./model";
import { PAGE_SIZE, type JobSearch } from "./params";
import { STATES, stateCode } from "./states";
import { contentTerms } from "./terms";

export type KeywordMatch = { terms: string[]; occupations: { onetCode: string; title: string; slug: string; score: number }[] };

/** The occupations a keyword query means (close to the best match) and its canonical words. */
export function readKeyword(index: TitleIndex | null, q: string | undefined): KeywordMatch | null {
  if (!q) return null;
  const terms = contentTerms(q);
  const found = index ? index.search(q, { limit: 5, prefix: false }) : [];
  const best = found[0]?.score ?? 0;
  const occupations = found
    .filter((r) => r.score >= 0.6 && r.score >= best - 0.2)
    .slice(0, 3)
    .map((r) => ({ onetCode: r.onetCode, title: r.title, slug: r.slug, score: r.score }));
  return { terms, occupations };
}

export type Place = { state?: string; city?: string; remote?: boolean };

/** "Austin, TX" / "TX" / "Texas" / "Austin" / "remote" → a place. */
export function readPlace(where: string | undefined): Place | null {
  if (!where) return null;
  const w = where.trim();
  if (/^(remote|anywhere|work from home|wfh)$/i.test(w)) return { remote: true };
  const comma = /^(.+?),\s*([^,]+)$/.exec(w);
  if (comma && stateCode(comma[2])) return { city: comma[1].trim().toLowerCase(), state: stateCode(comma[2])! };
  if (stateCode(w)) return { state: stateCode(w)! };
  return { city: w.toLowerCase() };
}

export type PostingSummary = {
  id: string;
  title: string;
  companyName: string;
  company: { slug: string; name: string } | null;
  occupation: { slug: string; title: string; onetCode: string } | null;
  locations: { city: string | null; state: string | null; remote: boolean }[];
  employmentType: EmploymentType;
  payMin: number | null;
  payMax: number | null;
  payPeriod: PayPeriod | null;
  payCurrency: string | null;
  postedAt: Date;
  expiresAt: Date | null;
  isSample: boolean;
};

export type JobSearchResult = { total: number; page: number; pages: number; postings: PostingSummary[]; keyword: KeywordMatch | null; place: Place | null };

export const summarySelect = {
  id: true,
  title: true,
  companyName: true,
  company: { select: { slug: true, name: true } },
  occupation: { select: { slug: true, title: true, onetCode: true } },
  locations: { select: { city: true, state: true, remote: true }, orderBy: { id: "asc" } },
  employmentType: true,
  payMin: true,
  payMax: true,
  payPeriod: true,
  payCurrency: true,
  postedAt: true,
  expiresAt: true,
  isSample: true,
} as const;

/** Where-clause fragments for the active postings that pass every filter (alias p). */
function conditions(s: JobSearch, keyword: KeywordMatch | null, place: Place | null, now: Date): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`(p."expiresAt" IS NULL OR p."expiresAt" > ${now})`];
  if (keyword) {
    const codes = keyword.occupations.map((o) => o.onetCode);
    const parts: Prisma.Sql[] = [];
    if (codes.length) parts.push(Prisma.sql`p."onetCode" IN (${Prisma.join(codes)})`);
    if (keyword.terms.length) parts.push(Prisma.sql`p."terms" @> ${keyword.terms}::text[]`);
    // only level or filler words ("senior"): fall back to a plain text match on the title
    const like = `%${(s.q ?? "").toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(parts.length ? Prisma.sql`(${Prisma.join(parts, " OR ")})` : Prisma.sql`lower(p."title") LIKE ${like}`);
  }
  const loc: Prisma.Sql[] = [];
  if (place?.state) loc.push(Prisma.sql`l."state" = ${place.state}`);
  if (s.state) loc.push(Prisma.sql`l."state" = ${s.state}`);
  if (place?.city) loc.push(Prisma.sql`lower(l."city") = ${place.city}`);
  if (place?.remote) loc.push(Prisma.sql`l."remote"`);
  if (loc.length) where.push(Prisma.sql`EXISTS (SELECT 1 FROM "JobPostingLocation" l WHERE l."postingId" = p."id" AND ${Prisma.join(loc, " AND ")})`);
  if (s.remote) where.push(Prisma.sql`p."remote"`);
  if (s.payMin !== undefined) where.push(Prisma.sql`p."payMaxAnnual" >= ${s.payMin}`);
  if (s.type) where.push(Prisma.sql`p."employmentType" = ${s.type}::"EmploymentType"`);
  if (s.posted) where.push(Prisma.sql`p."postedAt" >= ${new Date(now.getTime() - s.posted * 86_400_000)}`);
  if (s.company) where.push(Prisma.sql`p."companyId" = (SELECT c."id" FROM "Company" c WHERE c."slug" = ${s.company})`);
  if (s.career) where.push(Prisma.sql`p."onetCode" = (SELECT o."onetCode" FROM "Occupation" o WHERE o."slug" = ${s.career})`);
  if (s.group) where.push(Prisma.sql`p."onetCode" IN (SELECT o."onetCode" FROM "Occupation" o WHERE o."majorCode" = ${s.group})`);
  return where;
}

function relevance(keyword: KeywordMatch | null): Prisma.Sql {
  if (!keyword) return Prisma.sql`0`;
  const occ = keyword.occupations.length
    ? Prisma.sql`CASE p."onetCode" ${Prisma.join(keyword.occupations.map((o) => Prisma.sql`WHEN ${o.onetCode} THEN ${o.score}::float8`), " ")} ELSE 0 END`
    : Prisma.sql`0`;
  const words = keyword.terms.length ? Prisma.sql`CASE WHEN p."terms" @> ${keyword.terms}::text[] THEN 1 ELSE 0 END` : Prisma.sql`0`;
  return Prisma.sql`(${occ} + ${words})`;
}

export async function searchJobs(prisma: PrismaClient, s: JobSearch, opts: { index: TitleIndex | null; now?: Date }): Promise<JobSearchResult> {
  const now = opts.now ?? new Date();
  const keyword = readKeyword(opts.index, s.q);
  const place = readPlace(s.where);
  const where = Prisma.join(conditions(s, keyword, place, now), " AND ");
  const sort = s.sort ?? (keyword ? "relevance" : "date");
  const order =
    sort === "pay"
      ? Prisma.sql`p."payMaxAnnual" DESC NULLS LAST, p."postedAt" DESC, p."id"`
      : sort === "relevance" && keyword
        ? Prisma.sql`rel DESC, p."postedAt" DESC, p."id"`
        : Prisma.sql`p."postedAt" DESC, p."id"`;
  const offset = (s.page - 1) * PAGE_SIZE;
  const rows = await prisma.$queryRaw<{ id: string; total: number }[]>(Prisma.sql`
    SELECT p."id", ${relevance(keyword)} AS rel, (count(*) OVER ())::int AS total
    FROM "JobPosting" p
    WHERE ${where}
    ORDER BY ${order}
    LIMIT ${PAGE_SIZE} OFFSET ${offset}`);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && s.page > 1) {
    const [c] = await prisma.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM "JobPosting" p WHERE ${where}`);
    total = c.n;
  }
  const ids = rows.map((r) => r.id);
  const found = ids.length ? await prisma.jobPosting.findMany({ where: { id: { in: ids } }, select: summarySelect }) : [];
  const byId = new Map(found.map((p) => [p.id, p]));
  return {
    total,
    page: s.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    postings: ids.map((id) => byId.get(id)).filter((p): p is PostingSummary => Boolean(p)),
    keyword,
    place,
  };
}

export type Facet = { key: string; label: string; count: number };
export type JobFacets = { groups: Facet[]; states: Facet[]; companies: Facet[]; total: number };

/** Explore jobs: active postings by career group (SOC major), by state and by company. */
export async function jobFacets(prisma: PrismaClient, now = new Date()): Promise<JobFacets> {
  const active = Prisma.sql`(p."expiresAt" IS NULL OR p."expiresAt" > ${now})`;
  const [groups, states, companies, total] = await Promise.all([
    prisma.$queryRaw<{ key: string; label: string; count: number }[]>(Prisma.sql`
      SELECT o."majorCode" AS key, g."title" AS label, count(*)::int AS count
      FROM "JobPosting" p JOIN "Occupation" o ON o."onetCode" = p."onetCode" JOIN "SocGroup" g ON g."code" = o."majorCode"
      WHERE ${active} GROUP BY o."majorCode", g."title" ORDER BY count DESC, label`),
    prisma.$queryRaw<{ key: string; count: number }[]>(Prisma.sql`
      SELECT l."state" AS key, count(DISTINCT p."id")::int AS count
      FROM "JobPosting" p JOIN "JobPostingLocation" l ON l."postingId" = p."id"
      WHERE ${active} AND l."state" IS NOT NULL GROUP BY l."state" ORDER BY count DESC, key`),
    prisma.$queryRaw<{ key: string; label: string; count: number }[]>(Prisma.sql`
      SELECT c."slug" AS key, c."name" AS label, count(*)::int AS count
      FROM "JobPosting" p JOIN "Company" c ON c."id" = p."companyId"
      WHERE ${active} GROUP BY c."slug", c."name" ORDER BY count DESC, label LIMIT 40`),
    prisma.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM "JobPosting" p WHERE ${active}`),
  ]);
  return {
    groups,
    states: states.map((s) => ({ key: s.key, label: STATES.get(s.key)?.name ?? s.key, count: s.count })),
    companies,
    total: total[0]?.n ?? 0,
  };
}
