// npm run jobs:samples            add the sample postings (deterministic; existing samples are updated in place)
// npm run jobs:samples -- --remove   delete every sample posting
import { env } from "@/lib/env";
import { loadEnvFiles } from "@/lib/env-files";
import { openDatabase } from "@/lib/db/connect";
import { addSamples, removeSamples } from "@/lib/jobs/samples";
import { loadTitleIndex } from "@/lib/search/load";
import { runToEnd } from "./run-to-end";

async function main() {
  loadEnvFiles();
  const db = await openDatabase(env().DATABASE_URL);
  try {
    if (process.argv.includes("--remove")) {
      console.log(`Removed ${await removeSamples(db.prisma)} sample posting(s).`);
      return;
    }
    const r = await addSamples(db.prisma, await loadTitleIndex(db.prisma));
    console.log(`Sample postings: ${r.created} new, ${r.updated} updated.`);
  } finally {
    await db.close();
  }
}

runToEnd(main, "Sample postings failed, nothing was changed");
