// npm run db:restore -- FILE --yes    replace ALL data in the database named by DATABASE_URL with the backup's,
// in one transaction (a damaged file or a failure changes nothing). Stop the server first when on PGlite.
import { env } from "@/lib/env";
import { loadEnvFiles } from "@/lib/env-files";
import { openDatabase } from "@/lib/db/connect";
import { restoreBackup } from "@/lib/db/backup";
import { runToEnd } from "./run-to-end";

async function main() {
  loadEnvFiles();
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new Error("name the backup file: npm run db:restore -- FILE --yes");
  if (!args.includes("--yes")) throw new Error("a restore replaces all data in the database; run again with --yes to go ahead");
  const db = await openDatabase(env().DATABASE_URL);
  try {
    const started = performance.now();
    const summary = await restoreBackup(db, file, { onRows: (table, rows) => console.log(`  ${table}: ${rows} rows`) });
    console.log(`Restored ${summary.rows} rows into ${summary.tables} tables from ${summary.file} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    await db.close();
  }
}

runToEnd(main, "Restore failed, nothing was changed");
