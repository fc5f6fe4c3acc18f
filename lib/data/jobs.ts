import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { readPosting } from "@/lib/jobs/posting";
import type { JobSearch } from "@/lib/jobs/params";
import { jobFacets, searchJobs } from "@/lib/jobs/search";
import { titleIndex } from "./search";

/** Job search with title-aware keywords (the title index is built once per process, on first use). */
export async function findJobs(search: JobSearch) {
  const index = search.q ? await titleIndex() : null;
  return searchJobs(await db(), search, { index });
}

export const getJobFacets = cache(async () => jobFacets(await db()));

export const getPosting = cache(async (id: string) => readPosting(await db(), id));

/** Career and company names for the filter chips and headings. */
export const getFilterNames = cache(async (career?: string, company?: string, group?: string) => {
  const prisma = await db();
  const [soc, occ, comp] = await Promise.all([
    group ? prisma.socGroup.findUnique({ where: { code: group }, select: { title: true } }) : null,
    career ? prisma.occupation.findUnique({ where: { slug: career }, select: { title: true } }) : null,
    company ? prisma.company.findUnique({ where: { slug: company }, select: { name: true } }) : null,
  ]);
  return { career: occ?.title ?? null, company: comp?.name ?? null, group: soc?.title.replace(/ Occupations$/, "") ?? null };
});
