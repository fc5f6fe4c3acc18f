import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SourceError } from "@/lib/import/errors";
import { readSheet, type Cell } from "@/lib/import/files";
import { inferOccupationLevels, isDetailedSoc } from "@/lib/import/readers/bls-common";
import type { WageStatRow } from "@/lib/import/readers/bls-oews-common";
import { readOewsNational, readOewsNationalFile } from "@/lib/import/readers/bls-oews-national";

const DATA = process.env.DATA_DIR ?? fileURLToPath(new URL("../../../../shared/data", import.meta.url));
const FILE = (y: number) => path.join(DATA, "bls-oews", `national_M${y}_dl.xlsx`);

let rows: WageStatRow[];
let sheet2025: Cell[][];
const find = (year: number, code: string) => rows.find((r) => r.year === year && r.socCode === code)!;

describe.skipIf(!fs.existsSync(DATA))("readOewsNational (BLS OEWS national, May 2021–2025)", () => {
  beforeAll(async () => {
    rows = await readOewsNational(DATA);
    sheet2025 = (await readSheet(FILE(2025))).rows;
  });

  it("reads the five years, every level, ≥ 800 detailed codes each", () => {
    expect([...new Set(rows.map((r) => r.year))]).toEqual([2021, 2022, 2023, 2024, 2025]);
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      const y = rows.filter((r) => r.year === year);
      expect(y.length).toBeGreaterThan(1350);
      expect(y.filter((r) => r.level === "detailed").length).toBeGreaterThanOrEqual(800);
      expect(y.filter((r) => r.level === "total").map((r) => r.socCode)).toEqual(["00-0000"]);
      expect(y.filter((r) => r.level === "major")).toHaveLength(22);
      expect(new Set(y.map((r) => r.socCode)).size).toBe(y.length);
    }
    expect(rows.filter((r) => r.areaType !== "NATIONAL" || r.areaCode !== "US" || r.areaName !== "U.S." || r.source !== "BLS OEWS")).toEqual([]);
  });

  it("2025 A_MEDIAN of 15-1232 equals the workbook cell (and the value looked up by hand)", () => {
    const header = sheet2025[0];
    const code = header.indexOf("OCC_CODE");
    const med = header.indexOf("A_MEDIAN");
    const cell = sheet2025.find((r) => r[code] === "15-1232")![med];
    const r = find(2025, "15-1232");
    expect(r.annualMedian).toBe(cell);
    expect(r).toMatchObject({
      annualMedian: 61860,
      employment: 717190,
      employmentRse: 0.8,
      annualMean: 67330,
      hourlyMean: 32.37,
      meanRse: 0.3,
      hourlyMedian: 29.74,
      annualP10: 40980,
      annualP90: 100540,
      level: "detailed",
      annualOnly: false,
      hourlyOnly: false,
      topCoded: [],
      suppressed: [],
    });
  });

  it("every 2025 figure matches its cell: numbers equal, `*` → null + suppressed", () => {
    const header = sheet2025[0] as string[];
    const pairs = [
      ["TOT_EMP", "employment"],
      ["EMP_PRSE", "employmentRse"],
      ["A_MEAN", "annualMean"],
      ["H_MEAN", "hourlyMean"],
      ["A_PCT10", "annualP10"],
      ["A_PCT25", "annualP25"],
      ["A_MEDIAN", "annualMedian"],
      ["A_PCT75", "annualP75"],
      ["A_PCT90", "annualP90"],
      ["H_PCT10", "hourlyP10"],
      ["H_MEDIAN", "hourlyMedian"],
      ["H_PCT90", "hourlyP90"],
    ] as const;
    const byCode = new Map(rows.filter((r) => r.year === 2025).map((r) => [r.socCode, r]));
    let compared = 0;
    for (const cells of sheet2025.slice(1)) {
      const r = byCode.get(cells[header.indexOf("OCC_CODE")] as string)!;
      for (const [column, field] of pairs) {
        const cell = cells[header.indexOf(column)];
        if (typeof cell === "number") expect(r[field]).toBe(cell);
        else {
          expect(cell).toBe("*");
          expect(r[field]).toBeNull();
          expect(r.suppressed).toContain(field);
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(16000);
  });

  it("a top-coded (#) 2024 cell becomes null + topCoded", () => {
    const r = find(2024, "11-1011"); // Chief Executives: A_PCT75/A_PCT90 and H_PCT75/H_PCT90 published as "#"
    expect(r.annualMedian).toBe(206420);
    expect(r.annualP75).toBeNull();
    expect(r.annualP90).toBeNull();
    expect(r.hourlyP90).toBeNull();
    expect([...(r.topCoded as string[])].sort()).toEqual(["annualP75", "annualP90", "hourlyP75", "hourlyP90"]);
    expect(r.suppressed).toEqual([]);
    const topCoded2024 = rows.filter((r) => r.year === 2024 && (r.topCoded as string[]).includes("annualP90"));
    expect(topCoded2024.length).toBeGreaterThanOrEqual(60);
  });

  it("May 2025 has no top-coding", () => {
    expect(rows.filter((r) => r.year === 2025 && (r.topCoded as string[]).length > 0)).toEqual([]);
    expect(rows.filter((r) => r.year === 2025).some((r) => (r.annualP90 ?? 0) > 239200)).toBe(true);
  });

  it("`*` hourly wages of an ANNUAL occupation are null + suppressed, annual kept", () => {
    const legislators = find(2021, "11-1030");
    expect(legislators).toMatchObject({ annualOnly: true, hourlyMean: null, hourlyMedian: null, annualMean: 57110, annualMedian: 37270 });
    expect(legislators.suppressed).toEqual(["hourlyMean", "hourlyP10", "hourlyP25", "hourlyMedian", "hourlyP75", "hourlyP90"]);
    const k12 = find(2025, "11-9032");
    expect(k12).toMatchObject({ annualOnly: true, hourlyMedian: null, annualMean: 116100, annualMedian: 105870 });
    expect(k12.suppressed).toContain("hourlyMedian");
  });

  it("HOURLY-only occupations keep hourly wages and flag the missing annual ones", () => {
    const hourlyOnly = rows.filter((r) => r.year === 2025 && r.hourlyOnly);
    expect(hourlyOnly.length).toBeGreaterThanOrEqual(5);
    for (const r of hourlyOnly) {
      expect(r.annualMedian).toBeNull();
      expect(r.suppressed).toContain("annualMedian");
    }
  });

  it("columns that the national file leaves empty are null without a flag", () => {
    const r = find(2025, "15-1232");
    expect(r.jobsPer1000).toBeNull();
    expect(r.locationQuotient).toBeNull();
    expect(r.industryEmploymentPct).toBeNull();
    expect(r.suppressed).toEqual([]);
  });

  it("a code published as both broad and detailed (13-1020) is one row at level detailed", () => {
    const buyers = rows.filter((r) => r.year === 2025 && r.socCode === "13-1020");
    expect(buyers).toHaveLength(1);
    expect(buyers[0]).toMatchObject({ level: "detailed", employment: 491430, annualMean: 83770 });
  });

  it("levels agree with what inferOccupationLevels derives from the codes (used where O_GROUP is absent)", () => {
    for (const year of [2021, 2025]) {
      const y = rows.filter((r) => r.year === year);
      const level = inferOccupationLevels(y.map((r) => r.socCode));
      expect(y.filter((r) => level(r.socCode) !== r.level)).toEqual([]);
      expect(y.filter((r) => isDetailedSoc(r.socCode)).every((r) => r.level === "detailed")).toBe(true);
    }
  });
});

describe("readOewsNationalFile: malformed input", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bls-oews-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function workbook(header: string[], data: (string | number)[][]): Promise<string> {
    const file = path.join(dir, `national_M2099_${header.length}_${data.length}.xlsx`);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("national_M2099_dl");
    ws.addRow(header);
    for (const r of data) ws.addRow(r);
    await wb.xlsx.writeFile(file);
    return file;
  }
  const HEADER = "AREA_TITLE OCC_CODE O_GROUP TOT_EMP EMP_PRSE H_MEAN A_MEAN MEAN_PRSE H_PCT10 H_PCT25 H_MEDIAN H_PCT75 H_PCT90 A_PCT10 A_PCT25 A_MEDIAN A_PCT75 A_PCT90 ANNUAL HOURLY".split(" ");

  it("a missing column → SourceError naming the file and the column", async () => {
    const file = await workbook(HEADER.filter((h) => h !== "A_MEDIAN"), []);
    const err = await readOewsNationalFile(file, 2099).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toContain(file);
    expect(err.message).toContain('sheet "national_M2099_dl"');
    expect(err.message).toContain("A_MEDIAN");
  });

  it("a value that is neither a number nor a BLS marker → SourceError with the row", async () => {
    const row: (string | number)[] = HEADER.map((h) => (h === "AREA_TITLE" ? "U.S." : h === "OCC_CODE" ? "15-1232" : h === "O_GROUP" ? "detailed" : h === "ANNUAL" || h === "HOURLY" ? "" : 1));
    row[HEADER.indexOf("A_MEDIAN")] = "n.a.";
    const file = await workbook(HEADER, [row]);
    await expect(readOewsNationalFile(file, 2099)).rejects.toThrow(/row 2: column A_MEDIAN: cannot read "n\.a\."/);
  });

  it("tolerates numbers written as text with thousands separators", async () => {
    const row = HEADER.map((h) => (h === "AREA_TITLE" ? "U.S." : h === "OCC_CODE" ? '="15-1232"' : h === "O_GROUP" ? "detailed" : h === "ANNUAL" || h === "HOURLY" ? "" : "1,234"));
    const file = await workbook(HEADER, [row]);
    const [r] = await readOewsNationalFile(file, 2099);
    expect(r).toMatchObject({ socCode: "15-1232", year: 2099, employment: 1234, annualMedian: 1234, hourlyMean: 1234 });
  });
});
