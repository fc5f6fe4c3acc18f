// npm run db:migrate -- NAME   create a migration from the schema diff and apply it
// npm run db:deploy            apply pending migrations
// npm run db:status            show applied, pending and failed migrations
import { openDatabase } from "@/lib/db/connect";
import { env } from "@/lib/env";
import { loadEnvFiles } from "@/lib/env-files";
import { createMigration, deployMigrations, migrationStatus } from "@/lib/db/migrations";

async function main() {
  const [command, name] = process.argv.slice(2);
  loadEnvFiles();
  const db = await openDatabase(env().DATABASE_URL);
  const where = db.target.engine === "pglite" ? `PGlite ${db.target.dataDir ?? "(in memory)"}` : "PostgreSQL";
  try {
    if (command === "dev") {
      if (!name) throw new Error("Usage: npm run db:migrate -- NAME");
      const created = await createMigration(db, name);
      console.log(created ? `Created and applied prisma/migrations/${created} on ${where}.` : "The schema matches the migrations: nothing to create.");
    } else if (command === "deploy") {
      const applied = await deployMigrations(db);
      console.log(applied.length ? `Applied ${applied.length} migration(s) on ${where}: ${applied.join(", ")}` : `No pending migrations on ${where}.`);
    } else if (command === "status") {
      const s = await migrationStatus(db);
      console.log(`${s.migrations.length} migration(s) in prisma/migrations; database: ${where}`);
      if (s.failed.length) console.log(`Failed: ${s.failed.join(", ")}`);
      if (s.edited.length) console.log(`Edited after being applied: ${s.edited.join(", ")}`);
      if (s.history?.diagnostic === "databaseIsBehind") console.log(`Pending: ${s.history.unappliedMigrationNames.join(", ")}`);
      else if (s.history) console.log(`History differs: ${JSON.stringify(s.history)}`);
      console.log(s.upToDate ? "Database schema is up to date." : "Database schema is NOT up to date.");
      process.exitCode = s.upToDate ? 0 : 1;
    } else {
      throw new Error(`Unknown command "${command}". Use dev NAME, deploy or status.`);
    }
  } finally {
    await db.close();
  }
}

// Exit explicitly: the WebAssembly engine can keep the event loop alive for a while after it is freed.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (e: Error) => {
    console.error(e.message);
    process.exit(1);
  },
);
