import "server-only";
import { db } from "@/lib/db";
import { loadTitleIndex } from "@/lib/search/load";
import type { SearchResult, TitleIndex } from "@/lib/search/title-index";

export type { SearchResult };

// Built once per server process on first use and kept on globalThis (survives hot reloads in development).
const globalForSearch = globalThis as unknown as { careerlensTitleIndex?: Promise<TitleIndex> };

export function titleIndex(): Promise<TitleIndex> {
  if (!globalForSearch.careerlensTitleIndex) {
    const building = db().then(loadTitleIndex);
    // a failed build (database down) is retried on the next request rather than cached
    building.catch(() => {
      if (globalForSearch.careerlensTitleIndex === building) globalForSearch.careerlensTitleIndex = undefined;
    });
    globalForSearch.careerlensTitleIndex = building;
  }
  return globalForSearch.careerlensTitleIndex;
}

/** The occupations a job title may mean, best first, each with the title that matched. */
export async function searchTitles(query: string, limit = 10): Promise<SearchResult[]> {
  const q = query.trim();
  if (!q) return [];
  return (await titleIndex()).search(q, { limit });
}

/** Builds the title index ahead of the first search (called at server start); logs, never throws. */
export async function warmTitleIndex(): Promise<void> {
  const started = Date.now();
  try {
    const index = await titleIndex();
    console.log(`Title search ready: ${index.titleCount.toLocaleString("en-US")} titles in ${Date.now() - started} ms`);
  } catch (error) {
    console.warn("Title search could not be prepared at start-up; it will be built on the first search.", error);
  }
}
