/**
 * The committed facts-only snapshot (data/bundle/): one gzip'd NDJSON file per table (first line: the column
 * names; then one JSON array of values per row) and a manifest with row counts and checksums. Prose columns
 * (descriptions, definitions) and prose tables (task statements) are left out; Dataset rows are recomputed
 * on load, so they always describe what was loaded.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { SourceError } from "./errors";
import { TABLES, emptyTables, type TableName, type Tables } from "./tables";
import { datasetRows } from "./build/datasets";

export const BUNDLE_DIR = path.resolve("data/bundle");
export const BUNDLE_FORMAT = 1;
const MANIFEST = "manifest.json";

type Manifest = { format: number; tables: { name: TableName; file: string; rows: number; columns: string[]; sha256: string }[] };

/** Tables that go into the bundle (all but the prose-only ones and Dataset). */
export const BUNDLED = TABLES.filter((t) => t.prose !== "table" && t.name !== "Dataset");

const sha256 = (buf: Buffer) => createHash("sha256").update(buf).digest("hex");

/** Writes the bundle for `tables` into `dir` (replacing its files). Returns the total size in bytes. */
export function writeBundle(tables: Tables, dir = BUNDLE_DIR): { bytes: number; manifest: Manifest } {
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith(".ndjson.gz") || f === MANIFEST) fs.rmSync(path.join(dir, f));
  const manifest: Manifest = { format: BUNDLE_FORMAT, tables: [] };
  let bytes = 0;
  for (const spec of BUNDLED) {
    const prose = new Set(Array.isArray(spec.prose) ? spec.prose : []);
    const rows = tables[spec.name] as readonly Record<string, unknown>[];
    const columns: string[] = [];
    for (const row of rows) for (const k of Object.keys(row)) if (!prose.has(k) && !columns.includes(k)) columns.push(k);
    const lines = [JSON.stringify(columns), ...rows.map((r) => JSON.stringify(columns.map((c) => r[c] ?? null)))];
    const gz = zlib.gzipSync(lines.join("\n") + "\n", { level: 9 });
    const file = `${spec.name}.ndjson.gz`;
    fs.writeFileSync(path.join(dir, file), gz);
    bytes += gz.length;
    manifest.tables.push({ name: spec.name, file, rows: rows.length, columns, sha256: sha256(gz) });
  }
  const text = JSON.stringify(manifest, null, 2) + "\n";
  fs.writeFileSync(path.join(dir, MANIFEST), text);
  return { bytes: bytes + text.length, manifest };
}

/** Reads and checks a bundle: every file present, checksums and row counts as the manifest says. */
export function readBundle(dir = BUNDLE_DIR): Tables {
  const manifestFile = path.join(dir, MANIFEST);
  if (!fs.existsSync(manifestFile)) throw new SourceError("bundle manifest not found (run npm run data:bundle)", { file: manifestFile });
  let manifest: Manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as Manifest;
  } catch (e) {
    throw new SourceError(`not valid JSON (${(e as Error).message})`, { file: manifestFile });
  }
  if (manifest.format !== BUNDLE_FORMAT) throw new SourceError(`bundle format ${manifest.format}, expected ${BUNDLE_FORMAT}`, { file: manifestFile });
  const tables = emptyTables();
  for (const entry of manifest.tables) {
    const file = path.join(dir, entry.file);
    if (!fs.existsSync(file)) throw new SourceError("file not found", { file });
    const gz = fs.readFileSync(file);
    if (sha256(gz) !== entry.sha256) throw new SourceError("checksum does not match the manifest (file changed or damaged)", { file });
    const lines = zlib.gunzipSync(gz).toString("utf8").split("\n");
    const columns = JSON.parse(lines[0]) as string[];
    const rows: Record<string, unknown>[] = [];
    for (let i = 1; i < lines.length; i++) {
      if (!lines[i]) continue;
      const values = JSON.parse(lines[i]) as unknown[];
      const row: Record<string, unknown> = {};
      columns.forEach((c, k) => {
        if (values[k] !== null) row[c] = values[k];
      });
      rows.push(row);
    }
    if (rows.length !== entry.rows) throw new SourceError(`${rows.length} rows, the manifest says ${entry.rows}`, { file });
    (tables as Record<TableName, unknown[]>)[entry.name] = rows;
  }
  tables.Dataset = datasetRows(tables, "bundle");
  return tables;
}
