import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SourceError } from "@/lib/import/errors";
import { STATE_FIPS } from "@/lib/import/readers/bls-common";
import type { WageStatRow } from "@/lib/import/readers/bls-oews-common";
import { readOewsState, readOewsState2023Fill, readOewsState2025 } from "@/lib/import/readers/bls-oews-state";

const DATA = process.env.DATA_DIR ?? fileURLToPath(new URL("../../../../shared/data", import.meta.url));
const STATES = path.join(DATA, "bls-oews-state", "M2025_states");

let rows: WageStatRow[];
let rows2025: WageStatRow[];
let rows2023: WageStatRow[];
let index: Map<string, WageStatRow>;
const get = (year: number, fips: string, code: string) => index.get(`${year}|${fips}|${code}`);

describe.skipIf(!fs.existsSync(DATA))("readOewsState (May 2025 JSON + May 2023 reduced CSV)", () => {
  beforeAll(async () => {
    rows = await readOewsState(DATA);
    rows2025 = rows.filter((r) => r.year === 2025);
    rows2023 = rows.filter((r) => r.year === 2023);
    index = new Map(rows.map((r) => [`${r.year}|${r.areaCode}|${r.socCode}`, r]));
  });

  it("May 2025: 50 states + DC, one row per state × detailed occupation", () => {
    expect(new Set(rows2025.map((r) => r.areaCode))).toEqual(new Set(Object.values(STATE_FIPS)));
    expect(rows2025).toHaveLength(35223);
    expect(new Set(rows2025.map((r) => `${r.areaCode}|${r.socCode}`)).size).toBe(rows2025.length);
    expect(rows2025.filter((r) => r.areaType !== "STATE" || r.source !== "BLS OEWS" || r.level !== "detailed")).toEqual([]);
    expect(rows2025.find((r) => r.areaCode === "11")!.areaName).toBe("District of Columbia");
  });

  it("California software developers (values looked up by hand)", () => {
    expect(get(2025, "06", "15-1252")).toMatchObject({
      areaName: "California",
      employment: 284390,
      annualMedian: 174410,
      annualMean: 186770,
      hourlyMedian: 83.85,
      hourlyMean: 89.8,
      annualP10: 105060,
      annualP25: 136990,
      annualP75: 216670,
      annualP90: 272670,
      jobsPer1000: 15.614,
      locationQuotient: 1.44,
      suppressed: [],
      topCoded: [],
    });
  });

  it("every 2025 value equals the JSON; a missing key is null + suppressed", () => {
    const keys = { emp: "employment", med: "annualMedian", avg: "annualMean", hmed: "hourlyMedian", havg: "hourlyMean", p10: "annualP10", p25: "annualP25", p75: "annualP75", p90: "annualP90", j1k: "jobsPer1000", lq: "locationQuotient" } as const;
    const wrong: string[] = [];
    let compared = 0;
    for (const fips of ["02", "06", "11", "48", "56"]) {
      const doc = JSON.parse(fs.readFileSync(path.join(STATES, `${fips}.json`), "utf8"));
      for (const [code, rec] of Object.entries(doc.occupations as Record<string, Record<string, number>>)) {
        const r = get(2025, fips, code)!;
        for (const [key, field] of Object.entries(keys)) {
          compared++;
          const ok = key in rec ? r[field] === rec[key] : r[field] === null && (r.suppressed as string[]).includes(field);
          if (!ok) wrong.push(`${fips} ${code} ${key}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(compared).toBeGreaterThan(30000);
  });

  it("missing-key counts match SOURCES.md; hourly percentiles are null and never listed as suppressed", () => {
    const count = (f: string) => rows2025.filter((r) => (r.suppressed as string[]).includes(f)).length;
    expect(count("employment")).toBe(1281);
    expect(count("annualMedian")).toBe(699);
    expect(count("annualP90")).toBe(705);
    expect(count("hourlyMedian")).toBe(3079);
    const bad = rows2025.filter(
      (r) =>
        r.hourlyP10 != null ||
        r.hourlyP90 != null ||
        r.employmentRse != null ||
        (r.suppressed as string[]).some((f) => /^hourlyP|Rse$/.test(f)) ||
        (r.topCoded as string[]).length > 0,
    );
    expect(bad).toEqual([]);
  });

  it("May 2023 rows only where 2025 has no mean wage, for 50 states + DC", () => {
    expect(rows2023.length).toBeGreaterThan(2000);
    const with2025Mean = new Set(rows2025.filter((r) => r.annualMean != null || r.hourlyMean != null).map((r) => `${r.areaCode}|${r.socCode}`));
    const bad = rows2023.filter(
      (r) =>
        r.source !== "BLS OEWS May 2023 (state, reduced)" ||
        with2025Mean.has(`${r.areaCode}|${r.socCode}`) ||
        !(r.annualMean != null || r.hourlyMean != null || (r.topCoded as string[]).length > 0),
    );
    expect(bad).toEqual([]);
    expect(new Set(rows2023.map((r) => r.areaCode)).size).toBe(51);
    expect(rows2023.some((r) => ["66", "72", "78"].includes(r.areaCode))).toBe(false);
  });

  it("2023 values parsed from '53,400' and friends (looked up by hand)", () => {
    // Alabama;00-0000;All Occupations;25.67;53,400 — no 2025 state total exists, so the 2023 one fills in.
    expect(get(2023, "01", "00-0000")).toMatchObject({ level: "total", areaName: "Alabama", hourlyMean: 25.67, annualMean: 53400, suppressed: [] });
    // Alabama;11-1031;Legislators;*;33,690 — not in the 2025 file.
    expect(get(2025, "01", "11-1031")).toBeUndefined();
    expect(get(2023, "01", "11-1031")).toMatchObject({ level: "detailed", annualMean: 33690, hourlyMean: null, suppressed: ["hourlyMean"] });
    // A pair that 2025 covers gets no 2023 row.
    expect(get(2023, "01", "11-1011")).toBeUndefined();
  });

  it("a 2023 `#` becomes null + topCoded", () => {
    // Arkansas;29-1214;Emergency Medicine Physicians;#;# — the 2025 record has employment but no wages.
    expect(get(2025, "05", "29-1214")).toMatchObject({ employment: 60, annualMean: null });
    const r = get(2023, "05", "29-1214")!;
    expect(r).toMatchObject({ annualMean: null, hourlyMean: null, suppressed: [] });
    expect([...(r.topCoded as string[])].sort()).toEqual(["annualMean", "hourlyMean"]);
  });
});

describe("bls-oews-state: malformed input", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bls-state-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (rel: string, text: string) => {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };

  it("reduced CSV without A_MEAN → SourceError naming the file", () => {
    const file = write("bls-oews/state_M2023_dl_reduced.csv", "\uFEFFAREA_TITLE;OCC_CODE;OCC_TITLE;H_MEAN\r\nAlabama;00-0000;All Occupations;25.67\r\n");
    expect(() => readOewsState2023Fill(dir, [])).toThrow(SourceError);
    expect(() => readOewsState2023Fill(dir, [])).toThrow(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, row 1: required column missing: A_MEAN`));
  });

  it("reduced CSV with an unknown area → SourceError with the row", () => {
    write("bls-oews/state_M2023_dl_reduced.csv", "AREA_TITLE;OCC_CODE;OCC_TITLE;H_MEAN;A_MEAN\nAtlantis;00-0000;All;1;2\n");
    expect(() => readOewsState2023Fill(dir, [])).toThrow(/row 2: column AREA_TITLE: unknown state "Atlantis"/);
  });

  it("a state file whose fips disagrees with its name → SourceError", async () => {
    const file = write("bls-oews-state/M2025_states/06.json", JSON.stringify({ fips: "07", name: "California", occupations: {} }));
    await expect(readOewsState2025(dir)).rejects.toThrow(file);
  });

  it("a state file where a key never appears (format change) → SourceError", async () => {
    write("bls-oews-state/M2025_states/06.json", JSON.stringify({ fips: "06", name: "California", occupations: { "15-1252": { median: 1 } } }));
    await expect(readOewsState2025(dir)).rejects.toThrow(/never present/);
  });
});
