import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SourceError } from "@/lib/import/errors";
import type { WageStatRow } from "@/lib/import/readers/bls-oews-common";
import { readOewsMsa } from "@/lib/import/readers/bls-oews-msa";

const DATA = process.env.DATA_DIR ?? fileURLToPath(new URL("../../../../shared/data", import.meta.url));

let rows: WageStatRow[];
let index: Map<string, WageStatRow>;

describe.skipIf(!fs.existsSync(DATA))("readOewsMsa (OEWS metro areas, May 2024, annual percentiles)", () => {
  beforeAll(async () => {
    rows = await readOewsMsa(DATA);
    index = new Map(rows.map((r) => [`${r.areaCode}|${r.socCode}`, r]));
  });

  it("reads every row: ≥ 380 metros with 5-digit CBSA codes, year 2024", () => {
    expect(rows).toHaveLength(150176);
    const areas = new Set(rows.map((r) => r.areaCode));
    expect(areas.size).toBeGreaterThanOrEqual(380);
    expect([...areas].every((a) => /^\d{5}$/.test(a))).toBe(true);
    expect(rows.filter((r) => r.areaType !== "METRO" || r.year !== 2024 || r.source !== "BLS OEWS")).toEqual([]);
    expect(rows.filter((r) => r.socCode === "00-0000")).toHaveLength(areas.size);
  });

  it("spot values (SOURCES.md): San Jose software developers, highest-paying metros for 15-1232", () => {
    const sj = index.get("41940|15-1252")!;
    expect(sj).toMatchObject({ areaName: "San Jose-Sunnyvale-Santa Clara, CA", annualMedian: 208270, level: "detailed" });
    const top = rows
      .filter((r) => r.socCode === "15-1232" && r.annualMedian != null)
      .sort((a, b) => b.annualMedian! - a.annualMedian!)
      .slice(0, 2)
      .map((r) => [r.areaName, r.annualMedian]);
    expect(top).toEqual([
      ["Sacramento-Roseville-Folsom, CA", 102430],
      ["San Francisco-Oakland-Fremont, CA", 85010],
    ]);
  });

  it("nulls (either * or #, indistinguishable) are suppressed, never topCoded; counts match SOURCES.md", () => {
    const count = (f: string) => rows.filter((r) => (r.suppressed as string[]).includes(f)).length;
    expect([count("annualP10"), count("annualP25"), count("annualMedian"), count("annualP75"), count("annualP90")]).toEqual([
      1703, 1966, 2590, 3464, 5649,
    ]);
    expect(rows.some((r) => (r.topCoded as string[]).length > 0)).toBe(false);
    const sj = index.get("41940|15-1252")!; // A_PCT90 null in the file (at or above the top-code in the workbook)
    expect(sj.annualP90).toBeNull();
    expect(sj.suppressed).toEqual(["annualP90"]);
  });

  it("fields the file does not have are null and not flagged", () => {
    const r = index.get("41940|15-1252")!;
    expect(r.employment ?? null).toBeNull();
    expect(r.annualMean ?? null).toBeNull();
    expect(r.hourlyMedian ?? null).toBeNull();
    expect(rows.some((r) => (r.suppressed as string[]).some((f) => !f.startsWith("annual")))).toBe(false);
  });

  it("levels are inferred from the codes; detailedOnly keeps the detailed ones", async () => {
    const detailed = rows.filter((r) => r.level === "detailed");
    expect(detailed.length).toBeGreaterThan(139108); // 139,108 NN-NNN[1-9] rows + broad codes without children
    expect(index.get("41940|15-0000")!.level).toBe("major");
    const only = await readOewsMsa(DATA, { detailedOnly: true });
    expect(only).toHaveLength(detailed.length);
  });
});

describe("readOewsMsa: malformed input", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bls-msa-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("a file that is not parquet → SourceError naming the file", async () => {
    const file = path.join(dir, "bls-oews-msa", "msa_M2024_annual_pctiles.parquet");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "SOC,AREA\n15-1252,41940\n");
    const err = await readOewsMsa(dir).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toContain(file);
  });
});
