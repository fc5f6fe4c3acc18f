import "server-only";
import { expireTags, refreshOccupation } from "@/lib/data/refresh";
import { rebuildTitleIndex } from "@/lib/data/search";

/**
 * What an editorial change refreshes, in one place: each touched occupation through the site's one refresh
 * function (lib/data/refresh.ts: its cached profile, so every career page and comparison that shows it, and the
 * cached pages), the cached resolutions of comparison addresses (curated roles and titles change what a name
 * maps to), and, when titles or roles changed, this process's title-search index. Expired at once, so the next
 * load of any page shows the change, for everyone.
 */
export async function refreshAfterEdit(onetCodes: string[], options: { titles: boolean }): Promise<void> {
  for (const code of new Set(onetCodes)) refreshOccupation(code);
  expireTags("compare-resolve");
  if (options.titles) await rebuildTitleIndex();
}
