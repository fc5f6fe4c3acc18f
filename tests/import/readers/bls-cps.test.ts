import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SourceError } from "@/lib/import/errors";
import {
  TABLE11,
  detailedCodesCovered,
  matchCensusTitles,
  normalizedKeys,
  readCpsDemographics,
  readCpsTable,
  readSocTitles,
  type CensusMatch,
  type DemographicsRow,
  type SocTitle,
} from "@/lib/import/readers/bls-cps";

const DATA = process.env.DATA_DIR ?? fileURLToPath(new URL("../../../../shared/data", import.meta.url));

let rows: DemographicsRow[];
let unmatched: string[];
let soc: SocTitle[];
let index: Map<string, DemographicsRow>;
const get = (code: string, year: number) => index.get(`${code}|${year}`);

describe.skipIf(!fs.existsSync(DATA))("readCpsDemographics (CPS 2022 table 11, 2025 table 11b)", () => {
  beforeAll(async () => {
    soc = await readSocTitles(DATA);
    ({ rows, unmatched } = await readCpsDemographics(DATA, { socTitles: soc }));
    index = new Map(rows.map((r) => [`${r.socCode}|${r.year}`, r]));
  });

  it("covers ≥ 400 detailed SOC codes in each table; one row per (code, year, source)", () => {
    const y2022 = rows.filter((r) => r.year === 2022);
    const y2025 = rows.filter((r) => r.year === 2025);
    expect(detailedCodesCovered(y2022).size).toBeGreaterThanOrEqual(400);
    expect(detailedCodesCovered(y2025).size).toBeGreaterThanOrEqual(400);
    expect(y2022.every((r) => r.source === "BLS CPS Table 11")).toBe(true);
    expect(y2025.every((r) => r.source === "BLS CPS Table 11b")).toBe(true);
    expect(new Set(rows.map((r) => `${r.socCode}|${r.year}|${r.source}`)).size).toBe(rows.length);
    const socCodes = new Set(soc.map((s) => s.code));
    expect(rows.filter((r) => !socCodes.has(r.socCode)).map((r) => r.socCode)).toEqual(["00-0000", "00-0000"]);
  });

  it("2022 race/sex row for chief executives (cells looked up by hand)", () => {
    // Chief executives | 1780 | 29.2 | 85.9 | 5.9 | 6.7 | 6.8
    expect(get("11-1011", 2022)).toMatchObject({
      censusTitle: "Chief executives",
      matchKind: "exact",
      totalEmployed: 1780000,
      women: 29.2,
      white: 85.9,
      black: 5.9,
      asian: 6.7,
      hispanic: 6.8,
      suppressed: [],
    });
    expect(get("11-1011", 2022)!.medianAge ?? null).toBeNull();
  });

  it("2025 age row for chief executives: counts in persons, median age", () => {
    // Chief executives | 1802 | 3 | 9 | 148 | 384 | 551 | 471 | 235 | 51.6
    expect(get("11-1011", 2025)).toMatchObject({
      totalEmployed: 1802000,
      age16to19: 3000,
      age20to24: 9000,
      age25to34: 148000,
      age35to44: 384000,
      age45to54: 551000,
      age55to64: 471000,
      age65plus: 235000,
      medianAge: 51.6,
      suppressed: [],
    });
    expect(get("11-1011", 2025)!.women ?? null).toBeNull();
  });

  it("the all-occupations totals are stored under 00-0000", () => {
    expect(get("00-0000", 2022)).toMatchObject({ censusTitle: "Total, 16 years and over", matchKind: "total", totalEmployed: 158291000, women: 46.8, white: 77, black: 12.6, asian: 6.7, hispanic: 18.5 });
    expect(get("00-0000", 2025)).toMatchObject({ censusTitle: "Total employed", matchKind: "total", totalEmployed: 163493000, age16to19: 5551000, medianAge: 42.1 });
  });

  it('"–" (base under 50,000) → null + suppressed', () => {
    // Legislators 2022: 14 | – | – | – | – | –;  2025: … | median age –
    expect(get("11-1031", 2022)).toMatchObject({ totalEmployed: 14000, women: null, hispanic: null });
    expect(get("11-1031", 2022)!.suppressed).toEqual(["women", "white", "black", "asian", "hispanic"]);
    expect(get("11-1031", 2025)).toMatchObject({ totalEmployed: 18000, age65plus: 7000, medianAge: null, suppressed: ["medianAge"] });
  });

  it("the 2022 table's dashes: 203 rows × 5 percentages (SOURCES.md says 203 cells; it is 203 rows)", async () => {
    const t = await readCpsTable(path.join(DATA, "bls-cps", "cpsaat11_2022.xlsx"), TABLE11);
    expect(t.year).toBe(2022);
    expect(t.records.filter((r) => r.suppressed.length > 0)).toHaveLength(203);
    expect(t.records.reduce((n, r) => n + r.suppressed.length, 0)).toBe(1015);
  });

  it("matches titles exactly, normalized, and to whole SOC groups", () => {
    const kind = (code: string) => [get(code, 2022)?.censusTitle, get(code, 2022)?.matchKind];
    expect(kind("15-1252")).toEqual(["Software developers", "exact"]);
    expect(kind("11-9199")).toEqual(["Managers, all other", "exact"]);
    expect(kind("13-2099")).toEqual(["Other financial specialists", "normalized"]); // = "Financial Specialists, All Other"
    // Census title = SOC broad group → the group and each detailed code in it
    expect(kind("15-1230")).toEqual(["Computer support specialists", "exact"]);
    expect(kind("15-1231")).toEqual(["Computer support specialists", "group"]);
    expect(kind("15-1232")).toEqual(["Computer support specialists", "group"]);
    // Census title = SOC minor group
    expect(kind("25-1071")).toEqual(["Postsecondary teachers", "group"]);
    // list titles
    expect(kind("31-1132")).toEqual(["Orderlies and psychiatric aides", "group"]);
    expect(kind("31-1133")).toEqual(["Orderlies and psychiatric aides", "group"]);
    expect(kind("15-1243")).toEqual(["Database administrators and architects", "group"]);
    // "Other X": the residual of group X
    expect(kind("29-1215")).toEqual(["Other physicians", "group"]);
    expect(kind("29-1214")).toEqual(["Emergency medicine physicians", "exact"]);
    expect(kind("29-1224")).toEqual(["Radiologists", "exact"]);
    // CPS summary rows that equal a SOC major group stay on the major code
    expect(kind("11-0000")).toEqual(["Management occupations", "exact"]);
  });

  it("reports what does not match", () => {
    expect(unmatched).toContain("Service occupations");
    expect(unmatched).toContain("Janitors and building cleaners");
    expect(unmatched).not.toContain("Chief executives");
    expect(unmatched.length).toBeLessThan(20);
  });

  it("summary rows never spread to detailed codes (no row for a code's major group title)", () => {
    const groupRows = rows.filter((r) => r.matchKind === "group");
    const majors = new Set(soc.filter((s) => s.level === "major").map((s) => s.title.toLowerCase()));
    expect(groupRows.filter((r) => majors.has(r.censusTitle.toLowerCase()))).toEqual([]);
  });
});

describe("matchCensusTitles (synthetic SOC list)", () => {
  const SOC: SocTitle[] = [
    { code: "11-0000", level: "major", title: "Management Occupations" },
    { code: "11-9000", level: "minor", title: "Other Management Occupations" },
    { code: "11-9190", level: "broad", title: "Miscellaneous Managers" },
    { code: "11-9199", level: "detailed", title: "Managers, All Other" },
    { code: "29-1000", level: "minor", title: "Healthcare Diagnosing or Treating Practitioners" },
    { code: "29-1210", level: "broad", title: "Physicians" },
    { code: "29-1211", level: "detailed", title: "Anesthesiologists" },
    { code: "29-1214", level: "detailed", title: "Emergency Medicine Physicians" },
    { code: "29-1221", level: "detailed", title: "Pediatricians, General" },
    { code: "29-1229", level: "detailed", title: "Physicians, All Other" },
    { code: "31-1130", level: "broad", title: "Nursing Assistants, Orderlies, and Psychiatric Aides" },
    { code: "31-1131", level: "detailed", title: "Nursing Assistants" },
    { code: "31-1132", level: "detailed", title: "Orderlies" },
    { code: "31-1133", level: "detailed", title: "Psychiatric Aides" },
  ];
  const codes = (m: CensusMatch[] | undefined) => (m ?? []).map((x) => `${x.socCode}:${x.kind}`);

  it("folds case, punctuation, & / and, plurals and 'all other'", () => {
    expect(normalizedKeys("Managers, All Other")[0]).toBe("other manager");
    expect(normalizedKeys("Other managers")[0]).toBe("other manager");
    expect(normalizedKeys("Miscellaneous managers")[0]).toBe("other manager");
    expect(normalizedKeys("Nursing assistants & orderlies")).toEqual(normalizedKeys("Nursing Assistant and Orderly"));
    expect(normalizedKeys("Disc jockeys, except radio", true)).toEqual(normalizedKeys("Disc Jockey"));
    expect(codes(matchCensusTitles(["MANAGERS,  all other"], SOC).byTitle.get("MANAGERS,  all other"))).toEqual(["11-9199:exact"]);
    expect(codes(matchCensusTitles(["Other managers"], SOC).byTitle.get("Other managers"))).toEqual(["11-9190:normalized", "11-9199:normalized"]);
  });

  it("expands 'Other X' to the codes of group X that other titles did not take", () => {
    const { byTitle, bySoc } = matchCensusTitles(["Emergency medicine physicians", "Other physicians"], SOC);
    expect(codes(byTitle.get("Other physicians"))).toEqual(["29-1211:group", "29-1221:group", "29-1229:normalized"]);
    expect(bySoc.get("29-1214")).toEqual({ censusTitle: "Emergency medicine physicians", kind: "exact" });
  });

  it("a list title maps to each listed occupation; the unmatched are reported", () => {
    const { byTitle, unmatched } = matchCensusTitles(["Orderlies and psychiatric aides", "Nursing assistants", "Dragon tamers"], SOC);
    expect(codes(byTitle.get("Orderlies and psychiatric aides"))).toEqual(["31-1132:group", "31-1133:group"]);
    expect(unmatched).toEqual(["Dragon tamers"]);
  });

  it("a title equal to a broad group covers its detailed codes only when no other title matched inside", () => {
    const alone = matchCensusTitles(["Nursing assistants, orderlies, and psychiatric aides"], SOC);
    expect(codes(alone.byTitle.get("Nursing assistants, orderlies, and psychiatric aides"))).toEqual([
      "31-1130:exact",
      "31-1131:group",
      "31-1132:group",
      "31-1133:group",
    ]);
    const split = matchCensusTitles(["Nursing assistants, orderlies, and psychiatric aides", "Nursing assistants"], SOC);
    expect(codes(split.byTitle.get("Nursing assistants, orderlies, and psychiatric aides"))).toEqual(["31-1130:exact", "31-1132:group", "31-1133:group"]);
    expect(split.bySoc.get("31-1131")!.censusTitle).toBe("Nursing assistants");
  });

  it("never expands a major group", () => {
    const { byTitle } = matchCensusTitles(["Management occupations"], SOC);
    expect(codes(byTitle.get("Management occupations"))).toEqual(["11-0000:exact"]);
  });
});

describe("readCpsTable: malformed input", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bls-cps-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function write(name: string, header: string[], data: (string | number)[][]) {
    const file = path.join(dir, name);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("cpsaat11");
    ws.addRow(["HOUSEHOLD DATA\nANNUAL AVERAGES\n11. Employed persons by detailed occupation, sex, race, and Hispanic or Latino ethnicity"]);
    ws.addRow(["[Numbers in thousands]"]);
    ws.addRow([]);
    ws.addRow(["Occupation", 2022]);
    ws.addRow(["Occupation", "Total\nemployed", "Percent of total employed"]);
    ws.addRow(header);
    for (const r of data) ws.addRow(r);
    await wb.xlsx.writeFile(file);
    return file;
  }
  const HEADER = ["Occupation", "Total\nemployed", "Women", "White", "Black or\nAfrican\nAmerican", "Asian", "Hispanic\nor Latino"];

  it("a missing column → SourceError naming the file and the column", async () => {
    const file = await write("missing.xlsx", HEADER.slice(0, -1), [["Chief executives", 1780, 29.2, 85.9, 5.9, 6.7]]);
    const err = await readCpsTable(file, TABLE11).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toContain(file);
    expect(err.message).toMatch(/hispanic or latino/);
  });

  it("a bad figure → SourceError with the row; a good table reads", async () => {
    const bad = await write("bad.xlsx", HEADER, [["Chief executives", 1780, "many", 85.9, 5.9, 6.7, 6.8]]);
    await expect(readCpsTable(bad, TABLE11)).rejects.toThrow(/row 7: column Women/);
    const good = await write("good.xlsx", HEADER, [["Chief executives", "1,780", 29.2, "–", 5.9, 6.7, 6.8]]);
    const t = await readCpsTable(good, TABLE11);
    expect(t.year).toBe(2022);
    expect(t.records).toEqual([
      { title: "Chief executives", values: { totalEmployed: 1780000, women: 29.2, white: null, black: 5.9, asian: 6.7, hispanic: 6.8 }, suppressed: ["white"] },
    ]);
  });
});
