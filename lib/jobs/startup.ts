/** Start-up: sample postings for a new install (called by scripts/start.ts once the data is in place). */
import type { Database } from "@/lib/db/connect";
import { loadTitleIndex } from "@/lib/search/load";
import { addSamples } from "./samples";

/**
 * Adds the sample postings when `fresh` (the data was just loaded, or the job tables just created) and the
 * setting allows; never brings them back after `npm run jobs:samples -- --remove` on a running install.
 */
export async function ensureSamplePostings(db: Database, opts: { enabled: boolean; fresh: boolean; log?: (line: string) => void }): Promise<number> {
  if (!opts.enabled || !opts.fresh) return 0;
  if ((await db.prisma.jobPosting.count()) > 0) return 0;
  const log = opts.log ?? console.log;
  log("Adding sample job postings (SAMPLE_POSTINGS; remove with `npm run jobs:samples -- --remove`)…");
  const index = await loadTitleIndex(db.prisma);
  const r = await addSamples(db.prisma, index);
  log(`Added ${r.created} sample job postings.`);
  return r.created;
}
