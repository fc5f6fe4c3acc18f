import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { db } from "@/lib/db";
import { readSitemapSlugs } from "@/lib/data/sitemap";
import { siteOrigin } from "@/lib/site-origin";
import { comparePath } from "@/lib/compare/slugs";

/** Pages with a fixed address, in navigation order. */
const STATIC_PATHS = ["/", "/careers", "/professions", "/compare", "/companies", "/companies/best", "/jobs", "/about/data"];

// Reads the database: rendered on request, so `next build` never opens it.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const [origin, slugs] = await Promise.all([siteOrigin(), db().then(readSitemapSlugs)]);
  const url = (path: string) => `${origin}${path}`;
  return [
    ...STATIC_PATHS.map((p) => ({ url: url(p), changeFrequency: "weekly" as const, priority: p === "/" ? 1 : 0.8 })),
    ...slugs.groups.map((s) => ({ url: url(`/professions/${s}`), changeFrequency: "monthly" as const, priority: 0.6 })),
    ...slugs.careers.map((s) => ({ url: url(`/careers/${s}`), changeFrequency: "monthly" as const, priority: 0.7 })),
    ...slugs.roles.map((s) => ({ url: url(`/careers/${s}`), changeFrequency: "monthly" as const, priority: 0.6 })),
    ...slugs.companies.map((s) => ({ url: url(`/companies/${s}`), changeFrequency: "monthly" as const, priority: 0.5 })),
    ...slugs.comparisons.map((pair) => ({ url: url(comparePath(pair)), changeFrequency: "monthly" as const, priority: 0.5 })),
  ];
}
