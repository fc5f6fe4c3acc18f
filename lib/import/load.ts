/** Import from the official files or the bundle, and the empty-database check. See index.ts. */
import type { Database } from "@/lib/db/connect";
import { readOfficialFiles, type Unmatched } from "./read-official";
import { readBundle, BUNDLE_DIR } from "./bundle";
import { writeTables } from "./write";
import { silentProgress, type Progress } from "./progress";
import { formatSummary } from "./summary";
import type { TableName, Tables } from "./tables";

export type ImportResult = { counts: Record<TableName, number>; unmatched: Unmatched; seconds: number; summary: string };
export type ImportOptions = { progress?: Progress };

async function load(db: Database, read: () => Promise<{ tables: Tables; unmatched: Unmatched }>, opts: ImportOptions): Promise<ImportResult> {
  const started = performance.now();
  const { tables, unmatched } = await read();
  const counts = await writeTables(db, tables, opts);
  const seconds = (performance.now() - started) / 1000;
  return { counts, unmatched, seconds, summary: formatSummary(counts, unmatched, seconds) };
}

export function importFromDir(db: Database, dir: string, opts: ImportOptions = {}): Promise<ImportResult> {
  return load(db, () => readOfficialFiles(dir, opts.progress ?? silentProgress), opts);
}

export function loadBundle(db: Database, dir: string = BUNDLE_DIR, opts: ImportOptions = {}): Promise<ImportResult> {
  return load(
    db,
    async () => {
      const end = (opts.progress ?? silentProgress).step("Reading the bundle");
      const tables = readBundle(dir);
      end();
      return { tables, unmatched: [] };
    },
    opts,
  );
}

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const rows = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM "Occupation" LIMIT 1) o`);
  return rows[0].n === 0;
}

