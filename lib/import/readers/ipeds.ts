/**
 * IPEDS (ipeds/): completions by institution × 6-digit CIP × award level (cYYYY_a.parquet, first majors) and
 * the institution directory (hdYYYY.csv; 2022 is Windows-1252, later years UTF-8 with a BOM).
 */
import fs from "node:fs";
import path from "node:path";
import { SourceError } from "@/lib/import/errors";
import { readParquet } from "@/lib/import/files";
import { numberOrNull, readFlatTable, requiredNumber, requiredText, text } from "./flat-table";
import { cipCode } from "./cip-soc";

export type CompletionRecord = { unitId: number; cipCode: string; awardLevel: number; total: number };
export type DirectoryRecord = { unitId: number; name: string; city: string | null; state: string | null; control: number | null; website: string | null };

/** The completion years present (cYYYY_a.parquet), oldest first. */
export function ipedsYears(dataDir: string): number[] {
  const dir = path.join(dataDir, "ipeds");
  if (!fs.existsSync(dir)) throw new SourceError("folder not found", { file: dir });
  const years = fs
    .readdirSync(dir)
    .map((n) => /^c(\d{4})_a\.parquet$/.exec(n)?.[1])
    .filter((y): y is string => Boolean(y))
    .map(Number)
    .sort();
  if (years.length === 0) throw new SourceError("no cYYYY_a.parquet completions file found", { file: dir });
  return years;
}

const int = (v: unknown) => (typeof v === "bigint" ? Number(v) : typeof v === "number" ? v : NaN);

/** Completions at the 6-digit CIP level (the `99` grand-total rows are left out). */
export async function readCompletions(dataDir: string, year: number): Promise<CompletionRecord[]> {
  const file = path.join(dataDir, "ipeds", `c${year}_a.parquet`);
  const rows = await readParquet(file);
  const out: CompletionRecord[] = [];
  rows.forEach((r, i) => {
    if (r.IS_CIP_6DIGIT === false) return;
    const where = { file, row: i + 1 };
    const unitId = int(r.UNITID);
    const awardLevel = int(r.AWLEVEL);
    const total = int(r.CTOTALT);
    if (!Number.isInteger(unitId) || !Number.isInteger(awardLevel) || !Number.isInteger(total) || total < 0)
      throw new SourceError(`UNITID, AWLEVEL and CTOTALT must be whole numbers (got ${r.UNITID}, ${r.AWLEVEL}, ${r.CTOTALT})`, where);
    out.push({ unitId, cipCode: cipCode(r.CIPCODE as string, where, "CIPCODE"), awardLevel, total });
  });
  if (out.length === 0) throw new SourceError("no 6-digit CIP rows", { file });
  return out;
}

function encodingOf(file: string): string {
  const bytes = fs.readFileSync(file);
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/** The directory of one year, by UNITID. IPEDS codes -1/-2/-3 (not reported / applicable / available) → null. */
export async function readDirectory(dataDir: string, year: number): Promise<Map<number, DirectoryRecord>> {
  const file = path.join(dataDir, "ipeds", `hd${year}.csv`);
  if (!fs.existsSync(file)) throw new SourceError("file not found", { file });
  const t = await readFlatTable(file, ["UNITID", "INSTNM", "CITY", "STABBR", "CONTROL", "WEBADDR"], { encoding: encodingOf(file) });
  const out = new Map<number, DirectoryRecord>();
  const orNull = (s: string) => (s === "" || /^-[123]$/.test(s) ? null : s);
  for (const { cells, row } of t.records) {
    const where = t.where(row);
    const unitId = requiredNumber(cells[t.col.UNITID], where, "UNITID");
    const control = numberOrNull(cells[t.col.CONTROL], where, "CONTROL");
    out.set(unitId, {
      unitId,
      name: requiredText(cells[t.col.INSTNM], where, "INSTNM"),
      city: orNull(text(cells[t.col.CITY])),
      state: orNull(text(cells[t.col.STABBR])),
      control: control !== null && control > 0 ? control : null,
      website: orNull(text(cells[t.col.WEBADDR])),
    });
  }
  return out;
}
