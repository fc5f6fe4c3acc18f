// npm-less benchmark: npx tsx scripts/bench-import.ts [--from DIR]
// Times the full import (read + write) and the bundle load into a fresh PGlite folder and a fresh PostgreSQL
// database (TEST_DATABASE_URL, else postgresql://127.0.0.1:5432/test when reachable; a throwaway database
// careerlens_bench is created there and dropped afterwards). Prints seconds and rows per second.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { env } from "@/lib/env";
import { loadEnvFiles } from "@/lib/env-files";
import { openDatabase, type Database } from "@/lib/db/connect";
import { deployMigrations } from "@/lib/db/migrations";
import { readOfficialFiles, readBundle, writeTables, BUNDLE_DIR } from "@/lib/import";
import type { Tables } from "@/lib/import/tables";

const total = (t: Tables) => Object.values(t).reduce((n, rows) => n + rows.length, 0);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, (performance.now() - started) / 1000];
}

async function bench(label: string, db: Database, officialTables: Tables, readSeconds: number, bundleTables: Tables, bundleReadSeconds: number) {
  await deployMigrations(db);
  const [, write] = await time(() => writeTables(db, officialTables));
  const [, rewrite] = await time(() => writeTables(db, officialTables));
  const [, bundleWrite] = await time(() => writeTables(db, bundleTables));
  const n = total(officialTables);
  const full = readSeconds + write;
  console.log(`${label}`);
  console.log(`  full import     ${full.toFixed(1)} s  (read ${readSeconds.toFixed(1)} s + write ${write.toFixed(1)} s), ${fmt(n / full)} rows/s overall, ${fmt(n / write)} rows/s written`);
  console.log(`  re-import write ${rewrite.toFixed(1)} s over existing data, ${fmt(n / rewrite)} rows/s`);
  const b = total(bundleTables);
  const bundle = bundleReadSeconds + bundleWrite;
  console.log(`  bundle load     ${bundle.toFixed(1)} s  (read ${bundleReadSeconds.toFixed(1)} s + write ${bundleWrite.toFixed(1)} s), ${fmt(b / bundle)} rows/s`);
}

function postgresUrl(): string {
  const url = new URL(process.env.TEST_DATABASE_URL ?? "postgresql://127.0.0.1:5432/test");
  if (!url.username) url.username = os.userInfo().username; // pg falls back to $USER, which may be unset
  return url.toString();
}

async function main() {
  loadEnvFiles();
  const argv = process.argv.slice(2);
  const i = argv.indexOf("--from");
  const dir = (i >= 0 ? argv[i + 1] : undefined) ?? env().DATA_DIR ?? path.resolve("../shared/data");
  const [{ tables }, readSeconds] = await time(() => readOfficialFiles(dir));
  const [bundleTables, bundleReadSeconds] = await time(() => readBundle(BUNDLE_DIR));
  console.log(`${fmt(total(tables))} rows from ${dir}; bundle ${fmt(total(bundleTables))} rows. ${os.cpus().length} CPUs.`);

  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "careerlens-bench-"));
  const lite = await openDatabase(`pglite:${folder}`);
  try {
    await bench(`PGlite (${folder})`, lite, tables, readSeconds, bundleTables, bundleReadSeconds);
  } finally {
    await lite.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }

  const server = postgresUrl();
  const admin = new pg.Client({ connectionString: server });
  try {
    await admin.connect();
  } catch (e) {
    console.log(`PostgreSQL: not reachable at ${new URL(server).host} (${(e as Error).message}); skipped.`);
    return;
  }
  const name = "careerlens_bench";
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const db = await openDatabase(url.toString());
  try {
    await bench(`PostgreSQL (${url.host}/${name})`, db, tables, readSeconds, bundleTables, bundleReadSeconds);
  } finally {
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    console.error(`Benchmark failed: ${e.stack ?? e.message}`);
    process.exit(1);
  },
);
