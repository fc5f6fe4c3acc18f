/**
 * Educational attainment of workers aged 25 and over, by occupation: BLS Employment Projections Table 5.3
 * (sheet "Table 5.3" of `bls-ep/occupation_2022-32_workbook.xlsx`).
 *
 * The sheet has one set of shares per occupation, pooled from the 2019 and 2021 American Community Survey (the
 * title says "2019 and 2021"). Rows are stored with year = the latest year named in the sheet title (2021) and
 * source "BLS Employment Projections, Table 5.3 (ACS)".
 *
 * Output: seven EducationShare rows per NEM code (including 00-0000 "Total, all occupations" and NEM aggregates):
 *   level 1 Less than high school diploma, 2 High school diploma or equivalent, 3 Some college, no degree,
 *   4 Associate's degree, 5 Bachelor's degree, 6 Master's degree, 7 Doctoral or professional degree;
 * label = the column header as published; percent = the share (0–100, one decimal). A title carrying footnote
 * "(1)" ("not an exact match with ACS": BLS used the shares of a broader ACS category) sets `approximate`.
 * A non-numeric share is stored as NULL and listed nowhere (the sheet has none).
 */
import path from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readSheet } from "@/lib/import/files";
import { SourceError } from "@/lib/import/errors";
import { FigureRow, SOURCES, cleanText, columnIndex, findHeaderRow, readSocCode, type Where } from "./bls-common";

export type EducationShareRow = Prisma.EducationShareCreateManyInput;

/** The levels in order, as the Table 5.3 headers name them. */
export const EDUCATION_LEVELS = [
  "Less than high school diploma",
  "High school diploma or equivalent",
  "Some college, no degree",
  "Associate's degree",
  "Bachelor's degree",
  "Master's degree",
  "Doctoral or professional degree",
] as const;

const SHEET = "Table 5.3";

export async function readEducationAttainment(dataDir: string): Promise<EducationShareRow[]> {
  const file = path.join(dataDir, "bls-ep", "occupation_2022-32_workbook.xlsx");
  const { name: sheet, rows } = await readSheet(file, SHEET);
  const where = { file, sheet };

  // Title: "Table 5.3 Educational attainment for workers 25 years and older by detailed occupation, 2019 and 2021"
  const title = rows.slice(0, 5).map((r) => cleanText(r?.[0])).find((t) => /educational attainment/i.test(t));
  if (!title) throw new SourceError("title row (Educational attainment …) not found", where);
  const years = [...title.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  if (years.length === 0) throw new SourceError(`no year in the title ${JSON.stringify(title)}`, where);
  const year = Math.max(...years);

  const h = findHeaderRow(rows, EDUCATION_LEVELS, where);
  const header = rows[h];
  const codeCol = header.findIndex((c) => /matrix code$/i.test(cleanText(c)));
  const titleCol = header.findIndex((c) => /matrix title$/i.test(cleanText(c)));
  if (codeCol < 0 || titleCol < 0) throw new SourceError("required column missing: National Employment Matrix code/title", { ...where, row: h + 1 });
  const col = columnIndex(header, EDUCATION_LEVELS, { ...where, row: h + 1 });

  const out: EducationShareRow[] = [];
  const seen = new Set<string>();
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i] ?? [];
    const code = cleanText(row[codeCol]);
    const name = cleanText(row[titleCol]);
    if (!code) {
      if (!name || /^(footnotes?:|\(\d+\)|data source|table source|note)/i.test(name)) continue; // blank or notes
      throw new SourceError(`row ${JSON.stringify(name)} has no occupation code`, { ...where, row: i + 1 });
    }
    const at: Where = { ...where, row: i + 1 };
    const socCode = readSocCode(code, at, "National Employment Matrix code");
    if (seen.has(socCode)) throw new SourceError(`occupation ${socCode} appears twice`, at);
    seen.add(socCode);
    const approximate = /\(1\)\s*$/.test(name);
    const fig = new FigureRow(at);
    EDUCATION_LEVELS.forEach((label, k) => {
      fig.set(label, row[col[label]], label);
      out.push({
        socCode,
        year,
        source: SOURCES.educationAttainment,
        level: k + 1,
        label,
        percent: fig.values[label],
        approximate,
      });
    });
  }
  return out;
}
