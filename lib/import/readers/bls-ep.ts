/**
 * BLS Employment Projections 2024–34 (`bls-ep/Employment Projections.csv`, the data.bls.gov export).
 *
 * Output: one Projection row per occupation (832, NEM codes: detailed SOC plus aggregates such as 13-1020).
 * socCode from `="13-2011"`; title = the text before the first "    *" (what follows is a list of example job
 * titles, returned separately by readProjectionsWithTitles); baseYear / targetYear from the "Employment YYYY"
 * headers; source "BLS Employment Projections".
 *
 * Units: employment, change and annual openings are published in thousands ("1,579.8") and stored as persons
 * (Int, rounded: 1579800); changePercent is a percent; medianWage is whole dollars (year = baseYear).
 * Special values: medianWage "N/A" → NULL + "medianWage" in `suppressed`; ">=239,200" → NULL + "medianWage" in
 * `topCoded` (display "≥ $239,200").
 * Codes and labels (stored as published, both the code and its label):
 *   educationCode 1 Doctoral or professional degree, 2 Master's, 3 Bachelor's, 4 Associate's,
 *     5 Postsecondary nondegree award, 6 Some college, no degree, 7 High school diploma or equivalent,
 *     8 No formal educational credential;
 *   experienceCode 1 5 years or more, 2 Less than 5 years, 4 None;
 *   trainingCode 1 Internship/residency, 2 Apprenticeship, 3 Long-term, 4 Moderate-term, 5 Short-term OJT, 6 None.
 * A code outside these lists, or a label that disagrees with another row's label for the same code, is an error.
 */
import path from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readCsv } from "@/lib/import/files";
import { SourceError } from "@/lib/import/errors";
import { FigureRow, SOURCES, cleanText, columnIndex, headerKey, readFigure, readSocCode, type Where } from "./bls-common";

export type ProjectionRow = Prisma.ProjectionCreateManyInput;

export const EDUCATION_CODES = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export const EXPERIENCE_CODES = [1, 2, 4] as const; // 3 is not used by BLS
export const TRAINING_CODES = [1, 2, 3, 4, 5, 6] as const;

/** Splits "Accountants and auditors    * Account Auditor* CPA" into the title and its example job titles. */
export function splitProjectionTitle(text: string): { title: string; examples: string[] } {
  const s = cleanText(text);
  const at = s.indexOf("    *");
  if (at < 0) return { title: s, examples: [] };
  return {
    title: s.slice(0, at).trim(),
    examples: s
      .slice(at + 5)
      .split("*")
      .map((t) => t.trim())
      .filter(Boolean),
  };
}

function file(dataDir: string): string {
  return path.join(dataDir, "bls-ep", "Employment Projections.csv");
}

/** Finds the one header matching `pattern` (e.g. /^employment (\d{4})$/); returns its index and match. */
function findHeader(header: string[], pattern: RegExp, label: string, where: Where): { index: number; m: RegExpExecArray }[] {
  const found = header.map((h, index) => ({ index, m: pattern.exec(headerKey(h)) })).filter((f) => f.m) as { index: number; m: RegExpExecArray }[];
  if (found.length === 0) throw new SourceError(`required column missing: ${label}`, where);
  return found;
}

/** Projections plus the example job titles of each occupation (socCode → titles), for the search index. */
export function readProjectionsWithTitles(dataDir: string): { rows: ProjectionRow[]; examples: Map<string, string[]> } {
  const f = file(dataDir);
  const rows = readCsv(f);
  if (rows.length === 0) throw new SourceError("file is empty", { file: f });
  const header = rows[0];
  const hw: Where = { file: f, row: 1 };
  const col = columnIndex(
    header,
    [
      "Occupation Title",
      "Occupation Code",
      "Typical Entry-Level Education",
      "Education Code",
      "Work Experience in a Related Occupation",
      "Workex Code",
      "Typical on-the-job Training",
      "trCode",
    ],
    hw,
  );
  const emp = findHeader(header, /^employment (\d{4})$/, "Employment <year> (two)", hw);
  if (emp.length !== 2) throw new SourceError(`expected two "Employment <year>" columns, found ${emp.length}`, hw);
  const [base, target] = emp.sort((a, b) => Number(a.m[1]) - Number(b.m[1]));
  const baseYear = Number(base.m[1]);
  const targetYear = Number(target.m[1]);
  const range = `${baseYear}-${targetYear}`;
  const one = (pattern: RegExp, label: string) => {
    const found = findHeader(header, pattern, label, hw);
    if (found.length > 1) throw new SourceError(`column ${label} appears ${found.length} times`, hw);
    return found[0].index;
  };
  const cChange = one(new RegExp(`^employment change, ${range}$`), `Employment Change, ${range}`);
  const cPct = one(new RegExp(`^employment percent change, ${range}$`), `Employment Percent Change, ${range}`);
  const cOpen = one(new RegExp(`^occupational openings, ${range} annual average$`), `Occupational Openings, ${range} Annual Average`);
  const cWage = one(new RegExp(`^median annual wage ${baseYear}$`), `Median Annual Wage ${baseYear}`);

  const labels = { education: new Map<number, string>(), experience: new Map<number, string>(), training: new Map<number, string>() };
  const readCode = (row: string[], codeCol: number, labelCol: number, kind: keyof typeof labels, allowed: readonly number[], at: Where) => {
    const name = header[codeCol];
    const f = readFigure(row[codeCol], at, name);
    if (f.kind !== "value" || !allowed.includes(f.value))
      throw new SourceError(`column ${name}: ${JSON.stringify(row[codeCol])} is not one of ${allowed.join(", ")}`, at);
    const label = cleanText(row[labelCol]);
    if (!label) throw new SourceError(`column ${header[labelCol]} is empty`, at);
    const known = labels[kind].get(f.value);
    if (known !== undefined && known !== label)
      throw new SourceError(`column ${name}: code ${f.value} is labelled ${JSON.stringify(label)} here and ${JSON.stringify(known)} elsewhere`, at);
    labels[kind].set(f.value, label);
    return { code: f.value, label };
  };

  const out: ProjectionRow[] = [];
  const examples = new Map<string, string[]>();
  const seen = new Set<string>();
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i];
    if (row.every((c) => c.trim() === "")) continue;
    const at: Where = { file: f, row: i + 1 };
    const socCode = readSocCode(row[col["Occupation Code"]], at, "Occupation Code");
    if (seen.has(socCode)) throw new SourceError(`occupation ${socCode} appears twice`, at);
    seen.add(socCode);
    const { title, examples: ex } = splitProjectionTitle(row[col["Occupation Title"]]);
    if (!title) throw new SourceError("column Occupation Title is empty", at);
    examples.set(socCode, ex);

    const fig = new FigureRow(at);
    fig.set("employmentBase", row[base.index], header[base.index], { int: true, scale: 1000 });
    fig.set("employmentTarget", row[target.index], header[target.index], { int: true, scale: 1000 });
    fig.set("change", row[cChange], header[cChange], { int: true, scale: 1000 });
    fig.set("changePercent", row[cPct], header[cPct]);
    fig.set("openingsAnnual", row[cOpen], header[cOpen], { int: true, scale: 1000 });
    fig.set("medianWage", row[cWage], header[cWage], { int: true });
    const education = readCode(row, col["Education Code"], col["Typical Entry-Level Education"], "education", EDUCATION_CODES, at);
    const experience = readCode(row, col["Workex Code"], col["Work Experience in a Related Occupation"], "experience", EXPERIENCE_CODES, at);
    const training = readCode(row, col.trCode, col["Typical on-the-job Training"], "training", TRAINING_CODES, at);
    out.push({
      socCode,
      title,
      baseYear,
      targetYear,
      source: SOURCES.projections,
      ...(fig.values as Partial<ProjectionRow>),
      educationCode: education.code,
      education: education.label,
      experienceCode: experience.code,
      experience: experience.label,
      trainingCode: training.code,
      training: training.label,
      topCoded: fig.topCoded,
      suppressed: fig.suppressed,
    });
  }
  return { rows: out, examples };
}

/** Employment Projections rows (832 in the 2024–34 file). Synchronous work; async for a uniform reader API. */
export async function readProjections(dataDir: string): Promise<ProjectionRow[]> {
  return readProjectionsWithTitles(dataDir).rows;
}
