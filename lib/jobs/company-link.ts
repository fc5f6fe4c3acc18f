/**
 * Every company that posts jobs gets a Company row, so it has a profile, can be reviewed and is listed on
 * /companies. A posting whose company name matches an S&P 500 company (lib/jobs/terms companyKey) is linked to it
 * by the write path; one that matches none gets a company of its own here, named as posted, with
 * source "Job postings" and no sector or headquarters (shown as not published). The importer upserts companies by
 * CIK and keeps rows it does not know (keepMissing), so these survive a data import.
 */
import { slugify } from "@/lib/import/normalize";
import { companyKey } from "./terms";
import type { Tx } from "./write";

export const POSTINGS_SOURCE = "Job postings";

/** Links unlinked postings to a company, creating one per distinct company name. Returns the companies created. */
export async function linkPostingCompanies(tx: Tx): Promise<number> {
  const unlinked = await tx.jobPosting.findMany({ where: { companyId: null }, select: { companyName: true }, distinct: ["companyName"], orderBy: { companyName: "asc" } });
  if (unlinked.length === 0) return 0;
  const companies = await tx.company.findMany({ select: { id: true, name: true, slug: true } });
  const byKey = new Map(companies.map((c) => [companyKey(c.name), c.id]));
  const slugs = new Set(companies.map((c) => c.slug));
  let created = 0;
  for (const { companyName } of unlinked) {
    const key = companyKey(companyName);
    let id = byKey.get(key);
    if (id === undefined) {
      const base = slugify(companyName).slice(0, 80) || "company";
      let slug = base;
      for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
      slugs.add(slug);
      id = (await tx.company.create({ data: { slug, name: companyName.trim().slice(0, 200), source: POSTINGS_SOURCE }, select: { id: true } })).id;
      byKey.set(key, id);
      created++;
    }
    await tx.jobPosting.updateMany({ where: { companyId: null, companyName }, data: { companyId: id } });
  }
  return created;
}
