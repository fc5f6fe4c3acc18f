import "server-only";
import { revalidateTag } from "next/cache";
import { rebuildTitleIndex } from "@/lib/data/search";

/**
 * The one place an editorial change refreshes what readers see: the cached career profiles of the occupations
 * it touched (every career page and comparison that shows them; tag "occupation:<O*NET code>"), the cached
 * resolutions of comparison addresses (curated roles and titles change what a name maps to), and, when titles
 * or roles changed, this process's title-search index. Expired at once (not stale-while-revalidate), so the
 * next load of any page shows the change, for everyone.
 */
export async function refreshAfterEdit(onetCodes: string[], options: { titles: boolean }): Promise<void> {
  expire([...new Set(onetCodes)].map((code) => `occupation:${code}`).concat("compare-resolve"));
  if (options.titles) await rebuildTitleIndex();
}

function expire(tags: string[]) {
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      // outside a Next server (scripts, tests) there is no cache to refresh
      if (!(error instanceof Error && error.message.includes("static generation store missing"))) throw error;
    }
  }
}
