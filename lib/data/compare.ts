import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { getCareer, type CareerProfile } from "@/lib/data/careers";
import { fingerprint, sharedCache } from "@/lib/data/shared-cache";
import { searchTitles } from "@/lib/data/search";
import { buildComparison, type Comparison } from "@/lib/compare/build";
import { canonicalSlug } from "@/lib/compare/slugs";
import { isResolved, MIN_SEARCH_SCORE, resolveOne, type Resolution, type Resolvers, type Unresolved } from "@/lib/compare/resolve";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/*
 * Comparisons: resolve each slug of the address to an occupation (lib/compare/resolve), read each career's
 * profile (lib/data/careers) and build the table and summary (lib/compare/build).
 *
 * Caching: each career profile is cached across requests with the tags "data" and "occupation:<O*NET code>",
 * and each slug's resolution with "data" and "compare-resolve", so `revalidateTag("occupation:15-1232.00")`
 * after an edit, or `revalidateTag("data")` after an import, refreshes every comparison that shows it.
 */

export type ComparisonResult = { ok: true; comparison: Comparison } | { ok: false; careers: (Resolution | Unresolved)[] };

/** Resolvers over a Prisma client and a title search: occupations, curated roles (by slug or title), then search. */
export function dbResolvers(prisma: PrismaClient, search: Resolvers["search"]): Resolvers {
  return {
    occupation: (slug) => prisma.occupation.findUnique({ where: { slug }, select: { slug: true, title: true, onetCode: true } }),
    role: async (slug) => {
      const role =
        (await prisma.role.findUnique({ where: { slug }, select: { slug: true, name: true, onetCode: true } })) ??
        // curated roles are few (editor-made): one of a role's alternative titles, as a slug
        (await prisma.role.findMany({ select: { slug: true, name: true, onetCode: true, titles: true }, orderBy: { slug: "asc" } })).find((r) =>
          r.titles.some((t) => canonicalSlug(t) === slug),
        );
      if (!role) return null;
      const occupation = await prisma.occupation.findUnique({ where: { onetCode: role.onetCode }, select: { slug: true, title: true, onetCode: true } });
      return occupation ? { role: { slug: role.slug, name: role.name }, occupation } : null;
    },
    search,
  };
}

/** The title search of the running server, with scores. */
const serverSearch: Resolvers["search"] = (query, limit) => searchTitles(query, limit);

/** Reads a comparison given how to resolve a slug and read a profile (uncached here: tests pass their own). */
export async function readComparison(
  slugs: string[],
  resolve: (slug: string) => Promise<Resolution | Unresolved>,
  readProfile: (r: Resolution) => Promise<CareerProfile | null>,
): Promise<ComparisonResult> {
  const resolved = await Promise.all(slugs.map(resolve));
  if (!resolved.every(isResolved)) return { ok: false, careers: resolved };
  const profiles = await Promise.all(resolved.map(readProfile));
  if (profiles.some((p) => !p)) {
    return { ok: false, careers: resolved.map((r, j) => (profiles[j] ? r : { slug: r.slug, name: r.name, suggestions: [] })) };
  }
  return { ok: true, comparison: buildComparison(resolved.map((resolution, i) => ({ resolution, profile: profiles[i]! }))) };
}

const RESOLVE_VERSION = fingerprint(resolveOne, MIN_SEARCH_SCORE, dbResolvers);

/** A slug's resolution, cached across requests (lib/data/shared-cache). */
const cachedResolution = (slug: string) =>
  sharedCache(async () => resolveOne(slug, dbResolvers(await db(), serverSearch)), ["compare-resolve", RESOLVE_VERSION, slug], ["data", "compare-resolve"]);

/** A resolved career's profile: the career page's own cached read (a curated role's page for a role). */
const cachedProfile = (r: Resolution) => getCareer(r.role?.slug ?? r.occupation.slug);

/** The comparison for a page or the API, by canonical slugs joined with ","; cached across requests (tags above) and per request. */
export const getComparison = cache(
  async (key: string): Promise<ComparisonResult> => readComparison(key.split(","), cachedResolution, cachedProfile),
);

/** Each slug resolved (cached), for the builder's starting list. */
export async function resolveSlugList(slugs: string[]): Promise<(Resolution | Unresolved)[]> {
  return Promise.all(slugs.map(cachedResolution));
}
