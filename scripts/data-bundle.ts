// npm run data:bundle -- [--from DIR]   read the official data files (default: $DATA_DIR, else ../shared/data)
// and write the facts-only snapshot into data/bundle/ (no database needed).
import path from "node:path";
import { env } from "@/lib/env";
import { loadEnvFiles } from "@/lib/env-files";
import { runToEnd } from "./run-to-end";
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

runToEnd(main, "Bundle failed");
