import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { groupSlug } from "@/lib/professions/groups";

/**
 * The pages that exist once per record, for sitemap.xml: every career, every curated role whose occupation still
 * exists (its page is a 404 otherwise), every SOC major group, every company, and the popular comparisons (each
 * career with its three most related occupations, as its page links them).
 */
export type SitemapSlugs = { careers: string[]; roles: string[]; groups: string[]; companies: string[]; comparisons: string[][] };

/** Related occupations per career that make a "popular comparison" in the sitemap. */
const POPULAR_PER_CAREER = 3;

/** Five queries, whatever the number of records. */
export async function readSitemapSlugs(prisma: PrismaClient): Promise<SitemapSlugs> {
  const [occupations, roles, majors, companies, related] = await Promise.all([
    prisma.occupation.findMany({ select: { slug: true, onetCode: true }, orderBy: { slug: "asc" } }),
    prisma.role.findMany({ select: { slug: true, onetCode: true }, orderBy: { slug: "asc" } }),
    prisma.socGroup.findMany({ where: { level: "MAJOR" }, orderBy: { code: "asc" }, select: { title: true } }),
    prisma.company.findMany({ select: { slug: true }, orderBy: { slug: "asc" } }),
    prisma.relatedOccupation.findMany({
      where: { index: { lte: POPULAR_PER_CAREER } },
      select: { onetCode: true, relatedCode: true },
      orderBy: [{ onetCode: "asc" }, { index: "asc" }],
    }),
  ]);
  const slugOf = new Map(occupations.map((o) => [o.onetCode, o.slug]));
  const seen = new Set<string>();
  const comparisons: string[][] = [];
  for (const r of related) {
    const a = slugOf.get(r.onetCode);
    const b = slugOf.get(r.relatedCode);
    const key = [a, b].sort().join(" ");
    if (!a || !b || a === b || seen.has(key)) continue; // one address per pair
    seen.add(key);
    comparisons.push([a, b]);
  }
  return {
    careers: occupations.map((o) => o.slug),
    roles: roles.filter((r) => slugOf.has(r.onetCode)).map((r) => r.slug),
    groups: majors.map((m) => groupSlug(m.title)),
    companies: companies.map((c) => c.slug),
    comparisons,
  };
}
