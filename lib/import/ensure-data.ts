/** Start-up data check: an empty database gets the full import (when DATA_DIR is set) or the committed bundle. */
import type { Database } from "@/lib/db/connect";
import { importFromDir, isDatabaseEmpty, loadBundle } from "./load";
import { consoleProgress, type Progress } from "./progress";

export async function ensureData(
  db: Database,
  opts: { dataDir?: string; bundleDir?: string; progress?: Progress; log?: (line: string) => void } = {},
): Promise<"present" | "imported" | "bundle"> {
  const log = opts.log ?? console.log;
  if (!(await isDatabaseEmpty(db))) return "present";
  const progress = opts.progress ?? consoleProgress();
  if (opts.dataDir) {
    log(`Empty database: importing the official data files from ${opts.dataDir}…`);
    const r = await importFromDir(db, opts.dataDir, { progress });
    log(r.summary);
    return "imported";
  }
  log("Empty database: loading the committed data bundle (data/bundle)…");
  const r = await loadBundle(db, opts.bundleDir, { progress });
  log(r.summary);
  return "bundle";
}
