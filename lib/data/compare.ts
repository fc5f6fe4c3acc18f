import "server-only";
import { createHash } from "node:crypto";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { db } from "@/lib/db";
import { readCareer, type CareerProfile } from "@/lib/data/careers";
import { searchTitles } from "@/lib/data/search";
import { buildComparison, type Comparison } from "@/lib/compare/build";
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

/** Resolvers over a Prisma client and a title search. A Role lookup slots in here once curated roles exist. */
export function dbResolvers(prisma: PrismaClient, search: Resolvers["search"]): Resolvers {
  return {
    occupation: (slug) => prisma.occupation.findUnique({ where: { slug }, select: { slug: true, title: true, onetCode: true } }),
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

/*
 * The cache lives in .next/cache and outlives a deploy: the keys carry a fingerprint of the code that made the
 * entry, so a new version of the profile reader or the resolver never serves an entry in an old shape.
 */
const fingerprint = (...parts: unknown[]) => createHash("sha256").update(parts.map(String).join("\n")).digest("hex").slice(0, 16);
const PROFILE_VERSION = fingerprint(readCareer);
const RESOLVE_VERSION = fingerprint(resolveOne, MIN_SEARCH_SCORE, dbResolvers);

const cachedResolution = (slug: string) =>
  unstable_cache(async () => resolveOne(slug, dbResolvers(await db(), serverSearch)), ["compare-resolve", RESOLVE_VERSION, slug], {
    tags: ["data", "compare-resolve"],
  })();

const cachedProfile = (r: Resolution) =>
  unstable_cache(async () => readCareer(await db(), { slug: r.occupation.slug }), ["career-profile", PROFILE_VERSION, r.occupation.slug], {
    tags: ["data", `occupation:${r.occupation.onetCode}`],
  })();

/** The comparison for a page or the API, by canonical slugs joined with ","; cached across requests (tags above) and per request. */
export const getComparison = cache(
  async (key: string): Promise<ComparisonResult> => readComparison(key.split(","), cachedResolution, cachedProfile),
);

/** Each slug resolved (cached), for the builder's starting list. */
export async function resolveSlugList(slugs: string[]): Promise<(Resolution | Unresolved)[]> {
  return Promise.all(slugs.map(cachedResolution));
}
