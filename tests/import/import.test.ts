/**
 * The full import from the official files into an in-memory database: the figures match the source cells,
 * the done-when coverage holds, a re-run gives the same database, and failures leave the old data intact.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { createTestDb } from "@/tests/helpers/testdb";
import { importFromDir, readOfficialFiles, writeTables, type ImportData, type ImportResult } from "@/lib/import";
import type { Progress } from "@/lib/import/progress";
import { readParquet } from "@/lib/import/files";
import { DATA_DIR, hasData } from "./data-dir";
import { digests, nationalMarked, nationalRow, projectionRow, sheetRow, stateRecord } from "./golden";

type Row = Record<string, unknown>;

describe.skipIf(!hasData)("full import", () => {
  let db: Database;
  let first: ImportResult;
  let data: ImportData;
  let fingerprint: Record<string, string>;
  const one = async (sql: string, params: unknown[] = []) => (await db.query<Row>(sql, params))[0];
  const n = async (sql: string, params: unknown[] = []) => Number((await one(sql, params)).n);

  beforeAll(async () => {
    db = await createTestDb();
    first = await importFromDir(db, DATA_DIR);
    fingerprint = await digests(db);
    data = await readOfficialFiles(DATA_DIR); // kept for the write-only tests below
  }, 300_000);
  afterAll(async () => {
    await db?.close();
  });

  it("covers what the issue asks for", async () => {
    expect(await n(`SELECT count(*) n FROM "Occupation"`)).toBeGreaterThanOrEqual(1000);
    expect(await n(`SELECT count(*) n FROM "JobTitle"`)).toBeGreaterThanOrEqual(50_000);
    const national = await db.query<{ year: number; n: number }>(
      `SELECT year, count(DISTINCT "socCode")::int n FROM "WageStat" WHERE "areaType" = 'NATIONAL' AND level = 'detailed' GROUP BY year ORDER BY year`,
    );
    expect(national.map((r) => r.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    for (const r of national) expect(r.n).toBeGreaterThanOrEqual(800);
    expect(await n(`SELECT count(DISTINCT "areaCode") n FROM "WageStat" WHERE "areaType" = 'STATE' AND year = 2025`)).toBe(51);
    expect(await n(`SELECT count(DISTINCT "areaCode") n FROM "WageStat" WHERE "areaType" = 'METRO'`)).toBeGreaterThanOrEqual(380);
    expect(await n(`SELECT count(DISTINCT "socCode") n FROM "WageStat" WHERE "areaType" = 'INDUSTRY' AND level = 'detailed'`)).toBeGreaterThanOrEqual(800);
    expect(await n(`SELECT count(*) n FROM "Occupation" o WHERE EXISTS (SELECT 1 FROM "TopCollege" t WHERE t."socCode" = o."socCode")`)).toBeGreaterThanOrEqual(700);
    expect(await n(`SELECT count(*) n FROM "Occupation" o WHERE EXISTS (SELECT 1 FROM "Projection" p WHERE p."socCode" = o."statCode")`)).toBeGreaterThanOrEqual(800);
    expect(await n(`SELECT count(DISTINCT p."socCode") n FROM "Projection" p`)).toBeGreaterThanOrEqual(800);
    expect(await n(`SELECT count(*) n FROM "Occupation" o WHERE EXISTS (SELECT 1 FROM "Demographics" d WHERE d."socCode" IN (o."socCode", o."statCode"))`)).toBeGreaterThanOrEqual(400);
    for (const domain of ["SKILL", "KNOWLEDGE"])
      expect(await n(`SELECT count(DISTINCT "onetCode") n FROM "SkillRating" WHERE domain = $1::"RatingDomain"`, [domain])).toBeGreaterThanOrEqual(850);
    expect(await n(`SELECT count(*) n FROM "Company"`)).toBeGreaterThanOrEqual(500);
  });

  it("stores national wages as published, for a spread of occupations and years", async () => {
    const codes = ["15-1232", "15-1252", "29-1141", "11-1011", "13-1020", "53-3032", "35-3023", "25-2021", "00-0000"];
    for (const year of [2021, 2025]) {
      for (const code of codes) {
        const src = await nationalRow(year, code);
        const w = await one(`SELECT * FROM "WageStat" WHERE "areaType" = 'NATIONAL' AND "socCode" = $1 AND year = $2`, [code, year]);
        const expectCell = (field: string, column: string) => {
          const cell = src[column];
          if (typeof cell === "number") expect(w[field], `${year} ${code} ${column}`).toBe(cell);
          else {
            expect(w[field], `${year} ${code} ${column} (${cell})`).toBeNull();
            expect([...(w.suppressed as string[]), ...(w.topCoded as string[])]).toContain(field);
          }
        };
        expectCell("employment", "TOT_EMP");
        expectCell("annualMedian", "A_MEDIAN");
        expectCell("annualMean", "A_MEAN");
        expectCell("annualP10", "A_PCT10");
        expectCell("annualP90", "A_PCT90");
        expectCell("hourlyMedian", "H_MEDIAN");
        expectCell("meanRse", "MEAN_PRSE");
      }
    }
    // The example: the 2025 median for 15-1232 equals the workbook's cell.
    expect((await one(`SELECT "annualMedian" FROM "WageStat" WHERE "socCode" = '15-1232' AND "areaType" = 'NATIONAL' AND year = 2025`)).annualMedian).toBe(
      (await nationalRow(2025, "15-1232")).A_MEDIAN,
    );
  });

  it("stores top-coded (#) and unavailable (*) wages as null with a flag, never a number", async () => {
    const topCoded = await nationalMarked(2024, "A_PCT90", "#");
    expect(topCoded.length).toBeGreaterThan(50);
    const rows = await db.query<Row>(`SELECT "socCode", "annualP90", "topCoded" FROM "WageStat" WHERE "areaType" = 'NATIONAL' AND year = 2024 AND "socCode" = ANY($1)`, [topCoded]);
    expect(rows).toHaveLength(new Set(topCoded).size);
    for (const r of rows) expect(r).toMatchObject({ annualP90: null, topCoded: expect.arrayContaining(["annualP90"]) });
    const hourlyStar = await nationalMarked(2025, "H_MEDIAN", "*");
    expect(hourlyStar.length).toBeGreaterThan(50);
    const teachers = await one(`SELECT "hourlyMedian", suppressed, "annualOnly" FROM "WageStat" WHERE "areaType" = 'NATIONAL' AND year = 2025 AND "socCode" = $1`, [hourlyStar[0]]);
    expect(teachers).toMatchObject({ hourlyMedian: null, annualOnly: true, suppressed: expect.arrayContaining(["hourlyMedian"]) });
    expect(await n(`SELECT count(*) n FROM "WageStat" WHERE "annualMedian" = 0 OR "annualP90" = 0`)).toBe(0);
  });

  it("stores state, metro and sector figures as published", async () => {
    const ca = stateRecord("06", "15-1252");
    const w = await one(`SELECT * FROM "WageStat" WHERE "areaType" = 'STATE' AND "areaCode" = '06' AND "socCode" = '15-1252' AND year = 2025`);
    expect(w).toMatchObject({ employment: ca.emp, annualMedian: ca.med, annualMean: ca.avg, annualP10: ca.p10, annualP90: ca.p90, hourlyMedian: ca.hmed, locationQuotient: ca.lq });
    const metros = await db.query<Row>(
      `SELECT "areaName", "annualMedian" FROM "WageStat" WHERE "areaType" = 'METRO' AND "socCode" = '15-1232' AND "annualMedian" IS NOT NULL ORDER BY "annualMedian" DESC LIMIT 2`,
    );
    expect(metros.map((m) => m.annualMedian)).toEqual([102430, 85010]);
    expect(metros[0].areaName).toMatch(/^Sacramento-Roseville-Folsom, CA/);
    expect((await one(`SELECT "annualMedian" FROM "WageStat" WHERE "areaType" = 'METRO' AND "socCode" = '15-1252' AND "areaName" LIKE 'San Jose%'`)).annualMedian).toBe(208270);
    const sector = await sheetRow("bls-oews-industry/natsector_M2024_dl.xlsx", 0, "OCC_CODE", (c) => c === "15-1232", (r) => r.NAICS === "22");
    expect((await one(`SELECT "annualMedian", employment FROM "WageStat" WHERE "areaType" = 'INDUSTRY' AND "areaCode" = '22' AND "socCode" = '15-1232'`))).toEqual({
      annualMedian: sector.A_MEDIAN,
      employment: sector.TOT_EMP,
    });
  });

  it("joins O*NET occupations to BLS figures through the NEM code", async () => {
    const buyers = await one(
      `SELECT o."statCode", w."annualMedian" FROM "Occupation" o JOIN "WageStat" w ON w."socCode" = o."statCode" AND w."areaType" = 'NATIONAL' AND w.year = 2025 WHERE o."onetCode" = '13-1021.00'`,
    );
    expect(buyers).toEqual({ statCode: "13-1020", annualMedian: (await nationalRow(2025, "13-1020")).A_MEDIAN });
    expect((await one(`SELECT "statCode" FROM "Occupation" WHERE "onetCode" = '55-1011.00'`)).statCode).toBeNull();
    const src = projectionRow("15-1252");
    const p = await one(`SELECT p.* FROM "Occupation" o JOIN "Projection" p ON p."socCode" = o."statCode" WHERE o."onetCode" = '15-1252.00'`);
    expect(p.employmentBase).toBe(Math.round(Number(src["Employment 2024"].replace(/,/g, "")) * 1000));
    expect(p.openingsAnnual).toBe(Math.round(Number(src["Occupational Openings, 2024-2034 Annual Average"].replace(/,/g, "")) * 1000));
    expect(p.educationCode).toBe(Number(src["Education Code"]));
  });

  it("stores O*NET ratings, technology flags and job zones as published", async () => {
    for (const [code, element] of [["15-1232.00", "2.A.2.a"], ["29-1141.00", "2.B.1.e"], ["47-2111.00", "2.B.3.a"]]) {
      const im = await sheetRow("onet/Skills.xlsx", 0, "O*NET-SOC Code", (c) => c === code, (r) => r["Element ID"] === element && r["Scale ID"] === "IM");
      const lv = await sheetRow("onet/Skills.xlsx", 0, "O*NET-SOC Code", (c) => c === code, (r) => r["Element ID"] === element && r["Scale ID"] === "LV");
      expect(await one(`SELECT importance, level FROM "SkillRating" WHERE "onetCode" = $1 AND "elementId" = $2 AND domain = 'SKILL'`, [code, element])).toEqual({
        importance: im["Data Value"],
        level: lv["Data Value"],
      });
    }
    const k = await sheetRow("onet/Knowledge.xlsx", 0, "O*NET-SOC Code", (c) => c === "29-1141.00", (r) => r["Element ID"] === "2.C.3.a" && r["Scale ID"] === "IM");
    expect((await one(`SELECT importance FROM "SkillRating" WHERE "onetCode" = '29-1141.00' AND "elementId" = '2.C.3.a' AND domain = 'KNOWLEDGE'`)).importance).toBe(k["Data Value"]);
    const hot = await db.query<Row>(`SELECT example FROM "TechnologySkill" WHERE "onetCode" = '15-1252.00' AND hot ORDER BY example`);
    expect(hot.length).toBeGreaterThan(10);
    expect((await one(`SELECT "jobZone" FROM "Occupation" WHERE "onetCode" = '15-1252.00'`)).jobZone).toBe(4);
    expect((await one(`SELECT o.title FROM "JobTitle" t JOIN "Occupation" o USING ("onetCode") WHERE t.normalized = 'bureau chief'`)).title).toBe("Chief Executives");
  });

  it("stores CPS demographics matched by title", async () => {
    const src = await sheetRow("bls-cps/cpsaat11_2022.xlsx", 5, "Occupation", (c) => c === "Software developers");
    const d = await one(`SELECT women, asian, "totalEmployed" FROM "Demographics" WHERE "socCode" = '15-1252' AND year = 2022`);
    expect(d).toEqual({ women: src.Women, asian: src.Asian, totalEmployed: Number(src["Total\nemployed"]) * 1000 });
  });

  it("ranks top colleges by degrees in the occupation's related majors", async () => {
    const cips = (await db.query<{ cipCode: string }>(`SELECT "cipCode" FROM "CipSoc" WHERE "socCode" = '15-1252'`)).map((r) => r.cipCode);
    expect(cips).toContain("11.0701");
    const degrees = new Map<number, number>();
    for (const r of await readParquet(path.join(DATA_DIR, "ipeds", "c2024_a.parquet")))
      if (cips.includes(r.CIPCODE as string) && [3, 5, 7, 17, 18, 19].includes(Number(r.AWLEVEL)))
        degrees.set(Number(r.UNITID), (degrees.get(Number(r.UNITID)) ?? 0) + Number(r.CTOTALT));
    const expected = [...degrees].sort((a, b) => b[1] - a[1]).slice(0, 3);
    const stored = await db.query<Row>(
      `SELECT t."unitId", t.degrees, i.name FROM "TopCollege" t JOIN "Institution" i USING ("unitId") WHERE t."socCode" = '15-1252' AND t.year = 2024 ORDER BY t.rank LIMIT 3`,
    );
    expect(stored.map((s) => [s.unitId, s.degrees])).toEqual(expected);
    expect(stored[0].name).toBeTruthy();
  });

  it("records provenance for every dataset, with row counts that match the tables", async () => {
    const sets = await db.query<Row>(`SELECT key, rows, licence, "loadedFrom" FROM "Dataset" ORDER BY key`);
    expect(sets).toHaveLength(14);
    for (const s of sets) expect(s).toMatchObject({ rows: expect.any(Number), loadedFrom: "official files" });
    expect(sets.find((s) => s.key === "bls-oews-msa")?.rows).toBe(await n(`SELECT count(*) n FROM "WageStat" WHERE "areaType" = 'METRO'`));
    expect(sets.find((s) => s.key === "sp500")?.rows).toBe(500);
    expect(first.summary).toMatch(/WageStat\s+[\d,]+/);
    expect(first.unmatched.find((u) => u.what.startsWith("O*NET occupations with no BLS"))?.items).toContain("55-1011.00");
  });

  it("gives the same database when run twice", async () => {
    const again = await writeTables(db, data.tables);
    expect(again).toEqual(first.counts);
    expect(await digests(db)).toEqual(fingerprint);
  }, 300_000);

  describe("failure safety", () => {
    const temps: string[] = [];
    /** A copy of the data folder made of symlinks, with one file replaced. */
    const dataDirWith = (rel: string, content: Buffer | string) => {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "careerlens-data-"));
      temps.push(tmp);
      for (const folder of fs.readdirSync(DATA_DIR, { withFileTypes: true })) {
        if (!folder.isDirectory()) continue;
        const target = path.join(tmp, folder.name);
        if (folder.name !== rel.split("/")[0]) {
          fs.symlinkSync(path.join(DATA_DIR, folder.name), target);
          continue;
        }
        fs.mkdirSync(target);
        for (const f of fs.readdirSync(path.join(DATA_DIR, folder.name))) fs.symlinkSync(path.join(DATA_DIR, folder.name, f), path.join(target, f));
      }
      fs.rmSync(path.join(tmp, rel));
      fs.writeFileSync(path.join(tmp, rel), content);
      return tmp;
    };
    afterAll(() => temps.forEach((t) => fs.rmSync(t, { recursive: true, force: true })));

    it("a damaged workbook stops the import, names the file and leaves the data", async () => {
      const original = fs.readFileSync(path.join(DATA_DIR, "onet", "Knowledge.xlsx"));
      const dir = dataDirWith("onet/Knowledge.xlsx", original.subarray(0, original.length / 2));
      await expect(importFromDir(db, dir)).rejects.toThrow(/Knowledge\.xlsx: not a readable xlsx workbook/);
      expect(await digests(db)).toEqual(fingerprint);
    }, 120_000);

    it("a malformed value names the file and row", async () => {
      const lines = fs.readFileSync(path.join(DATA_DIR, "onet-30.1-partial", "All_Occupations_ONET.csv"), "utf8").split("\n");
      lines[9] = lines[9].replace(/^\d,/, "x,");
      const dir = dataDirWith("onet-30.1-partial/All_Occupations_ONET.csv", lines.join("\n"));
      await expect(importFromDir(db, dir)).rejects.toThrow(/All_Occupations_ONET\.csv, row 10: column Job Zone: "x" is not 1–5 or n\/a/);
      expect(await digests(db)).toEqual(fingerprint);
    }, 120_000);

    it("a load killed half-way through the biggest table leaves the previous data", async () => {
      let written = 0;
      const killer: Progress = {
        step: () => () => undefined,
        info: () => undefined,
        rows: (table, done) => {
          written = done;
          if (table === "WageStat" && done > 50_000) throw new Error("killed");
        },
      };
      await expect(writeTables(db, data.tables, { progress: killer })).rejects.toThrow("killed");
      expect(written).toBeGreaterThan(50_000);
      expect(await digests(db)).toEqual(fingerprint);
    }, 300_000);
  });
});
