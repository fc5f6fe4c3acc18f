/**
 * BLS OEWS state estimates.
 *
 * 1. May 2025 (`bls-oews-state/M2025_states/NN.json`, one file per state + DC named by FIPS): one WageStat row per
 *    state × detailed occupation (the files keep O_GROUP = detailed only; level "detailed"). areaType STATE,
 *    areaCode = 2-digit FIPS ("06"), areaName = the file's `name`, source "BLS OEWS", year 2025.
 *    Fields: employment (emp), jobsPer1000 (j1k), locationQuotient (lq), annualMean (avg), annualMedian (med),
 *    annualP10/P25/P75/P90 (p10…p90), hourlyMean (havg), hourlyMedian (hmed).
 *    A key that is left out means BLS published `*`, `**` or `#` there; May 2025 has no top-coding, so each
 *    missing key is stored as NULL and named in `suppressed`.
 *    Not in these files, so NULL and NOT listed in `suppressed`: hourly percentiles (hourlyP10/P25/P75/P90),
 *    employmentRse, meanRse. The files have no ANNUAL/HOURLY flags either: annualOnly/hourlyOnly stay false here;
 *    take them from the national row of the same occupation and year.
 *
 * 2. May 2023, reduced (`bls-oews/state_M2023_dl_reduced.csv`: AREA_TITLE;OCC_CODE;OCC_TITLE;H_MEAN;A_MEAN,
 *    semicolon, BOM, "53,400"): used only where 2025 lacks a value. A 2023 row (year 2023, source
 *    "BLS OEWS May 2023 (state, reduced)", only annualMean/hourlyMean filled) is produced for a (state,
 *    occupation code) pair when 2025 has no mean wage for it (no 2025 row, or a 2025 row with neither annualMean
 *    nor hourlyMean) and 2023 has at least one mean (a number, or `#` → topCoded). All O_GROUP levels of the
 *    2023 file qualify; since the 2025 files have detailed codes only, this brings in the 2023 state totals
 *    (00-0000) and major/minor/broad means as well. Level inferred from the codes (see inferOccupationLevels).
 *    Guam, Puerto Rico and the Virgin Islands are left out (the state features cover the 50 states + DC).
 */
import fs from "node:fs";
import path from "node:path";
import type { Cell } from "@/lib/import/files";
import { readCsv, requireFile } from "@/lib/import/files";
import { SourceError } from "@/lib/import/errors";
import {
  FigureRow,
  SOURCES,
  STATE_FIPS,
  TERRITORIES,
  cleanText,
  columnIndex,
  inferOccupationLevels,
  readSocCode,
  type Where,
} from "./bls-common";
import type { WageStatRow } from "./bls-oews-common";

/** JSON key → WageStat field (int = whole number). */
const KEYS = [
  ["emp", "employment", true],
  ["j1k", "jobsPer1000", false],
  ["lq", "locationQuotient", false],
  ["avg", "annualMean", true],
  ["med", "annualMedian", true],
  ["p10", "annualP10", true],
  ["p25", "annualP25", true],
  ["p75", "annualP75", true],
  ["p90", "annualP90", true],
  ["havg", "hourlyMean", false],
  ["hmed", "hourlyMedian", false],
] as const;

const FIPS_NAME = new Map(Object.entries(STATE_FIPS).map(([name, fips]) => [fips, name]));
const TERRITORY_FIPS = new Set(Object.values(TERRITORIES));

/** Reads the May 2025 state files: 51 areas (50 states + DC), about 35,200 rows. */
export async function readOewsState2025(dataDir: string): Promise<WageStatRow[]> {
  const dir = path.join(dataDir, "bls-oews-state", "M2025_states");
  if (!fs.existsSync(dir)) throw new SourceError("folder not found", { file: dir });
  const names = fs.readdirSync(dir).filter((n) => /^\d{2}\.json$/.test(n)).sort();
  if (names.length === 0) throw new SourceError("no NN.json state files found", { file: dir });
  const year = Number(/M(\d{4})_states$/.exec(dir)![1]);
  const out: WageStatRow[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const fips = name.slice(0, 2);
    if (TERRITORY_FIPS.has(fips)) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
    } catch (e) {
      throw new SourceError(`not valid JSON (${(e as Error).message})`, { file });
    }
    const d = doc as { fips?: unknown; name?: unknown; occupations?: unknown };
    if (typeof d !== "object" || d === null || typeof d.occupations !== "object" || d.occupations === null)
      throw new SourceError("expected an object with an `occupations` map", { file });
    if (cleanText(d.fips as Cell) !== fips) throw new SourceError(`"fips" is ${JSON.stringify(d.fips)}, the file name says ${fips}`, { file });
    const areaName = cleanText(d.name as Cell);
    if (FIPS_NAME.get(fips) !== areaName)
      throw new SourceError(`"name" ${JSON.stringify(d.name)} is not the state with FIPS ${fips} (${FIPS_NAME.get(fips) ?? "unknown FIPS"})`, { file });

    const seenKeys = new Set<string>();
    let n = 0;
    for (const [code, rec] of Object.entries(d.occupations as Record<string, unknown>)) {
      n++;
      const at: Where = { file, row: n }; // row = position of the occupation in the file's map (1-based)
      const socCode = readSocCode(code, at, "occupation key");
      if (typeof rec !== "object" || rec === null) throw new SourceError(`occupation ${socCode}: expected an object`, at);
      const r = rec as Record<string, Cell>;
      const fig = new FigureRow(at);
      for (const [key, field, int] of KEYS) {
        if (key in r && r[key] !== null) {
          seenKeys.add(key);
          fig.set(field, r[key], key, { int });
        } else fig.suppress(field);
      }
      out.push({
        socCode,
        level: "detailed",
        areaType: "STATE",
        areaCode: fips,
        areaName,
        year,
        source: SOURCES.oews,
        ...(fig.values as Partial<WageStatRow>),
        topCoded: fig.topCoded,
        suppressed: fig.suppressed,
        belowThreshold: fig.belowThreshold,
      });
    }
    const never = KEYS.map(([k]) => k).filter((k) => !seenKeys.has(k));
    if (n > 0 && never.length) throw new SourceError(`key${never.length > 1 ? "s" : ""} ${never.join(", ")} never present: has the format changed?`, { file });
  }
  return out;
}

/**
 * Reads the reduced May 2023 state CSV and keeps the rows that fill a gap in `rows2025` (see the module comment).
 */
export function readOewsState2023Fill(dataDir: string, rows2025: readonly WageStatRow[]): WageStatRow[] {
  const file = requireFile(path.join(dataDir, "bls-oews", "state_M2023_dl_reduced.csv"));
  const rows = readCsv(file, { delimiter: ";" });
  if (rows.length === 0) throw new SourceError("file is empty", { file });
  const col = columnIndex(rows[0], ["AREA_TITLE", "OCC_CODE", "H_MEAN", "A_MEAN"], { file, row: 1 });

  const has2025Mean = new Set<string>();
  for (const r of rows2025) if (r.annualMean != null || r.hourlyMean != null) has2025Mean.add(`${r.areaCode}|${r.socCode}`);

  type Parsed = { socCode: string; fips: string; areaName: string; fig: FigureRow };
  const parsed: Parsed[] = [];
  const seen = new Set<string>();
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    if (row.every((c) => c.trim() === "")) continue;
    const at: Where = { file, row: i + 1 };
    const areaName = cleanText(row[col.AREA_TITLE]);
    const fips = STATE_FIPS[areaName];
    if (fips === undefined) {
      if (areaName in TERRITORIES) continue;
      throw new SourceError(`column AREA_TITLE: unknown state ${JSON.stringify(areaName)}`, at);
    }
    const socCode = readSocCode(row[col.OCC_CODE], at, "OCC_CODE");
    const key = `${fips}|${socCode}`;
    if (seen.has(key)) throw new SourceError(`occupation ${socCode} appears twice for ${areaName}`, at);
    seen.add(key);
    const fig = new FigureRow(at);
    fig.set("hourlyMean", row[col.H_MEAN], "H_MEAN");
    fig.set("annualMean", row[col.A_MEAN], "A_MEAN", { int: true });
    parsed.push({ socCode, fips, areaName, fig });
  }

  const level = inferOccupationLevels(parsed.map((p) => p.socCode));
  const out: WageStatRow[] = [];
  for (const { socCode, fips, areaName, fig } of parsed) {
    if (has2025Mean.has(`${fips}|${socCode}`)) continue;
    const informative = ["annualMean", "hourlyMean"].some((f) => fig.values[f] != null || fig.topCoded.includes(f));
    if (!informative) continue;
    out.push({
      socCode,
      level: level(socCode),
      areaType: "STATE",
      areaCode: fips,
      areaName,
      year: 2023,
      source: SOURCES.oewsState2023Reduced,
      ...(fig.values as Partial<WageStatRow>),
      topCoded: fig.topCoded,
      suppressed: fig.suppressed,
      belowThreshold: [],
    });
  }
  return out;
}

/** May 2025 state rows followed by the May 2023 rows that fill their gaps. */
export async function readOewsState(dataDir: string): Promise<WageStatRow[]> {
  const rows2025 = await readOewsState2025(dataDir);
  return [...rows2025, ...readOewsState2023Fill(dataDir, rows2025)];
}
