import fs from "node:fs";
import path from "node:path";

/** The folder of official data files the import tests read: $DATA_DIR, else ../shared/data. */
export const DATA_DIR = path.resolve(process.env.DATA_DIR ?? "../shared/data");

/** False where the official files are not available (the tests that need them are skipped). */
export const hasData = fs.existsSync(path.join(DATA_DIR, "onet", "Occupation Data.xlsx"));
