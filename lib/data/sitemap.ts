import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { groupSlug } from "@/lib/professions/groups";

/** The pages that exist once per record, for sitemap.xml: every career, every SOC major group, every company. */
export type SitemapSlugs = { careers: string[]; groups: string[]; companies: string[] };

/** Three queries, whatever the number of records. */
export async function readSitemapSlugs(prisma: PrismaClient): Promise<SitemapSlugs> {
  const [occupations, majors, companies] = await Promise.all([
    prisma.occupation.findMany({ select: { slug: true }, orderBy: { slug: "asc" } }),
    prisma.socGroup.findMany({ where: { level: "MAJOR" }, orderBy: { code: "asc" }, select: { title: true } }),
    prisma.company.findMany({ select: { slug: true }, orderBy: { slug: "asc" } }),
  ]);
  return {
    careers: occupations.map((o) => o.slug),
    groups: majors.map((m) => groupSlug(m.title)),
    companies: companies.map((c) => c.slug),
  };
}
