// npm run db:backup -- [FILE]    write a backup of the database named by DATABASE_URL (default file:
// .data/backups/careerlens-<engine>-<UTC time>.ndjson.gz). Safe while the site runs on PostgreSQL; on PGlite,
// stop the server first (one process per data folder).
import path from "node:path";
import { env } from "@/lib/env";
import { loadEnvFiles } from "@/lib/env-files";
import { openDatabase } from "@/lib/db/connect";
import { writeBackup } from "@/lib/db/backup";
import { runToEnd } from "./run-to-end";

async function main() {
  loadEnvFiles();
  const db = await openDatabase(env().DATABASE_URL);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = process.argv[2] ?? path.join(".data", "backups", `careerlens-${db.target.engine}-${stamp}.ndjson.gz`);
  try {
    const started = performance.now();
    const summary = await writeBackup(db, file);
    console.log(`Backup written: ${summary.file} (${summary.tables} tables, ${summary.rows} rows, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    await db.close();
  }
}

runToEnd(main, "Backup failed");
