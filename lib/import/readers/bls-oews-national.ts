/**
 * BLS OEWS national estimates, May 2021 … May 2025 (`bls-oews/national_M20YY_dl.xlsx`, first sheet).
 *
 * Output: one WageStat row per published occupation code and year, at every O_GROUP level (total 00-0000,
 * major, minor, broad, detailed), keyed by OCC_CODE exactly as published (OEWS aggregates such as 13-1020 and
 * 29-2010 included). areaType NATIONAL, areaCode "US", areaName = AREA_TITLE ("U.S."), source "BLS OEWS",
 * year = the May reference year from the file name.
 *
 * Fields: employment (TOT_EMP), employmentRse (EMP_PRSE), meanRse (MEAN_PRSE), jobsPer1000 / locationQuotient
 * (empty in the national file, so NULL without a flag), annual and hourly mean and 10/25/50/75/90 percentiles,
 * annualOnly (ANNUAL=TRUE) and hourlyOnly (HOURLY=TRUE).
 *
 * Special values: `*` and `**` → NULL + field named in `suppressed`; `#` (≥ $115.00/h or ≥ $239,200/yr,
 * 2021–2024 only) → NULL + field named in `topCoded`. Hourly figures of an annual-only occupation are `*`, so
 * they are listed in `suppressed` and the row has annualOnly = true.
 *
 * Every national_M<year>_dl.xlsx in the folder is read, so a new release needs no code change.
 */
import fs from "node:fs";
import path from "node:path";
import { readSheet } from "@/lib/import/files";
import { SourceError } from "@/lib/import/errors";
import { SOURCES, cleanText } from "./bls-common";
import { oewsSheetToWageStats, type WageStatRow } from "./bls-oews-common";

const FILE = /^national_M(\d{4})_dl\.xlsx$/;

/** The national workbooks in `<dataDir>/bls-oews`, oldest first. */
export function oewsNationalFiles(dataDir: string): { year: number; file: string }[] {
  const dir = path.join(dataDir, "bls-oews");
  if (!fs.existsSync(dir)) throw new SourceError("folder not found", { file: dir });
  const files = fs
    .readdirSync(dir)
    .map((name) => ({ name, m: FILE.exec(name) }))
    .filter((f) => f.m)
    .map((f) => ({ year: Number(f.m![1]), file: path.join(dir, f.name) }))
    .sort((a, b) => a.year - b.year);
  if (files.length === 0) throw new SourceError("no national_M<year>_dl.xlsx workbook found", { file: dir });
  return files;
}

/** Reads one national workbook (any year). */
export async function readOewsNationalFile(file: string, year: number): Promise<WageStatRow[]> {
  const { name, rows } = await readSheet(file, 0);
  return oewsSheetToWageStats(rows, { file, sheet: name }, {
    year,
    source: SOURCES.oews,
    extraColumns: ["AREA_TITLE"],
    area: (row, col) => ({ areaType: "NATIONAL", areaCode: "US", areaName: cleanText(row[col.AREA_TITLE]) || "U.S." }),
  });
}

/** Reads every national workbook (May 2021–2025 in the shared data): about 1,400 rows per year. */
export async function readOewsNational(dataDir: string): Promise<WageStatRow[]> {
  const out: WageStatRow[] = [];
  for (const { year, file } of oewsNationalFiles(dataDir)) out.push(...(await readOewsNationalFile(file, year)));
  return out;
}
