/** Start-up: sample reviews for a new install (called by scripts/start.ts once the data is in place). */
import type { Database } from "@/lib/db/connect";
import { loadTitleIndex } from "@/lib/search/load";
import { addSampleReviews } from "./samples";

/**
 * Adds the sample reviews when `fresh` (the data was just loaded, or the review tables just created), the setting
 * allows and there are no reviews yet; never brings them back after `npm run reviews:samples -- --remove`.
 */
export async function ensureSampleReviews(db: Database, opts: { enabled: boolean; fresh: boolean; log?: (line: string) => void }): Promise<number> {
  if (!opts.enabled || !opts.fresh) return 0;
  if ((await db.prisma.companyReview.count()) > 0) return 0;
  const log = opts.log ?? console.log;
  log("Adding sample company reviews (SAMPLE_REVIEWS; remove with `npm run reviews:samples -- --remove`)…");
  const r = await addSampleReviews(db.prisma, await loadTitleIndex(db.prisma));
  log(`Added ${r.created} sample reviews by ${r.accounts} sample accounts.`);
  return r.created;
}
