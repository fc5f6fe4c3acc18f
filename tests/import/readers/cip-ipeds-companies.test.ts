import { describe, expect, it } from "vitest";
import { cipCode, readCipSoc } from "@/lib/import/readers/cip-soc";
import { ipedsYears, readCompletions, readDirectory } from "@/lib/import/readers/ipeds";
import { readCompanies, withoutFootnotes } from "@/lib/import/readers/companies";
import { DATA_DIR, hasData } from "../data-dir";

describe("CIP codes", () => {
  it("accepts text and numbers, refuses anything else with its place", () => {
    const where = { file: "x.xlsx", sheet: "CIP-SOC", row: 7 };
    expect(cipCode("11.0701", where, "CIP")).toBe("11.0701");
    expect(cipCode(1.0101, where, "CIP")).toBe("01.0101");
    expect(() => cipCode("11.07", where, "CIP")).toThrow(/x\.xlsx, sheet "CIP-SOC", row 7: column CIP/);
  });
});

describe.skipIf(!hasData)("CIP–SOC, IPEDS and company readers", () => {
  it("reads the CIP–SOC crosswalk without the no-match rows", async () => {
    const rows = await readCipSoc(DATA_DIR);
    expect(rows.some((r) => r.cipCode === "99.9999" || r.socCode === "99-9999")).toBe(false);
    expect(rows.filter((r) => r.cipCode === "11.0701").map((r) => r.socCode)).toContain("15-1252");
    expect(new Set(rows.map((r) => `${r.cipCode}|${r.socCode}`)).size).toBe(rows.length);
  });

  it("reads 6-digit completions whose bachelor's total equals the published grand total", async () => {
    expect(ipedsYears(DATA_DIR)).toEqual([2022, 2023, 2024]);
    const rows = await readCompletions(DATA_DIR, 2024);
    expect(rows).toHaveLength(267595);
    const bachelors = rows.filter((r) => r.awardLevel === 5).reduce((n, r) => n + r.total, 0);
    expect(bachelors).toBe(1974834);
  });

  it("decodes the Windows-1252 directory of 2022 like the UTF-8 one of 2024", async () => {
    const [d22, d24] = await Promise.all([readDirectory(DATA_DIR, 2022), readDirectory(DATA_DIR, 2024)]);
    expect(d22.get(449135)?.name).toBe("Dewey University-Juana Díaz");
    expect(d22.get(449135)?.name).toBe(d24.get(449135)?.name);
    expect(d24.get(100654)).toMatchObject({ name: "Alabama A & M University", city: "Normal", state: "AL", control: 1 });
  });

  it("drops footnote marks", () => {
    expect(withoutFootnotes("Miami-Dade County, Florida[3]")).toBe("Miami-Dade County, Florida");
    expect(withoutFootnotes("Texas [a][12]")).toBe("Texas");
    expect(withoutFootnotes("2013 (1888)")).toBe("2013 (1888)");
  });

  it("reads 500 companies, share classes merged, unique slugs", async () => {
    const companies = await readCompanies(DATA_DIR);
    expect(companies).toHaveLength(500);
    expect(new Set(companies.map((c) => c.slug)).size).toBe(500);
    expect(companies.find((c) => c.cik === "1652044")).toMatchObject({ name: "Alphabet Inc.", ticker: "GOOGL", slug: "alphabet-inc" });
    expect(companies.find((c) => c.ticker === "MMM")).toMatchObject({ hqCity: "Saint Paul", hqState: "Minnesota", founded: "1902" });
    // the source keeps Wikipedia footnote marks ("Florida[3]"): the reader drops them
    expect(companies.find((c) => c.ticker === "NCLH")).toMatchObject({ hqCity: "Miami-Dade County", hqState: "Florida" });
    expect(companies.find((c) => c.ticker === "NOC")).toMatchObject({ hqCity: "West Falls Church", hqState: "Virginia" });
    expect(companies.some((c) => /\[/.test(`${c.hqCity}${c.hqState}${c.founded}`))).toBe(false);
  });
});
