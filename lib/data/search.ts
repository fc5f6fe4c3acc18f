import "server-only";
import { db } from "@/lib/db";
import { asRoleResults, type RoleResult, type RoleTitles } from "@/lib/search/editorial";
import { loadTitleIndexWithRoles } from "@/lib/search/load";
import type { SearchResult, TitleIndex } from "@/lib/search/title-index";

export type { SearchResult };

// Built once per server process on first use and kept on globalThis (survives hot reloads in development),
// with the curated role each role title stands for.
const globalForSearch = globalThis as unknown as {
  careerlensTitleIndex?: Promise<TitleIndex>;
  careerlensRoleTitles?: Promise<Map<string, RoleTitles>>;
};

function build() {
  const building = db().then(loadTitleIndexWithRoles);
  return { index: building.then((l) => l.index), roles: building.then((l) => l.roleByTitle) };
}

export function titleIndex(): Promise<TitleIndex> {
  if (!globalForSearch.careerlensTitleIndex) {
    const { index, roles } = build();
    // a failed build (database down) is retried on the next request rather than cached
    index.catch(() => {
      if (globalForSearch.careerlensTitleIndex === index) globalForSearch.careerlensTitleIndex = undefined;
    });
    roles.catch(() => undefined);
    globalForSearch.careerlensTitleIndex = index;
    globalForSearch.careerlensRoleTitles = roles;
  }
  return globalForSearch.careerlensTitleIndex;
}

/**
 * Builds the index again from the database (after an editor changed titles or curated roles) and swaps it in
 * when it is ready; searches meanwhile use the old one. Only this server process sees the new index at once:
 * other processes (several servers on one PostgreSQL database) pick edits up when they restart.
 */
export async function rebuildTitleIndex(): Promise<void> {
  const { index, roles } = build();
  await Promise.all([index, roles]);
  globalForSearch.careerlensTitleIndex = index;
  globalForSearch.careerlensRoleTitles = roles;
}

/** The occupations (or curated roles) a job title may mean, best first, each with the title that matched. */
export async function searchTitles(query: string, limit = 10): Promise<RoleResult[]> {
  const q = query.trim();
  if (!q) return [];
  const results = (await titleIndex()).search(q, { limit });
  return asRoleResults(results, (await globalForSearch.careerlensRoleTitles) ?? new Map());
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
