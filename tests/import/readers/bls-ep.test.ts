import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SourceError } from "@/lib/import/errors";
import { readProjections, readProjectionsWithTitles, splitProjectionTitle, type ProjectionRow } from "@/lib/import/readers/bls-ep";

const DATA = process.env.DATA_DIR ?? fileURLToPath(new URL("../../../../shared/data", import.meta.url));

let rows: ProjectionRow[];
let examples: Map<string, string[]>;
const get = (code: string) => rows.find((r) => r.socCode === code)!;

describe.skipIf(!fs.existsSync(DATA))("readProjections (BLS Employment Projections 2024–34)", () => {
  beforeAll(() => {
    ({ rows, examples } = readProjectionsWithTitles(DATA));
  });

  it("reads ≥ 800 occupations, one per code, 2024 → 2034", () => {
    expect(rows).toHaveLength(832);
    expect(new Set(rows.map((r) => r.socCode)).size).toBe(832);
    expect(rows.every((r) => r.baseYear === 2024 && r.targetYear === 2034 && r.source === "BLS Employment Projections")).toBe(true);
    expect(get("13-1020").title).toBe("Buyers and purchasing agents"); // NEM aggregates are kept as published
  });

  it("parses the code formula, splits the title, converts thousands to persons (13-2011 by hand)", () => {
    // "Accountants and auditors    * Account Auditor* …","=""13-2011""","1,579.8","1,652.6","72.8","4.6","124.2","81,680",…
    expect(get("13-2011")).toMatchObject({
      title: "Accountants and auditors",
      employmentBase: 1579800,
      employmentTarget: 1652600,
      change: 72800,
      changePercent: 4.6,
      openingsAnnual: 124200,
      medianWage: 81680,
      educationCode: 3,
      education: "Bachelor's degree",
      experienceCode: 4,
      experience: "None",
      trainingCode: 6,
      training: "None",
      topCoded: [],
      suppressed: [],
    });
    expect(examples.get("13-2011")!.slice(0, 3)).toEqual(["Account Auditor", "Accountant", "Auditor"]);
    expect(rows.every((r) => !r.title.includes("*") && r.title === r.title.trim())).toBe(true);
  });

  it("keeps declines negative and consistent with the percent change", () => {
    const declining = rows.filter((r) => (r.change ?? 0) < 0);
    expect(declining.length).toBeGreaterThan(50);
    expect(declining.every((r) => (r.changePercent ?? 0) <= 0)).toBe(true);
    expect(rows.every((r) => Math.abs(r.employmentTarget! - r.employmentBase! - r.change!) <= 100)).toBe(true);
  });

  it('"N/A" wage → null + suppressed; ">=239,200" → null + topCoded', () => {
    expect(get("27-2011")).toMatchObject({ title: "Actors", medianWage: null, suppressed: ["medianWage"], topCoded: [] });
    expect(rows.filter((r) => (r.suppressed as string[]).includes("medianWage"))).toHaveLength(6);
    expect(get("29-1211")).toMatchObject({ title: "Anesthesiologists", medianWage: null, topCoded: ["medianWage"], suppressed: [] });
    expect(rows.filter((r) => (r.topCoded as string[]).includes("medianWage"))).toHaveLength(17);
  });

  it("education, experience and training codes carry the labels in SOURCES.md", () => {
    const labels = (code: "educationCode" | "experienceCode" | "trainingCode", label: "education" | "experience" | "training") =>
      Object.fromEntries([...new Map(rows.map((r) => [r[code], r[label]]))].sort(([a], [b]) => a! - b!));
    expect(labels("educationCode", "education")).toEqual({
      1: "Doctoral or professional degree",
      2: "Master's degree",
      3: "Bachelor's degree",
      4: "Associate's degree",
      5: "Postsecondary nondegree award",
      6: "Some college, no degree",
      7: "High school diploma or equivalent",
      8: "No formal educational credential",
    });
    expect(labels("experienceCode", "experience")).toEqual({ 1: "5 years or more", 2: "Less than 5 years", 4: "None" });
    expect(labels("trainingCode", "training")).toEqual({
      1: "Internship/residency",
      2: "Apprenticeship",
      3: "Long-term on-the-job training",
      4: "Moderate-term on-the-job training",
      5: "Short-term on-the-job training",
      6: "None",
    });
  });
});

describe("splitProjectionTitle", () => {
  it("splits on the first four-space asterisk", () => {
    expect(splitProjectionTitle("Actors    * Actor Understudy* Actress* Voice-Over Artist")).toEqual({
      title: "Actors",
      examples: ["Actor Understudy", "Actress", "Voice-Over Artist"],
    });
    expect(splitProjectionTitle("Buyers and purchasing agents")).toEqual({ title: "Buyers and purchasing agents", examples: [] });
  });
});

describe("readProjections: malformed input", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bls-ep-"));
  const file = path.join(dir, "bls-ep", "Employment Projections.csv");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const HEADER =
    '"Occupation Title","Occupation Code","Employment 2024","Employment 2034","Employment Change, 2024-2034","Employment Percent Change, 2024-2034","Occupational Openings, 2024-2034 Annual Average","Median Annual Wage 2024","Typical Entry-Level Education","Education Code","Work Experience in a Related Occupation","Workex Code","Typical on-the-job Training","trCode"';
  const ROW = '"Actuaries    * Pricing Actuary","=""15-2011""","33.6","40.9","7.3","21.8","2.4","125,770","Bachelor\'s degree","3","None","4","Long-term on-the-job training","3"';

  it("a missing column → SourceError naming the file and the column", async () => {
    fs.writeFileSync(file, HEADER.replace(',"Education Code"', "") + "\n");
    const err = await readProjections(dir).catch((e) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err.message).toContain(file);
    expect(err.message).toContain("Education Code");
  });

  it("an unknown education code → SourceError with the row", async () => {
    fs.writeFileSync(file, `${HEADER}\n${ROW.replace('"3","None"', '"9","None"')}\n`);
    await expect(readProjections(dir)).rejects.toThrow(/row 2: column Education Code: "9" is not one of/);
  });

  it("a well-formed file with BOM and CRLF reads", async () => {
    fs.writeFileSync(file, `\uFEFF${HEADER}\r\n${ROW}\r\n`);
    const [r] = await readProjections(dir);
    expect(r).toMatchObject({ socCode: "15-2011", title: "Actuaries", employmentBase: 33600, openingsAnnual: 2400, medianWage: 125770 });
  });
});
