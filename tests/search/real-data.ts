import fs from "node:fs";
import path from "node:path";
import type { Database } from "@/lib/db/connect";
import { importFromDir, loadBundle } from "@/lib/import";

/** The official files ($DATA_DIR, else ../shared/data) and the committed snapshot (data/bundle). */
const dataDir = path.resolve(process.env.DATA_DIR ?? "../shared/data");
const bundleDir = path.resolve("data/bundle");
const hasBundle = fs.existsSync(bundleDir) && fs.readdirSync(bundleDir).length > 0;
const hasOfficial = fs.existsSync(path.join(dataDir, "onet", "Occupation Data.xlsx"));

/** False where neither the snapshot nor the official files are available (the tests that need them skip). */
export const hasRealData = hasBundle || hasOfficial;

/** Loads the real data into a test database: the snapshot when committed, else the full import. */
export async function loadRealData(db: Database): Promise<void> {
  if (hasBundle) await loadBundle(db, bundleDir);
  else await importFromDir(db, dataDir);
}
