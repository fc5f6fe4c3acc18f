import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "@/lib/db/connect";
import { listMigrations } from "@/lib/db/migrations";

/**
 * A throwaway database with every committed migration applied: an in-memory PGlite by default, or a fresh
 * database on the PostgreSQL server named by TEST_DATABASE_URL (the PostgreSQL lane), dropped on close.
 */
export async function createTestDb(): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await openDatabase("pglite:memory://");
    await applyMigrationSql(db);
    return db;
  }
  const name = `cl_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase(url.toString());
  await applyMigrationSql(db);
  const close = db.close;
  db.close = async () => {
    await close();
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  return db;
}

/** True when the integration suite runs against a real PostgreSQL server. */
export const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

async function applyMigrationSql(db: Database) {
  const list = listMigrations();
  for (const dir of list.migrationDirectories) {
    await db.exec(fs.readFileSync(path.join(list.baseDir, dir.path, "migration.sql"), "utf8"));
  }
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
