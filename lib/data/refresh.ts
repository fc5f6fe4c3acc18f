import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { after } from "next/server";
import { forgetExploreData } from "@/lib/data/explore";
import { forgetDataGeneration } from "@/lib/data/shared-cache";

/*
 * The one way to make cached pages show changed data. Public pages are rendered once and served from Next's
 * page cache (docs/decisions/008-page-cache.md); the data reads under them are cached with the tags `data` and
 * `occupation:<O*NET code>` (lib/data/shared-cache.ts). After a write, call the function for what it touched,
 * from the server action or route handler that wrote it: the next visit to any affected page, by anyone,
 * renders it again from the database. Edits are rare, so every page is re-rendered on its next visit; only
 * the touched data is read again.
 *
 * Next stamps a cache entry when its render ends, not when it began reading. A render that read the database
 * before the write and ends after the expiry (a link prefetch or a visit racing the save) would be stored as
 * fresh with the old data. So everything is expired twice: at once, and again SETTLE_MS later, after such
 * renders have ended (`after`, once the response is sent). Only a visit between the two can still get such a
 * render; admin pages do not prefetch the public pages they link to, so an editor's own save does not race one.
 */

// expire at once: the next request waits for fresh data instead of getting the old page once more
const NOW = { expire: 0 };
const SETTLE_MS = 5_000;

/** Runs `expire` now and once more after SETTLE_MS (see above). */
function expireTwice(expire: () => void) {
  outsideNextIsFine(() => {
    expire();
    after(async () => {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      expire();
    });
  });
}

/** Expires the data cache entries under these tags (lib/data/shared-cache.ts), now and after the settle delay. */
export function expireTags(...tags: string[]) {
  expireTwice(() => {
    for (const tag of tags) revalidateTag(tag, NOW);
  });
}

function refreshPages() {
  expireTwice(() => revalidatePath("/", "layout"));
}

/** Runs a cache refresh; outside a Next server (scripts, tests) there is no cache to refresh, which is fine. */
function outsideNextIsFine(refresh: () => void) {
  try {
    refresh();
  } catch (error) {
    if (!(error instanceof Error && error.message.includes("static generation store missing"))) throw error;
  }
}

/** After an edit of one occupation's figures or texts (O*NET-SOC code, e.g. "29-1141.00"). */
export function refreshOccupation(onetCode: string) {
  forgetExploreData();
  expireTags(`occupation:${onetCode}`);
  refreshPages();
}

/** After an import or any change that touches many occupations, companies or groups. */
export function refreshData() {
  forgetDataGeneration();
  forgetExploreData();
  expireTags("data");
  refreshPages();
}

/** After a job posting was created, edited, expired or reverted. */
export function refreshJobPosting(id: string) {
  expireTwice(() => revalidatePath(`/jobs/${id}`));
}

/**
 * After a review was approved, rejected or a decision reverted: the company's cached profile (ratings, reviews).
 * /companies, /companies/best and the review pages render on each request and need nothing.
 */
export function refreshCompany(slug: string) {
  expireTwice(() => revalidatePath(`/companies/${slug}`));
}
