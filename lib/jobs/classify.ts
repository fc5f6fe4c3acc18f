/** Which occupation a posting's title means, by the same title search as the site's search box (lib/search). */
import type { TitleIndex } from "@/lib/search/title-index";

/** Below this title-search score a title is left unclassified rather than guessed. */
export const MIN_CLASSIFY_SCORE = 0.5;

export type Classification = { onetCode: string; score: number; matchedTitle: string };

export function classifyTitle(index: TitleIndex, title: string): Classification | null {
  const best = index.search(title, { limit: 1, prefix: false })[0];
  if (!best || best.score < MIN_CLASSIFY_SCORE) return null;
  return { onetCode: best.onetCode, score: Math.round(best.score * 1000) / 1000, matchedTitle: best.matchedTitle };
}
