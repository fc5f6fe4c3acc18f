/**
 * Logical backups that work the same on PGlite and PostgreSQL: every table of the schema as JSON, gzip'd, one
 * line per chunk of rows (NDJSON), so a backup taken on one engine restores on the other.
 *
 * File layout: a header line (format, creation time, applied migrations, tables in restore order with their
 * columns), then `{ "table", "rows": [...] }` lines, then an end line with the row count of every table. A file
 * without its end line (cut short, damaged) is refused.
 *
 * A backup reads every table inside one read-only REPEATABLE READ transaction: a consistent snapshot while the
 * site keeps serving. A restore replaces all data in ONE transaction: anything wrong (a damaged file, a schema
 * the backup does not fit, a kill) rolls back and leaves the database exactly as it was.
 */
import fs from "node:fs";
import readline from "node:readline";
import zlib from "node:zlib";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type { Database } from "@/lib/db/connect";

export const BACKUP_FORMAT = "careerlens-backup";
const FORMAT_VERSION = 1;
const CHUNK = 5000;
const MIGRATIONS_TABLE = "_prisma_migrations";

type Exec = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
type TableInfo = { name: string; columns: string[]; selfReferencing: boolean };
export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  migrations: string[];
  tables: TableInfo[];
};
export type BackupSummary = { file: string; tables: number; rows: number; counts: Record<string, number> };

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Tables of the current schema (but the migration bookkeeping), parents before children. */
async function listTables(exec: Exec): Promise<TableInfo[]> {
  const tables = (
    await exec(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> $1 ORDER BY table_name`,
      [MIGRATIONS_TABLE],
    )
  ).map((r) => r.name as string);
  const columns = await exec(
    `SELECT table_name AS "table", column_name AS name FROM information_schema.columns
     WHERE table_schema = current_schema() AND is_generated = 'NEVER' ORDER BY table_name, ordinal_position`,
  );
  const edges = await exec(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = current_schema()`,
  );
  const parents = new Map<string, Set<string>>(tables.map((t) => [t, new Set()]));
  const selfRef = new Set<string>();
  for (const e of edges) {
    const child = e.child as string;
    const parent = e.parent as string;
    if (child === parent) selfRef.add(child);
    else parents.get(child)?.add(parent);
  }
  const ordered: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string, path: string[]) => {
    if (seen.has(t)) return;
    if (path.includes(t)) throw new Error(`foreign keys form a cycle: ${[...path, t].join(" → ")}`);
    for (const p of parents.get(t) ?? []) visit(p, [...path, t]);
    seen.add(t);
    ordered.push(t);
  };
  for (const t of tables) visit(t, []);
  return ordered.map((name) => ({
    name,
    columns: columns.filter((c) => c.table === name).map((c) => c.name as string),
    selfReferencing: selfRef.has(name),
  }));
}

async function appliedMigrations(exec: Exec): Promise<string[]> {
  const exists = await exec(`SELECT to_regclass($1) AS t`, [`${MIGRATIONS_TABLE}`]);
  if (!exists[0]?.t) return [];
  const rows = await exec(
    `SELECT migration_name AS name FROM ${q(MIGRATIONS_TABLE)} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.name as string);
}

async function primaryKey(exec: Exec, table: string): Promise<string[]> {
  const rows = await exec(
    `SELECT a.attname AS name FROM pg_index i
     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
     WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
    [q(table)],
  );
  return rows.map((r) => r.name as string);
}

/** Writes a backup of every table to `file` (gzip'd NDJSON). */
export async function writeBackup(db: Database, file: string): Promise<BackupSummary> {
  const lines: string[] = [];
  const counts: Record<string, number> = {};
  await db.transaction(async (exec) => {
    if (db.target.engine === "postgres") await exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const tables = await listTables(exec);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      migrations: await appliedMigrations(exec),
      tables,
    };
    lines.push(JSON.stringify(header));
    for (const table of tables) {
      const key = await primaryKey(exec, table.name);
      const order = (key.length ? key : table.columns).map(q).join(", ");
      const cols = table.columns.map(q).join(", ");
      // A self-referencing table travels in one chunk: one INSERT, whose foreign-key checks run at its end.
      const size = table.selfReferencing ? Number.MAX_SAFE_INTEGER : CHUNK;
      counts[table.name] = 0;
      for (let offset = 0; ; offset += size) {
        const [row] = await exec(
          `SELECT count(*)::int AS n, coalesce(jsonb_agg(t), '[]')::text AS rows
           FROM (SELECT ${cols} FROM ${q(table.name)} ORDER BY ${order} LIMIT ${size === Number.MAX_SAFE_INTEGER ? "ALL" : size} OFFSET ${offset}) t`,
        );
        const n = row.n as number;
        if (n > 0) lines.push(`{"table":${JSON.stringify(table.name)},"rows":${row.rows as string}}`);
        counts[table.name] += n;
        if (n < size) break;
      }
    }
  });
  lines.push(JSON.stringify({ end: true, counts }));
  await writeFileAtomically(file, lines);
  return summarize(file, counts);
}

/** Writes through a temporary file and renames it, so a half-written backup never carries the final name. */
async function writeFileAtomically(file: string, lines: string[]) {
  const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : ".";
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${file}.partial`;
  await pipeline(Readable.from(lines.map((l) => `${l}\n`)), zlib.createGzip(), fs.createWriteStream(tmp));
  fs.renameSync(tmp, file);
}

function summarize(file: string, counts: Record<string, number>): BackupSummary {
  return { file, tables: Object.keys(counts).length, rows: Object.values(counts).reduce((a, b) => a + b, 0), counts };
}

class BackupError extends Error {}

function parseLine(line: string, lineNo: number): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(line);
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new BackupError(`line ${lineNo} is not a JSON object: the file is damaged`);
}

function checkHeader(value: Record<string, unknown>): BackupHeader {
  if (value.format !== BACKUP_FORMAT) throw new BackupError("this is not a Careerlens backup (no backup header on line 1)");
  if (value.version !== FORMAT_VERSION) throw new BackupError(`backup format version ${String(value.version)} is not supported (expected ${FORMAT_VERSION})`);
  if (!Array.isArray(value.tables) || !Array.isArray(value.migrations)) throw new BackupError("the backup header is damaged");
  return value as unknown as BackupHeader;
}

/** Refuses a backup that the current schema cannot hold: unknown tables or columns, or newer migrations. */
async function checkFits(exec: Exec, header: BackupHeader): Promise<TableInfo[]> {
  const target = await listTables(exec);
  const byName = new Map(target.map((t) => [t.name, t]));
  const applied = new Set(await appliedMigrations(exec));
  const unknownMigrations = applied.size > 0 ? header.migrations.filter((m) => !applied.has(m)) : [];
  if (unknownMigrations.length)
    throw new BackupError(`the backup comes from a newer schema (migrations ${unknownMigrations.join(", ")} are not applied here): run npm run db:deploy with the newer code first`);
  for (const table of header.tables) {
    const here = byName.get(table.name);
    if (!here) throw new BackupError(`the backup holds table "${table.name}", which this database does not have`);
    const missing = table.columns.filter((c) => !here.columns.includes(c));
    if (missing.length) throw new BackupError(`table "${table.name}" here has no column ${missing.map((c) => `"${c}"`).join(", ")}`);
  }
  return target;
}

/** Points every serial column's sequence past the highest restored id. */
async function resetSequences(exec: Exec) {
  const serials = await exec(
    `SELECT table_name AS t, column_name AS c FROM information_schema.columns
     WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
  );
  for (const s of serials) {
    const t = q(s.t as string);
    const c = q(s.c as string);
    await exec(`SELECT setval(pg_get_serial_sequence($1, $2), coalesce((SELECT max(${c}) FROM ${t}), 1), (SELECT max(${c}) FROM ${t}) IS NOT NULL)`, [
      t,
      s.c as string,
    ]);
  }
}

/**
 * Replaces all data with the backup's, in one transaction. Tables the backup does not know (added by later
 * migrations) end up empty; columns it does not know take their defaults.
 */
export async function restoreBackup(db: Database, file: string, opts: { onRows?(table: string, rows: number): void } = {}): Promise<BackupSummary> {
  if (!fs.existsSync(file)) throw new BackupError(`no backup file at ${file}`);
  const counts: Record<string, number> = {};
  try {
    await db.transaction(async (exec) => {
      let header: BackupHeader | null = null;
      let columns = new Map<string, string[]>();
      let ended = false;
      let lineNo = 0;
      // Created right before reading: lines a readline interface emits before iteration starts are lost.
      const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
      for await (const line of lines) {
        lineNo++;
        if (ended) throw new BackupError(`line ${lineNo} follows the end of the backup: the file is damaged`);
        const value = parseLine(line, lineNo);
        if (!header) {
          header = checkHeader(value);
          const target = await checkFits(exec, header);
          columns = new Map(header.tables.map((t) => [t.name, t.columns]));
          await exec(`TRUNCATE ${target.map((t) => q(t.name)).join(", ")} RESTART IDENTITY CASCADE`);
          continue;
        }
        if (value.end === true) {
          const expected = value.counts as Record<string, number>;
          for (const [table, n] of Object.entries(expected ?? {}))
            if ((counts[table] ?? 0) !== n) throw new BackupError(`table "${table}": the backup promised ${n} rows but held ${counts[table] ?? 0}`);
          ended = true;
          continue;
        }
        const table = value.table as string;
        const cols = columns.get(table);
        if (!cols || !Array.isArray(value.rows)) throw new BackupError(`line ${lineNo} names an unknown table or holds no rows: the file is damaged`);
        const list = cols.map(q).join(", ");
        await exec(`INSERT INTO ${q(table)} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${q(table)}, $1::json)`, [JSON.stringify(value.rows)]);
        counts[table] = (counts[table] ?? 0) + value.rows.length;
        opts.onRows?.(table, counts[table]);
      }
      if (!header) throw new BackupError("the backup file is empty");
      if (!ended) throw new BackupError("the backup file ends early (no end marker): it was cut short");
      await resetSequences(exec);
    });
  } catch (e) {
    if (e instanceof BackupError) throw e;
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("Z_")) throw new BackupError(`the backup file is damaged (${(e as Error).message})`);
    throw e;
  }
  return summarize(file, counts);
}

export { BackupError };
