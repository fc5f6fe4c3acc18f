/**
 * The OEWS "_dl" workbook layout shared by the national and the industry (sector) files: one row per
 * area × industry × occupation with the 32 official columns (AREA … HOURLY). Used by bls-oews-national.ts and
 * bls-oews-industry.ts.
 */
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Cell } from "@/lib/import/files";
import { SourceError } from "@/lib/import/errors";
import { FigureRow, columnIndex, readFlag, readSocCode, cleanText, type Where } from "./bls-common";

export type WageStatRow = Prisma.WageStatCreateManyInput;

/** OEWS column → WageStat field. `int` fields are stored as Int (persons, whole dollars). */
const FIGURES = [
  ["TOT_EMP", "employment", true],
  ["EMP_PRSE", "employmentRse", false],
  ["JOBS_1000", "jobsPer1000", false],
  ["LOC_QUOTIENT", "locationQuotient", false],
  ["PCT_TOTAL", "industryEmploymentPct", false],
  ["PCT_RPT", "establishmentsReportingPct", false],
  ["H_MEAN", "hourlyMean", false],
  ["A_MEAN", "annualMean", true],
  ["MEAN_PRSE", "meanRse", false],
  ["H_PCT10", "hourlyP10", false],
  ["H_PCT25", "hourlyP25", false],
  ["H_MEDIAN", "hourlyMedian", false],
  ["H_PCT75", "hourlyP75", false],
  ["H_PCT90", "hourlyP90", false],
  ["A_PCT10", "annualP10", true],
  ["A_PCT25", "annualP25", true],
  ["A_MEDIAN", "annualMedian", true],
  ["A_PCT75", "annualP75", true],
  ["A_PCT90", "annualP90", true],
] as const;

/** Columns every OEWS _dl sheet must have. JOBS_1000, LOC_QUOTIENT, PCT_TOTAL and PCT_RPT may be absent. */
const REQUIRED = [
  "OCC_CODE",
  "O_GROUP",
  "TOT_EMP",
  "EMP_PRSE",
  "H_MEAN",
  "A_MEAN",
  "MEAN_PRSE",
  "H_PCT10",
  "H_PCT25",
  "H_MEDIAN",
  "H_PCT75",
  "H_PCT90",
  "A_PCT10",
  "A_PCT25",
  "A_MEDIAN",
  "A_PCT75",
  "A_PCT90",
  "ANNUAL",
  "HOURLY",
] as const;
const OPTIONAL = ["JOBS_1000", "LOC_QUOTIENT", "PCT_TOTAL", "PCT_RPT"] as const;

export const O_GROUPS = ["total", "major", "minor", "broad", "detailed"] as const;
export type OGroup = (typeof O_GROUPS)[number];

export type OewsArea = Pick<WageStatRow, "areaType" | "areaCode" | "areaName">;

/**
 * Turns the rows of an OEWS _dl sheet (header in the first row) into WageStat rows.
 * `area(row, col)` gives the area of each row (fixed for the national file, per NAICS sector for the industry
 * file). Blank rows are skipped; a repeated (occupation, area) pair is an error.
 */
export function oewsSheetToWageStats(
  rows: Cell[][],
  where: Omit<Where, "row">,
  opts: {
    year: number;
    source: string;
    extraColumns?: readonly string[];
    area: (row: Cell[], col: Record<string, number>, at: Where) => OewsArea;
    keep?: (group: OGroup) => boolean;
  },
): WageStatRow[] {
  if (rows.length === 0) throw new SourceError("sheet is empty", where);
  const col: Record<string, number> = columnIndex(rows[0], [...REQUIRED, ...(opts.extraColumns ?? [])], { ...where, row: 1 }, OPTIONAL);
  const out: WageStatRow[] = [];
  const seen = new Map<string, { index: number; figures: object }>();
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    if (!row || row.every((c) => c === null || c === undefined || cleanText(c) === "")) continue;
    const at: Where = { ...where, row: i + 1 };
    const socCode = readSocCode(row[col.OCC_CODE], at, "OCC_CODE");
    const group = cleanText(row[col.O_GROUP]).toLowerCase() as OGroup;
    if (!O_GROUPS.includes(group)) throw new SourceError(`column O_GROUP: unknown level ${JSON.stringify(row[col.O_GROUP])}`, at);
    if (opts.keep && !opts.keep(group)) continue;
    const area = opts.area(row, col, at);

    const fig = new FigureRow(at);
    for (const [column, field, int] of FIGURES) {
      const c = col[column];
      fig.set(field, c >= 0 ? row[c] : null, column, { int });
    }
    const figures = {
      ...(fig.values as Partial<WageStatRow>),
      annualOnly: readFlag(row[col.ANNUAL], at, "ANNUAL"),
      hourlyOnly: readFlag(row[col.HOURLY], at, "HOURLY"),
      topCoded: fig.topCoded,
      suppressed: fig.suppressed,
      belowThreshold: fig.belowThreshold,
    };

    // OEWS lists a broad group that has no detailed breakdown (13-1020, 29-2010, 31-1120, …) twice, as
    // O_GROUP "broad" and "detailed", with the same figures. Keep one row, at level "detailed".
    const key = `${socCode}|${area.areaCode}`;
    const earlier = seen.get(key);
    if (earlier) {
      const levels = [out[earlier.index].level, group].sort().join("+");
      if (JSON.stringify(earlier.figures) !== JSON.stringify(figures) || levels !== "broad+detailed")
        throw new SourceError(`occupation ${socCode} appears twice for area ${area.areaCode} with different figures or levels`, at);
      out[earlier.index].level = "detailed";
      continue;
    }
    seen.set(key, { index: out.length, figures });
    out.push({ socCode, level: group, ...area, year: opts.year, source: opts.source, ...figures });
  }
  return out;
}
