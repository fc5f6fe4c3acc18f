/**
 * The write path for postings: classification, company matching, duplicate detection and the upsert, for a
 * batch in one transaction. Imports and the sample generator call it now; an editor's form (an authorized
 * server action, once accounts land) will call `writePostings` with one posting and `onetCode` set.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TitleIndex } from "@/lib/search/title-index";
import { classifyTitle } from "./classify";
import { annualize, type Posting } from "./model";
import { companyKey, dedupeKey, postingTerms } from "./terms";
import { linkPostingCompanies } from "./company-link";

export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

export type WriteResult = { created: number; updated: number; ids: string[] };

/** Company id by loose name, from the Company table. */
export async function companyLookup(prisma: Tx): Promise<Map<string, number>> {
  const rows = await prisma.company.findMany({ select: { id: true, name: true } });
  return new Map(rows.map((c) => [companyKey(c.name), c.id]));
}

/** The row fields derived from a validated posting. */
export function postingRow(p: Posting, index: TitleIndex | null, companies: Map<string, number>) {
  const classified = p.onetCode ? null : index ? classifyTitle(index, p.title) : null;
  return {
    source: p.source,
    sourceId: p.sourceId,
    companyId: companies.get(companyKey(p.companyName)) ?? null,
    companyName: p.companyName,
    title: p.title,
    terms: postingTerms(p.title, p.companyName),
    dedupeKey: dedupeKey(p.companyName, p.title, p.locations),
    onetCode: p.onetCode ?? classified?.onetCode ?? null,
    matchScore: classified?.score ?? null,
    matchedTitle: classified?.matchedTitle ?? null,
    classifiedBy: p.onetCode ? "editor" : classified ? "search" : null,
    employmentType: p.employmentType,
    payMin: p.payMin,
    payMax: p.payMax,
    payPeriod: p.payPeriod,
    payCurrency: p.payCurrency,
    payMinAnnual: annualize(p.payMin ?? p.payMax, p.payPeriod),
    payMaxAnnual: annualize(p.payMax ?? p.payMin, p.payPeriod),
    description: p.description,
    postedAt: p.postedAt,
    expiresAt: p.expiresAt,
    applyUrl: p.applyUrl,
    isSample: p.isSample,
    remote: p.locations.some((l) => l.remote),
  };
}

/**
 * Writes postings in one transaction. A posting already stored (same source + sourceId, or, without a
 * sourceId, the same company + title + locations) is updated in place (version + 1) rather than doubled.
 */
export async function writePostings(prisma: PrismaClient, postings: Posting[], index: TitleIndex | null): Promise<WriteResult> {
  return prisma.$transaction((tx) => writePostingsIn(tx, postings, index), { timeout: 600_000, maxWait: 60_000 });
}

/** writePostings inside a transaction the caller holds (the admin editor writes its audit entry in the same one). */
export async function writePostingsIn(tx: Tx, postings: Posting[], index: TitleIndex | null): Promise<WriteResult> {
  const companies = await companyLookup(tx);
  const result: WriteResult = { created: 0, updated: 0, ids: [] };
  for (const p of postings) {
    const row = postingRow(p, index, companies);
    const existing = row.sourceId
      ? await tx.jobPosting.findUnique({ where: { source_sourceId: { source: row.source, sourceId: row.sourceId } }, select: { id: true, classifiedBy: true } })
      : await tx.jobPosting.findFirst({ where: { dedupeKey: row.dedupeKey }, select: { id: true, classifiedBy: true } });
    const locations = p.locations.map((l) => ({ city: l.city, state: l.state, remote: l.remote }));
    if (existing) {
      await tx.jobPostingLocation.deleteMany({ where: { postingId: existing.id } });
      // an editor's classification survives a re-import that does not name an occupation
      const keep = existing.classifiedBy === "editor" && !p.onetCode;
      const { onetCode, matchScore, matchedTitle, classifiedBy, ...rest } = row;
      const data = keep ? rest : { ...rest, onetCode, matchScore, matchedTitle, classifiedBy };
      await tx.jobPosting.update({
        where: { id: existing.id },
        data: { ...data, version: { increment: 1 }, locations: { create: locations } },
      });
      result.updated++;
      result.ids.push(existing.id);
    } else {
      // sample postings keep stable ids ("sample-0001"), so links to them survive a reinstall
      const id = p.isSample && p.sourceId ? p.sourceId : undefined;
      const created = await tx.jobPosting.create({ data: { id, ...row, locations: { create: locations } }, select: { id: true } });
      result.created++;
      result.ids.push(created.id);
    }
  }
  // a company that matched no S&P 500 name gets its own profile (lib/jobs/company-link.ts)
  await linkPostingCompanies(tx);
  return result;
}

/**
 * An editor's save of one stored posting, by id, only if it still has `expectedVersion` (compare-and-swap: a
 * concurrent save in between makes this one change nothing and answer false). Location rows are replaced.
 */
export async function updatePostingIn(tx: Tx, id: string, p: Posting, index: TitleIndex | null, expectedVersion: number): Promise<boolean> {
  const row = postingRow(p, index, await companyLookup(tx));
  const { source, sourceId, isSample, ...rest } = row;
  void source;
  void sourceId;
  void isSample;
  const claimed = await tx.jobPosting.updateMany({ where: { id, version: expectedVersion }, data: { ...rest, version: { increment: 1 } } });
  if (claimed.count !== 1) return false;
  await tx.jobPostingLocation.deleteMany({ where: { postingId: id } });
  await tx.jobPostingLocation.createMany({ data: p.locations.map((l) => ({ postingId: id, city: l.city, state: l.state, remote: l.remote })) });
  await linkPostingCompanies(tx);
  return true;
}
