/**
 * Turns each slug of a comparison address into an occupation, keeping the name the person used.
 *
 * Lookups are tried in order and the first that knows the slug wins:
 *   1. an occupation slug ("registered-nurses"),
 *   2. a curated role (the Role table, edited under /admin/roles): its slug or one of its alternative titles as a
 *      slug; "Lead Technician" keeps its own name and description and is based on one occupation,
 *   3. the title search: "lead-technician" is searched as "lead technician" and the best occupation is taken
 *      when the match is good enough.
 * Pure apart from the lookups it is given, so tests run it on the real data without a server.
 */
import { slugToName } from "./slugs";

export type Resolution = {
  /** The canonical slug from the address. */
  slug: string;
  /** The name to show: the occupation's title for an occupation slug, else the words the person used. */
  name: string;
  via: "occupation" | "role" | "search";
  occupation: { slug: string; title: string; onetCode: string };
  /** The job title the search matched ("Support Technician (Support Tech)"); null for direct slugs. */
  matchedTitle: string | null;
  /** The curated role the name stands for (its page is /careers/<role slug>); absent for occupations and titles. */
  role?: { slug: string; name: string };
};

export type Suggestion = { slug: string; title: string; matchedTitle: string };

export type Unresolved = { slug: string; name: string; suggestions: Suggestion[] };

/** A lookup by exact slug: an occupation. */
export type SlugLookup = (slug: string) => Promise<{ slug: string; title: string; onetCode: string } | null>;

/** A lookup by exact slug: a curated role and the occupation it is based on. */
export type RoleLookup = (slug: string) => Promise<{ role: { slug: string; name: string }; occupation: { slug: string; title: string; onetCode: string } } | null>;

/** The title search: results best first, each with its score; a curated role's result names the occupation it is based on. */
export type TitleSearch = (
  query: string,
  limit: number,
) => Promise<(Suggestion & { onetCode: string; score: number; basedOn?: { slug: string; title: string } })[]>;

export type Resolvers = { occupation: SlugLookup; role?: RoleLookup; search: TitleSearch };

/**
 * The lowest search score taken as "this title means that occupation". A query whose words all match a title
 * scores about 1 and more; a match on part of the words (e.g. "banana technician" → "Technician") stays under.
 */
export const MIN_SEARCH_SCORE = 0.9;
const SUGGESTIONS = 6;

export type ResolveResult = { ok: true; careers: Resolution[] } | { ok: false; careers: (Resolution | Unresolved)[] };

export function isResolved(x: Resolution | Unresolved): x is Resolution {
  return "occupation" in x;
}

export async function resolveSlugs(slugs: string[], r: Resolvers): Promise<ResolveResult> {
  const careers = await Promise.all(slugs.map((slug) => resolveOne(slug, r)));
  return careers.every(isResolved) ? { ok: true, careers } : { ok: false, careers };
}

export async function resolveOne(slug: string, r: Resolvers): Promise<Resolution | Unresolved> {
  const occupation = await r.occupation(slug);
  if (occupation) return { slug, name: occupation.title, via: "occupation", occupation, matchedTitle: null };
  const role = r.role ? await r.role(slug) : null;
  if (role) {
    // the role's own name for its own address; the words the person used for one of its titles
    const name = slug === role.role.slug ? role.role.name : slugToName(slug);
    return { slug, name, via: "role", occupation: role.occupation, role: role.role, matchedTitle: null };
  }
  const name = slugToName(slug);
  const results = await r.search(slug.replace(/-/g, " "), SUGGESTIONS);
  const best = results[0];
  if (best && best.score >= MIN_SEARCH_SCORE) {
    return {
      slug,
      name,
      via: "search",
      occupation: best.basedOn ? { ...best.basedOn, onetCode: best.onetCode } : { slug: best.slug, title: best.title, onetCode: best.onetCode },
      matchedTitle: best.matchedTitle,
      ...(best.basedOn ? { role: { slug: best.slug, name: best.title } } : {}),
    };
  }
  return { slug, name, suggestions: results.map(({ slug: s, title, matchedTitle }) => ({ slug: s, title, matchedTitle })) };
}
