import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SourceError } from "@/lib/import/errors";
import { readSheet, type Cell } from "@/lib/import/files";
import { EDUCATION_LEVELS, readEducationAttainment, type EducationShareRow } from "@/lib/import/readers/bls-education";

const DATA = process.env.DATA_DIR ?? fileURLToPath(new URL("../../../../shared/data", import.meta.url));
const FILE = path.join(DATA, "bls-ep", "occupation_2022-32_workbook.xlsx");

let rows: EducationShareRow[];
let sheet: Cell[][];
const shares = (code: string) => rows.filter((r) => r.socCode === code).sort((a, b) => a.level - b.level);

describe.skipIf(!fs.existsSync(DATA))("readEducationAttainment (EP Table 5.3)", () => {
  beforeAll(async () => {
    rows = await readEducationAttainment(DATA);
    sheet = (await readSheet(FILE, "Table 5.3")).rows;
  });

  it("seven levels for each of the 833 codes, year 2021 (latest ACS year in the title)", () => {
    const codes = new Set(rows.map((r) => r.socCode));
    expect(codes.size).toBe(833);
    expect(rows).toHaveLength(833 * 7);
    expect(codes.has("00-0000")).toBe(true);
    expect(rows.every((r) => r.year === 2021 && r.source === "BLS Employment Projections, Table 5.3 (ACS)")).toBe(true);
    expect(new Set(rows.map((r) => `${r.socCode}|${r.level}`)).size).toBe(rows.length);
  });

  it("levels 1..7 are labelled as the headers, less than high school … doctoral/professional", () => {
    expect(shares("15-1252").map((r) => [r.level, r.label])).toEqual(EDUCATION_LEVELS.map((l, i) => [i + 1, l]));
    expect(EDUCATION_LEVELS[0]).toBe("Less than high school diploma");
    expect(EDUCATION_LEVELS[6]).toBe("Doctoral or professional degree");
  });

  it("software developers (by hand) and every row against its sheet cells", () => {
    expect(shares("15-1252").map((r) => r.percent)).toEqual([0.5, 1.8, 7, 4.1, 51.4, 31.1, 4.1]);
    const header = sheet[1];
    const codeCol = header.indexOf("2022 National Employment Matrix code");
    const wrong: string[] = [];
    const byKey = new Map(rows.map((r) => [`${r.socCode}|${r.level}`, r.percent]));
    for (const cells of sheet.slice(2)) {
      const code = cells[codeCol];
      if (typeof code !== "string" || !/^\d\d-\d{4}$/.test(code)) continue;
      EDUCATION_LEVELS.forEach((label, i) => {
        if (byKey.get(`${code}|${i + 1}`) !== cells[header.indexOf(label)]) wrong.push(`${code} ${label}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it("shares add up to about 100 for every code", () => {
    const sums = new Map<string, number>();
    for (const r of rows) sums.set(r.socCode, (sums.get(r.socCode) ?? 0) + (r.percent ?? 0));
    expect([...sums].filter(([, s]) => Math.abs(s - 100) > 0.6)).toEqual([]);
  });

  it("footnote (1) — not an exact ACS match — sets approximate", () => {
    expect(shares("11-1011").every((r) => r.approximate)).toBe(true); // "Chief executives(1)"
    expect(shares("11-1011").map((r) => r.percent)).toEqual([1.7, 8, 13.8, 4.8, 40.2, 24.8, 6.7]);
    expect(shares("15-1252").some((r) => r.approximate)).toBe(false);
  });
});

describe("readEducationAttainment: malformed input", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bls-edu-"));
  const file = path.join(dir, "bls-ep", "occupation_2022-32_workbook.xlsx");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function write(header: string[], data: (string | number)[][]) {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Index");
    const ws = wb.addWorksheet("Table 5.3");
    ws.addRow(["Table 5.3 Educational attainment for workers 25 years and older by detailed occupation, 2019 and 2021"]);
    ws.addRow(header);
    for (const r of data) ws.addRow(r);
    await wb.xlsx.writeFile(file);
  }
  const HEADER = ["2022 National Employment Matrix title", "2022 National Employment Matrix code", ...EDUCATION_LEVELS];

  it("a missing level column → SourceError naming the file and sheet", async () => {
    await write(HEADER.filter((h) => h !== "Master's degree"), [["Actuaries", "15-2011", 1, 2, 3, 4, 5, 6]]);
    const err = await readEducationAttainment(dir).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toContain(file);
    expect(err.message).toContain('sheet "Table 5.3"');
  });

  it("a bad share → SourceError with the row", async () => {
    await write(HEADER, [["Actuaries", "15-2011", 1, 2, 3, 4, "lots", 6, 7]]);
    await expect(readEducationAttainment(dir)).rejects.toThrow(/row 3: column Bachelor's degree/);
  });

  it("a well-formed sheet reads, with the year from its title", async () => {
    await write(HEADER, [["Actuaries(1)", '="15-2011"', 1, 2, 3, 4, "50.5", 6, 7]]);
    const out = await readEducationAttainment(dir);
    expect(out).toHaveLength(7);
    expect(out[4]).toMatchObject({ socCode: "15-2011", year: 2021, level: 5, percent: 50.5, approximate: true });
  });
});
