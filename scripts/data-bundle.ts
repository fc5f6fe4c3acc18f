// npm run data:bundle -- [--from DIR]   read the official data files (default: $DATA_DIR, else ../shared/data)
// and write the facts-only snapshot into data/bundle/ (no database needed).
import path from "node:path";
import { env } from "@/lib/env";
import { loadEnvFiles } from "@/lib/env-files";
import { readOfficialFiles, writeBundle, consoleProgress, BUNDLE_DIR } from "@/lib/import";

async function main() {
  loadEnvFiles();
  const argv = process.argv.slice(2);
  const i = argv.indexOf("--from");
  const dir = (i >= 0 ? argv[i + 1] : undefined) ?? env().DATA_DIR ?? path.resolve("../shared/data");
  const { tables } = await readOfficialFiles(dir, consoleProgress());
  const { bytes, manifest } = writeBundle(tables, BUNDLE_DIR);
  for (const t of manifest.tables) console.log(`  ${t.name.padEnd(20)} ${t.rows.toLocaleString("en-US").padStart(9)} rows`);
  console.log(`Wrote ${path.relative(process.cwd(), BUNDLE_DIR)}/ (${(bytes / 1024 / 1024).toFixed(1)} MB).`);
}

// A reader that never settles would let Node exit quietly with status 0: treat that as a failure.
let finished = false;
process.on("beforeExit", () => {
  if (!finished) {
    console.error("Stopped before finishing (a file could not be read to the end); nothing was changed.");
    process.exit(1);
  }
});

main().then(
  () => {
    finished = true;
    process.exit(0);
  },
  (e: Error) => {
    console.error(`Bundle failed: ${e.message}`);
    process.exit(1);
  },
);
