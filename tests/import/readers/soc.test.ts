import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { readDirectMatchTitles, readSocGroups } from "@/lib/import/readers/soc";
import { DATA_DIR, hasData } from "../data-dir";

describe.skipIf(!hasData)("SOC 2018 readers", () => {
  it("reads the hierarchy with parents taken from the row order", async () => {
    const groups = await readSocGroups(DATA_DIR);
    const byLevel = (l: string) => groups.filter((g) => g.level === l).length;
    expect([byLevel("MAJOR"), byLevel("MINOR"), byLevel("BROAD"), byLevel("DETAILED")]).toEqual([23, 98, 459, 867]);
    const parent = new Map(groups.map((g) => [g.code, g.parentCode]));
    // Code arithmetic would say 11-3100 (which does not exist): the file's order says 11-3000.
    expect(parent.get("11-3111")).toBe("11-3110");
    expect(parent.get("11-3110")).toBe("11-3000");
    expect(parent.get("29-1221")).toBe("29-1210");
    expect(parent.get("11-0000")).toBeNull();
    for (const g of groups) if (g.parentCode) expect(parent.has(g.parentCode)).toBe(true);
    expect(groups.find((g) => g.code === "15-1252")?.title).toBe("Software Developers");
    expect(groups.find((g) => g.code === "15-1252")?.definition).toMatch(/\w+/);
    expect(groups.find((g) => g.code === "15-0000")?.definition).toBeNull();
  });

  it("reads the direct-match titles", async () => {
    const titles = await readDirectMatchTitles(DATA_DIR);
    expect(titles).toHaveLength(6539);
    expect(titles).toContainEqual({ socCode: "11-1011", title: "CEO", illustrative: false });
    expect(titles.filter((t) => t.illustrative)).toHaveLength(2413);
  });
});

describe("SOC reader errors", () => {
  const temps: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "soc-"));
    temps.push(dir);
    return dir;
  };
  afterAll(() => temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it("names the file, sheet and row of a malformed code", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "soc"));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("2018 SOC");
    ws.addRow(["title row"]);
    ws.addRow(["SOC Group", "SOC Code", "SOC Title", "SOC Definition"]);
    ws.addRow(["Major", "11-0000", "Management Occupations", ""]);
    ws.addRow(["Minor", "11-10X0", "Top Executives", ""]);
    await wb.xlsx.writeFile(path.join(dir, "soc", "soc_2018_definitions.xlsx"));
    await expect(readSocGroups(dir)).rejects.toThrow(/soc_2018_definitions\.xlsx, sheet "2018 SOC", row 4: column SOC Code: "11-10X0"/);
  });

  it("refuses a detailed code with no broad group above it", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "soc"));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("2018 SOC");
    ws.addRow(["SOC Group", "SOC Code", "SOC Title", "SOC Definition"]);
    ws.addRow(["Major", "11-0000", "Management Occupations", ""]);
    ws.addRow(["Detailed", "11-1011", "Chief Executives", "…"]);
    await wb.xlsx.writeFile(path.join(dir, "soc", "soc_2018_definitions.xlsx"));
    await expect(readSocGroups(dir)).rejects.toThrow(/row 3: SOC code 11-1011 \(Detailed\) has no Broad group above it/);
  });
});
