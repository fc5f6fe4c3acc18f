import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { forgetExploreData } from "@/lib/data/explore";
import { forgetDataGeneration } from "@/lib/data/shared-cache";

/*
 * The one way to make cached pages show changed data. Public pages are rendered once and served from Next's
 * page cache (docs/decisions/008-page-cache.md); the data reads under them are cached with the tags `data` and
 * `occupation:<O*NET code>` (lib/data/shared-cache.ts). After a write, call the function for what it touched,
 * from the server action or route handler that wrote it: the next visit to any affected page, by anyone,
 * renders it again from the database. Edits are rare, so every page is re-rendered on its next visit; only
 * the touched data is read again.
 */

// expire at once: the next request waits for fresh data instead of getting the old page once more
const NOW = { expire: 0 };

function refreshPages() {
  outsideNextIsFine(() => revalidatePath("/", "layout"));
}

/** Runs a cache refresh; outside a Next server (scripts, tests) there is no cache to refresh, which is fine. */
export function outsideNextIsFine(refresh: () => void) {
  try {
    refresh();
  } catch (error) {
    if (!(error instanceof Error && error.message.includes("static generation store missing"))) throw error;
  }
}

/** After an edit of one occupation's figures or texts (O*NET-SOC code, e.g. "29-1141.00"). */
export function refreshOccupation(onetCode: string) {
  forgetExploreData();
  outsideNextIsFine(() => revalidateTag(`occupation:${onetCode}`, NOW));
  refreshPages();
}

/** After an import or any change that touches many occupations, companies or groups. */
export function refreshData() {
  forgetDataGeneration();
  forgetExploreData();
  outsideNextIsFine(() => revalidateTag("data", NOW));
  refreshPages();
}

/** After a job posting was created, edited, expired or reverted. */
export function refreshJobPosting(id: string) {
  outsideNextIsFine(() => revalidatePath(`/jobs/${id}`));
}

/**
 * After a review was approved, rejected or a decision reverted: the company's cached profile (ratings, reviews).
 * /companies, /companies/best and the review pages render on each request and need nothing.
 */
export function refreshCompany(slug: string) {
  outsideNextIsFine(() => revalidatePath(`/companies/${slug}`));
}
