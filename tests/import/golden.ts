/**
 * Test helpers that look figures up in the official files directly (plain cell lookups, not the importer's
 * readers), and fingerprint the imported tables.
 */
import fs from "node:fs";
import path from "node:path";
import type { Database } from "@/lib/db/connect";
import { parseCsv, readSheet, streamSheet, type Cell } from "@/lib/import/files";
import { TABLES } from "@/lib/import/tables";
import { DATA_DIR } from "./data-dir";

const sheets = new Map<string, Promise<Cell[][]>>();
function sheet(rel: string): Promise<Cell[][]> {
  const read = rel.startsWith("onet/") ? streamSheet : readSheet; // the big O*NET tables are plain: stream them
  if (!sheets.has(rel)) sheets.set(rel, read(path.join(DATA_DIR, rel)).then((s) => s.rows));
  return sheets.get(rel)!;
}

/** A row of a sheet with a header row, found by `match` on one column: header name → cell. */
export async function sheetRow(rel: string, headerRow: number, column: string, match: (c: Cell) => boolean, extra?: (r: Record<string, Cell>) => boolean) {
  const rows = await sheet(rel);
  const header = rows[headerRow].map((h) => String(h ?? "").trim());
  const at = header.indexOf(column);
  for (const r of rows.slice(headerRow + 1)) {
    if (!match(r[at])) continue;
    const rec = Object.fromEntries(header.map((h, i) => [h, r[i] ?? null]));
    if (!extra || extra(rec)) return rec;
  }
  throw new Error(`no row with ${column} matching in ${rel}`);
}

/** OEWS national workbook row for a code. */
export const nationalRow = (year: number, code: string) => sheetRow(`bls-oews/national_M${year}_dl.xlsx`, 0, "OCC_CODE", (c) => c === code);

/** All cells of a national workbook column with a given marker ("#", "*"). */
export async function nationalMarked(year: number, column: string, marker: string): Promise<string[]> {
  const rows = await sheet(`bls-oews/national_M${year}_dl.xlsx`);
  const h = rows[0].map(String);
  return rows.slice(1).filter((r) => r[h.indexOf(column)] === marker).map((r) => String(r[h.indexOf("OCC_CODE")]));
}

export function stateRecord(fips: string, code: string): Record<string, number> {
  const json = JSON.parse(fs.readFileSync(path.join(DATA_DIR, "bls-oews-state", "M2025_states", `${fips}.json`), "utf8"));
  return json.occupations[code];
}

export function projectionRow(code: string): Record<string, string> {
  const rows = parseCsv(fs.readFileSync(path.join(DATA_DIR, "bls-ep", "Employment Projections.csv"), "utf8"));
  const header = rows[0];
  const row = rows.find((r) => r[1] === `="${code}"`)!;
  return Object.fromEntries(header.map((h, i) => [h, row[i]]));
}

/**
 * md5 of every imported table's rows, by table. Rows are compared in key order (ids are deterministic: replaced
 * tables restart their identity), as text; `updatedAt`/`importedAt` timestamps and the `without` columns are left out.
 */
export async function digests(db: Database, opts: { without?: string[] } = {}): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const skip = ["updatedAt", "importedAt", ...(opts.without ?? [])];
  const cols = await db.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY ordinal_position`,
  );
  const pkey: Record<string, string> = { Occupation: "onetCode", SocGroup: "code", Institution: "unitId", Dataset: "key" };
  for (const { name } of TABLES) {
    const list = cols.filter((c) => c.table_name === name && !skip.includes(c.column_name)).map((c) => `t."${c.column_name}"`);
    const [r] = await db.query<{ d: string; n: number }>(
      `SELECT md5(coalesce(string_agg(ROW(${list.join(", ")})::text, '|' ORDER BY t."${pkey[name] ?? "id"}"), '')) AS d, count(*)::int AS n FROM "${name}" t`,
    );
    out[name] = `${r.n}:${r.d}`;
  }
  return out;
}
