/**
 * A plain table in a workbook or CSV: one header row (found by its column names, so title rows above it do not
 * matter) and one record per row below it. Used by the SOC, O*NET, crosswalk, IPEDS and company readers.
 */
import { streamSheet, readCsv, type Cell } from "@/lib/import/files";
import { SourceError } from "@/lib/import/errors";
import { cleanText, columnIndex, findHeaderRow, type Where } from "./bls-common";

export type FlatTable<K extends string> = {
  /** Data rows (blank rows dropped), each with its 1-based row number in the source. */
  records: { cells: Cell[]; row: number }[];
  col: Record<K, number>;
  file: string;
  sheet?: string;
  where(row: number): Where;
};

type Options<O extends string> = { sheet?: string | number; optional?: readonly O[]; delimiter?: string; encoding?: string };

/** Reads an .xlsx sheet (streamed) or a .csv file as a flat table with the given required columns. */
export async function readFlatTable<R extends string, O extends string = never>(
  file: string,
  required: readonly R[],
  opts: Options<O> = {},
): Promise<FlatTable<R | O>> {
  let rows: Cell[][];
  let sheet: string | undefined;
  if (/\.csv$/i.test(file)) rows = readCsv(file, { delimiter: opts.delimiter, encoding: opts.encoding });
  else ({ rows, name: sheet } = await streamSheet(file, opts.sheet ?? 0));
  const base = { file, sheet };
  const headerAt = findHeaderRow(rows, required, base);
  const col = columnIndex(rows[headerAt], required, { ...base, row: headerAt + 1 }, opts.optional ?? []);
  const records: FlatTable<R | O>["records"] = [];
  for (let i = headerAt + 1; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    if (cells.some((c) => cleanText(c) !== "")) records.push({ cells, row: i + 1 });
  }
  if (records.length === 0) throw new SourceError("no data rows below the header", { ...base, row: headerAt + 1 });
  return { records, col, file, sheet, where: (row) => ({ ...base, row }) };
}

/** Text of a cell, trimmed ("" when empty). */
export function text(cell: Cell | undefined): string {
  return cleanText(cell);
}

/** Text of a required cell: throws naming the column when it is empty. */
export function requiredText(cell: Cell | undefined, where: Where, column: string): string {
  const s = cleanText(cell);
  if (!s) throw new SourceError(`column ${column} is empty`, where);
  return s;
}

/** A number cell (numbers or numeric text); null when empty; throws on anything else. */
export function numberOrNull(cell: Cell | undefined, where: Where, column: string): number | null {
  if (typeof cell === "number") return cell;
  const s = cleanText(cell).replace(/,/g, "");
  if (s === "") return null;
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) throw new SourceError(`column ${column}: cannot read ${JSON.stringify(s)} as a number`, where);
  return Number(s);
}

/** A required number cell. */
export function requiredNumber(cell: Cell | undefined, where: Where, column: string): number {
  const n = numberOrNull(cell, where, column);
  if (n === null) throw new SourceError(`column ${column} is empty`, where);
  return n;
}

/** Y/N flags as O*NET writes them (empty = N). */
export function yesNo(cell: Cell | undefined, where: Where, column: string): boolean {
  const s = cleanText(cell).toUpperCase();
  if (s === "Y") return true;
  if (s === "N" || s === "") return false;
  throw new SourceError(`column ${column}: expected Y or N, found ${JSON.stringify(s)}`, where);
}

const ONET_CODE = /^\d{2}-\d{4}\.\d{2}$/;
const SOC_CODE = /^\d{2}-\d{4}$/;

/** An O*NET-SOC code, "15-1252.00". */
export function onetCode(cell: Cell | undefined, where: Where, column: string): string {
  const s = cleanText(cell);
  if (!ONET_CODE.test(s)) throw new SourceError(`column ${column}: ${JSON.stringify(s)} is not an O*NET-SOC code (NN-NNNN.NN)`, where);
  return s;
}

/** A SOC code, "15-1252". */
export function socCode(cell: Cell | undefined, where: Where, column: string): string {
  const s = cleanText(cell);
  if (!SOC_CODE.test(s)) throw new SourceError(`column ${column}: ${JSON.stringify(s)} is not a SOC code (NN-NNNN)`, where);
  return s;
}
