/**
 * Shared helpers for the BLS readers (OEWS, Employment Projections, CPS).
 *
 * The readers are strict about structure (a required column that is missing is an error naming the file, sheet
 * and row) and tolerant about how a value is written: numbers may arrive as numbers or as text with thousands
 * separators, a leading BOM, surrounding blanks, or wrapped in an Excel formula such as `="13-2011"`.
 *
 * BLS special values never become numbers: they are classified here and the readers store NULL and name the
 * field in the row's `suppressed` or `topCoded` list (see prisma/schema.prisma).
 */
import type { Cell } from "@/lib/import/files";
import { SourceError } from "@/lib/import/errors";

/** Where a value was read, for error messages. `row` is 1-based as a spreadsheet shows it. */
export type Where = { file: string; sheet?: string; row?: number };

/** Values BLS publishes instead of a figure when it is not available. */
const NOT_AVAILABLE = new Set([
  "*", // wage not available
  "**", // employment not available
  "–", // en dash (CPS: base under 50,000)
  "—", // em dash, same meaning where a file was re-saved
  "-", // plain hyphen, same meaning
  "N/A",
  "n/a",
]);

/** Values BLS publishes for a figure at or above the top-code ($115.00/h or $239,200/yr in OEWS). */
const TOP_CODED = /^(#|>=\s*[\d,]+(\.\d+)?)$/;

/** The outcome of reading one published figure. */
export type Figure =
  | { kind: "value"; value: number }
  | { kind: "empty" } // no cell at all: the column is not published for this row (not a suppression)
  | { kind: "suppressed"; marker: string } // "*", "**", "–", "N/A": not available
  | { kind: "topCoded"; marker: string } // "#" or ">=239,200": at or above the top-code
  | { kind: "belowThreshold"; marker: string }; // "~": under 0.5% (OEWS PCT_RPT)

/** Strips a BOM, blanks, and an Excel text formula wrapper (`="13-2011"` → `13-2011`). */
export function cleanText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  let s = String(cell);
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  s = s.trim();
  const formula = /^="(.*)"$/.exec(s);
  if (formula) s = formula[1].trim();
  else if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) s = s.slice(1, -1).trim();
  return s;
}

/**
 * Classifies one published figure. Accepts numbers and numeric text ("53,400", " 1,579.8 ", "-3.2", "$1,200").
 * Anything else that is not a known BLS marker is malformed input and throws a SourceError.
 */
export function readFigure(cell: Cell | undefined, where: Where, column: string): Figure {
  if (cell === null || cell === undefined) return { kind: "empty" };
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new SourceError(`column ${column}: not a finite number`, where);
    return { kind: "value", value: cell };
  }
  if (typeof cell === "boolean") throw new SourceError(`column ${column}: expected a number, found ${cell}`, where);
  const s = cleanText(cell);
  if (s === "") return { kind: "empty" };
  if (NOT_AVAILABLE.has(s)) return { kind: "suppressed", marker: s };
  if (TOP_CODED.test(s)) return { kind: "topCoded", marker: s };
  if (s === "~") return { kind: "belowThreshold", marker: s };
  const numeric = s.replace(/^\$/, "").replace(/,/g, "");
  if (/^-?(\d+(\.\d*)?|\.\d+)$/.test(numeric)) return { kind: "value", value: Number(numeric) };
  throw new SourceError(`column ${column}: cannot read ${JSON.stringify(s)} as a number`, where);
}

/** A BLS occupation code, validated: "15-1232", also accepted as `="15-1232"` or with blanks. */
export function readSocCode(cell: Cell | undefined, where: Where, column: string): string {
  const s = cleanText(cell);
  if (!/^\d{2}-\d{4}$/.test(s)) throw new SourceError(`column ${column}: ${JSON.stringify(s)} is not an occupation code (NN-NNNN)`, where);
  return s;
}

/** True for a detailed SOC code (last digit not 0), e.g. 15-1232; false for 15-1230, 15-1200, 15-0000, 00-0000. */
export function isDetailedSoc(code: string): boolean {
  return /^\d{2}-\d{3}[1-9]$/.test(code);
}

export type OccupationLevel = "total" | "major" | "minor" | "broad" | "detailed";

/**
 * Infers the OEWS O_GROUP of each code for files that have no O_GROUP column, from the codes the file publishes:
 * 00-0000 total, NN-0000 major, NN-NN00 minor, NN-NNN0 broad, anything else detailed, except that a broad code
 * with no published detailed code under it (13-1020, 29-2010, 31-1120, …) is an OEWS detailed occupation, as in
 * the national file where such codes are published at both levels.
 */
export function inferOccupationLevels(codes: Iterable<string>): (code: string) => OccupationLevel {
  const broadWithChildren = new Set<string>();
  for (const code of codes) if (isDetailedSoc(code)) broadWithChildren.add(code.slice(0, 6) + "0");
  return (code) => {
    if (code === "00-0000") return "total";
    if (code.endsWith("0000")) return "major";
    if (code.endsWith("00")) return "minor";
    if (code.endsWith("0")) return broadWithChildren.has(code) ? "broad" : "detailed";
    return "detailed";
  };
}

/** A header cell compared loosely: case, BOM, line breaks and repeated blanks do not matter. */
export function headerKey(cell: Cell | undefined): string {
  return cleanText(cell).replace(/\s+/g, " ").toLowerCase();
}

/**
 * Finds required columns by header name. Returns name → 0-based index. Throws a SourceError naming the file,
 * sheet and header row if a required column is missing (or appears twice). `optional` columns map to -1 when absent.
 */
export function columnIndex<R extends string, O extends string = never>(
  header: (Cell | undefined)[],
  required: readonly R[],
  where: Where,
  optional: readonly O[] = [],
): Record<R | O, number> {
  const positions = new Map<string, number[]>();
  header.forEach((cell, i) => {
    const key = headerKey(cell);
    if (key) positions.set(key, [...(positions.get(key) ?? []), i]);
  });
  const out = {} as Record<R | O, number>;
  const missing: string[] = [];
  for (const name of [...required, ...optional]) {
    const found = positions.get(headerKey(name));
    if (found && found.length > 1) throw new SourceError(`column ${name} appears ${found.length} times in the header`, where);
    if (found) out[name] = found[0];
    else if ((required as readonly string[]).includes(name)) missing.push(name);
    else out[name] = -1;
  }
  if (missing.length) throw new SourceError(`required column${missing.length > 1 ? "s" : ""} missing: ${missing.join(", ")}`, where);
  return out;
}

/** Finds the first row (0-based index) whose cells include all the given header names, within the first `limit` rows. */
export function findHeaderRow(rows: Cell[][], names: readonly string[], where: Where, limit = 30): number {
  const wanted = names.map(headerKey);
  for (let i = 0; i < Math.min(rows.length, limit); i++) {
    const keys = new Set((rows[i] ?? []).map(headerKey));
    if (wanted.every((w) => keys.has(w))) return i;
  }
  throw new SourceError(`no header row with the columns ${names.join(", ")} in the first ${limit} rows`, where);
}

/**
 * Collects figures into a row: `set(field, cell)` stores the number (rounded when `int`) or NULL, and names the
 * field in `suppressed` / `topCoded` / `belowThreshold` when BLS published a marker instead of a number.
 * An empty cell (column not published for this row) is NULL without a flag.
 */
export class FigureRow {
  readonly values: Record<string, number | null> = {};
  readonly suppressed: string[] = [];
  readonly topCoded: string[] = [];
  readonly belowThreshold: string[] = [];

  constructor(private readonly where: Where) {}

  set(field: string, cell: Cell | undefined, column: string, opts: { int?: boolean; scale?: number } = {}): void {
    const f = readFigure(cell, this.where, column);
    switch (f.kind) {
      case "value": {
        const v = f.value * (opts.scale ?? 1);
        this.values[field] = opts.int ? Math.round(v) : roundFloat(v);
        return;
      }
      case "empty":
        this.values[field] = null;
        return;
      case "suppressed":
        this.values[field] = null;
        this.suppressed.push(field);
        return;
      case "topCoded":
        this.values[field] = null;
        this.topCoded.push(field);
        return;
      case "belowThreshold":
        this.values[field] = null;
        this.belowThreshold.push(field);
        return;
    }
  }

  /** Marks a field that the source left out (e.g. a missing JSON key meaning "not published"). */
  suppress(field: string): void {
    this.values[field] = null;
    this.suppressed.push(field);
  }
}

/** Removes binary floating-point noise from scaled values (1579.8 * 1000 → 1579800, 0.1 + 0.2 → 0.3). */
function roundFloat(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** Reads Excel/CSV booleans as BLS writes them ("TRUE", TRUE, "" / empty). */
export function readFlag(cell: Cell | undefined, where: Where, column: string): boolean {
  if (cell === true) return true;
  if (cell === false || cell === null || cell === undefined) return false;
  const s = cleanText(cell).toUpperCase();
  if (s === "TRUE" || s === "Y" || s === "YES" || s === "1") return true;
  if (s === "" || s === "FALSE" || s === "N" || s === "NO" || s === "0") return false;
  throw new SourceError(`column ${column}: cannot read ${JSON.stringify(s)} as TRUE/FALSE`, where);
}

/** State and DC FIPS codes by the name OEWS uses in AREA_TITLE (50 states + DC; territories are not included). */
export const STATE_FIPS: Readonly<Record<string, string>> = {
  Alabama: "01", Alaska: "02", Arizona: "04", Arkansas: "05", California: "06", Colorado: "08", Connecticut: "09",
  Delaware: "10", "District of Columbia": "11", Florida: "12", Georgia: "13", Hawaii: "15", Idaho: "16",
  Illinois: "17", Indiana: "18", Iowa: "19", Kansas: "20", Kentucky: "21", Louisiana: "22", Maine: "23",
  Maryland: "24", Massachusetts: "25", Michigan: "26", Minnesota: "27", Mississippi: "28", Missouri: "29",
  Montana: "30", Nebraska: "31", Nevada: "32", "New Hampshire": "33", "New Jersey": "34", "New Mexico": "35",
  "New York": "36", "North Carolina": "37", "North Dakota": "38", Ohio: "39", Oklahoma: "40", Oregon: "41",
  Pennsylvania: "42", "Rhode Island": "44", "South Carolina": "45", "South Dakota": "46", Tennessee: "47",
  Texas: "48", Utah: "49", Vermont: "50", Virginia: "51", Washington: "53", "West Virginia": "54",
  Wisconsin: "55", Wyoming: "56",
};

/** OEWS areas outside the 50 states + DC (present in the 2023 state file, left out by the state readers). */
export const TERRITORIES: Readonly<Record<string, string>> = { Guam: "66", "Puerto Rico": "72", "Virgin Islands": "78" };

/** Source labels written to the rows' `source` column. */
export const SOURCES = {
  oews: "BLS OEWS",
  oewsState2023Reduced: "BLS OEWS May 2023 (state, reduced)",
  projections: "BLS Employment Projections",
  educationAttainment: "BLS Employment Projections, Table 5.3 (ACS)",
  cpsRaceSex: "BLS CPS Table 11",
  cpsAge: "BLS CPS Table 11b",
} as const;
