// npm run reviews:samples              add the sample reviews and sample accounts (deterministic; replaces earlier samples)
// npm run reviews:samples -- --remove  delete every sample review and the sample accounts
import { env } from "@/lib/env";
import { loadEnvFiles } from "@/lib/env-files";
import { openDatabase } from "@/lib/db/connect";
import { addSampleReviews, removeSampleReviews } from "@/lib/reviews/samples";
import { loadTitleIndex } from "@/lib/search/load";
import { runToEnd } from "./run-to-end";

async function main() {
  loadEnvFiles();
  const db = await openDatabase(env().DATABASE_URL);
  try {
    if (process.argv.includes("--remove")) {
      const r = await removeSampleReviews(db.prisma);
      console.log(`Removed ${r.reviews} sample review(s) and ${r.accounts} sample account(s).`);
      return;
    }
    const r = await addSampleReviews(db.prisma, await loadTitleIndex(db.prisma));
    console.log(`Sample reviews: ${r.created} by ${r.accounts} sample accounts.`);
  } finally {
    await db.close();
  }
}

runToEnd(main, "Sample reviews failed, nothing was changed");
