// npm run jobs:import -- FILE [--source NAME]   import job postings from a schema.org JobPosting JSON / JSON-LD
// file or a CSV file (columns: see lib/jobs/ingest.ts) into the database named by DATABASE_URL. Bad records are
// listed with their line or item number and skipped; the good ones are written in one transaction.
import fs from "node:fs";
import { env } from "@/lib/env";
import { loadEnvFiles } from "@/lib/env-files";
import { openDatabase } from "@/lib/db/connect";
import { ingestText } from "@/lib/jobs/ingest";
import { loadTitleIndex } from "@/lib/search/load";
import { runToEnd } from "./run-to-end";

async function main() {
  loadEnvFiles();
  const args = process.argv.slice(2);
  const s = args.indexOf("--source");
  const source = s >= 0 ? args[s + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith("--") && !(s >= 0 && i === s + 1));
  if (!file) throw new Error("Name a file: npm run jobs:import -- postings.json (or .jsonld, .csv)");
  const text = fs.readFileSync(file, "utf8");
  const db = await openDatabase(env().DATABASE_URL);
  try {
    const index = await loadTitleIndex(db.prisma);
    const r = await ingestText(db.prisma, text, file, { index, source });
    for (const e of r.errors) console.log(`  skipped ${e.where}: ${e.reason}`);
    console.log(`${file}: ${r.records} record(s); ${r.created} new, ${r.updated} updated, ${r.errors.length} skipped.`);
    if (r.errors.length && !r.postings.length) process.exitCode = 1;
  } finally {
    await db.close();
  }
}

runToEnd(main, "Job import failed, nothing was changed");
