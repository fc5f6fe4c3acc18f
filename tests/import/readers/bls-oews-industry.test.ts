import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { readSheet, type Cell } from "@/lib/import/files";
import { oewsSheetToWageStats, type WageStatRow } from "@/lib/import/readers/bls-oews-common";
import { readOewsIndustry } from "@/lib/import/readers/bls-oews-industry";

const DATA = process.env.DATA_DIR ?? fileURLToPath(new URL("../../../../shared/data", import.meta.url));
const FILE = path.join(DATA, "bls-oews-industry", "natsector_M2024_dl.xlsx");

let rows: WageStatRow[];
let sheet: Cell[][];
let col: (name: string) => number;
let index: Map<string, WageStatRow>;

describe.skipIf(!fs.existsSync(DATA))("readOewsIndustry (OEWS by NAICS sector, May 2024)", () => {
  beforeAll(async () => {
    rows = await readOewsIndustry(DATA);
    sheet = (await readSheet(FILE)).rows;
    col = (name) => sheet[0].indexOf(name);
    index = new Map(rows.map((r) => [`${r.areaCode}|${r.socCode}`, r]));
  });

  it("20 sectors keyed by NAICS code, named by NAICS title", () => {
    const sectors = new Map(rows.map((r) => [r.areaCode, r.areaName]));
    expect(sectors.size).toBe(20);
    expect(sectors.get("22")).toBe("Utilities");
    expect(sectors.get("31-33")).toBe("Manufacturing");
    expect(sectors.get("99")).toMatch(/^Federal, State, and Local Government/);
    expect(rows.filter((r) => r.areaType !== "INDUSTRY" || r.year !== 2024 || r.source !== "BLS OEWS")).toEqual([]);
  });

  it("≥ 800 occupations have sector wages (detailed rows with a median)", () => {
    const codes = new Set(rows.filter((r) => r.level === "detailed" && r.annualMedian != null).map((r) => r.socCode));
    expect(codes.size).toBeGreaterThanOrEqual(800);
    // one row per sector × code: the sheet's broad+detailed duplicates (13-1020, …) are merged
    expect(index.size).toBe(rows.length);
    expect(rows.filter((r) => r.level === "detailed").length).toBeGreaterThanOrEqual(8579 - 110);
  });

  it("15-1232 ranks Utilities above Mining, as in the workbook cells", () => {
    const cell = (naics: string) =>
      sheet.find((r) => r[col("NAICS")] === naics && r[col("OCC_CODE")] === "15-1232" && r[col("O_GROUP")] === "detailed")![col("A_MEDIAN")];
    expect(index.get("22|15-1232")!.annualMedian).toBe(cell("22"));
    expect(index.get("21|15-1232")!.annualMedian).toBe(cell("21"));
    expect(index.get("22|15-1232")).toMatchObject({ annualMedian: 81190, employment: 2210, industryEmploymentPct: 0.38, establishmentsReportingPct: 5 });
    expect(index.get("21|15-1232")!.annualMedian).toBe(78530);
  });

  it("`#` → topCoded, `*` and `**` → suppressed, `~` → belowThreshold, as in the cells", () => {
    let hash = 0;
    let star = 0;
    let tilde = 0;
    let stars2 = 0;
    const wrong: string[] = [];
    for (const cells of sheet.slice(1)) {
      const r = index.get(`${cells[col("NAICS")]}|${cells[col("OCC_CODE")]}`)!;
      const med = cells[col("A_MEDIAN")];
      if (med === "#") {
        hash++;
        if (r.annualMedian !== null || !(r.topCoded as string[]).includes("annualMedian")) wrong.push(`# ${r.areaCode} ${r.socCode}`);
      } else if (med === "*") {
        star++;
        if (r.annualMedian !== null || !(r.suppressed as string[]).includes("annualMedian")) wrong.push(`* ${r.areaCode} ${r.socCode}`);
      } else if (r.annualMedian !== med) wrong.push(`= ${r.areaCode} ${r.socCode}`);
      const emp = cells[col("TOT_EMP")];
      if (emp === "**") {
        stars2++;
        if (r.employment !== null || !(r.suppressed as string[]).includes("employment")) wrong.push(`** ${r.areaCode} ${r.socCode}`);
      }
      if (cells[col("PCT_RPT")] === "~") {
        tilde++;
        if (r.establishmentsReportingPct !== null || !(r.belowThreshold as string[]).includes("establishmentsReportingPct")) wrong.push(`~ ${r.areaCode} ${r.socCode}`);
      }
    }
    expect(wrong).toEqual([]);
    expect([hash, star, stars2, tilde]).toEqual([58, 228, 1061, 8896]); // SOURCES.md counts
  });

  it("the `keep` filter behind { detailedOnly: true } keeps O_GROUP = detailed only", () => {
    // Same conversion readOewsIndustry runs, applied to the sheet already read (no second parse of the workbook).
    const only = oewsSheetToWageStats(sheet, { file: FILE }, {
      year: 2024,
      source: "BLS OEWS",
      keep: (g) => g === "detailed",
      area: (r) => ({ areaType: "INDUSTRY", areaCode: String(r[col("NAICS")]), areaName: String(r[col("NAICS_TITLE")]) }),
    });
    expect(only.every((r) => r.level === "detailed")).toBe(true);
    expect(only).toHaveLength(rows.filter((r) => r.level === "detailed").length);
  });
});
