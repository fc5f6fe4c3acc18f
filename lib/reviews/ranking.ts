/**
 * The best-companies method, published on /companies/best (docs/decisions/011-company-reviews-and-ranking.md). Pure: it takes
 * each company's count and sum of approved overall ratings and returns who is ranked, in what order, and who is
 * not ranked yet for lack of reviews.
 *
 *   score = (C · m + Σ ratings) / (C + n)
 *
 * m is the mean of every approved overall rating on the site, C the prior weight (how many "average" reviews a
 * company starts with), n its number of reviews. A company needs at least MIN_REVIEWS reviews to be ranked. Ties
 * (equal scores to 4 decimals) go to the company with more reviews, then to the name in alphabetical order.
 */

/** C: every company starts as if it had this many reviews at the site-wide mean. */
export const PRIOR_WEIGHT = 5;
/** A company needs this many approved reviews to be ranked. */
export const MIN_REVIEWS = 3;
/** A list with fewer ranked companies than this says so instead of showing an order. */
export const MIN_RANKED = 2;

export type RatingTotals = { count: number; sum: number };

export type Candidate = RatingTotals & { slug: string; name: string };

export type Ranked<T extends Candidate> = T & { rank: number; score: number; average: number };

export type Ranking<T extends Candidate> = {
  /** m: the site-wide mean rating the scores shrink toward (null when the site has no reviews). */
  mean: number | null;
  ranked: Ranked<T>[];
  /** Companies with at least one review but fewer than MIN_REVIEWS: listed, never ordered by score. */
  thin: T[];
  /** True when too few companies qualify for an order to mean anything (fewer than MIN_RANKED). */
  tooFew: boolean;
};

export type Method = { priorWeight: number; minReviews: number; minRanked: number };
export const METHOD: Method = { priorWeight: PRIOR_WEIGHT, minReviews: MIN_REVIEWS, minRanked: MIN_RANKED };

/** m: the mean of every rating counted in `totals` (null when there are none). */
export function siteMean(totals: readonly RatingTotals[]): number | null {
  let n = 0;
  let sum = 0;
  for (const t of totals) {
    n += t.count;
    sum += t.sum;
  }
  return n > 0 ? sum / n : null;
}

/** The Bayesian average of one company's ratings, shrunk toward `mean` with weight `priorWeight`. */
export function bayesianAverage(t: RatingTotals, mean: number, priorWeight = PRIOR_WEIGHT): number {
  return (priorWeight * mean + t.sum) / (priorWeight + t.count);
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

/**
 * Ranks `candidates` against `mean` (the site-wide mean; pass the same one for every list so a sector or state
 * list agrees with the overall one). Companies without reviews are left out entirely.
 */
export function rankCompanies<T extends Candidate>(candidates: readonly T[], mean: number | null, method: Method = METHOD): Ranking<T> {
  const reviewed = candidates.filter((c) => c.count > 0);
  if (mean === null) return { mean, ranked: [], thin: [], tooFew: true };
  const eligible = reviewed.filter((c) => c.count >= method.minReviews);
  const thin = reviewed
    .filter((c) => c.count < method.minReviews)
    .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name) || a.slug.localeCompare(b.slug));
  const scored = eligible.map((c) => ({ ...c, score: round4(bayesianAverage(c, mean, method.priorWeight)), average: round4(c.sum / c.count) }));
  scored.sort((a, b) => b.score - a.score || b.count - a.count || collator.compare(a.name, b.name) || a.slug.localeCompare(b.slug));
  const ranked = scored.map((c, i) => ({ ...c, rank: i + 1 }));
  return { mean, ranked, thin, tooFew: ranked.length < method.minRanked };
}

/** Groups candidates by a key (sector, HQ state) and ranks each group against the same site-wide mean. */
export function rankGroups<T extends Candidate>(candidates: readonly T[], key: (c: T) => string | null, mean: number | null, method: Method = METHOD) {
  const groups = new Map<string, T[]>();
  for (const c of candidates) {
    const k = key(c);
    if (!k || c.count === 0) continue;
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  return [...groups]
    .map(([name, members]) => ({ name, ...rankCompanies(members, mean, method) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
