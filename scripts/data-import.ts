// npm run data:import -- [--from DIR]   read the official data files (default: $DATA_DIR) and replace the data
// in the database named by DATABASE_URL. Everything is read and checked first, then written in one transaction.
import { env } from "@/lib/env";
import { loadEnvFiles } from "@/lib/env-files";
import { runToEnd } from "./run-to-end";
import { openDatabase } from "@/lib/db/connect";
import { importFromDir, consoleProgress } from "@/lib/import";

function fromArg(argv: string[]): string | undefined {
  const i = argv.findIndex((a) => a === "--from" || a.startsWith("--from="));
  if (i < 0) return undefined;
  return argv[i].includes("=") ? argv[i].slice("--from=".length) : argv[i + 1];
}

async function main() {
  loadEnvFiles();
  const config = env();
  const dir = fromArg(process.argv.slice(2)) ?? config.DATA_DIR;
  if (!dir) throw new Error("Name the folder of official data files: npm run data:import -- --from DIR (or set DATA_DIR).");
  const db = await openDatabase(config.DATABASE_URL);
  try {
    const result = await importFromDir(db, dir, { progress: consoleProgress() });
    console.log(result.summary);
  } finally {
    await db.close();
  }
}

runToEnd(main, "Import failed, nothing was changed");
