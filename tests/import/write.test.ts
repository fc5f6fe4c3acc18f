import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { createTestDb } from "@/tests/helpers/testdb";
import { writeTables, countRows } from "@/lib/import/write";
import { emptyTables, type Tables } from "@/lib/import/tables";
import { datasetRows } from "@/lib/import/build/datasets";
import { isDatabaseEmpty } from "@/lib/import";
import type { Progress } from "@/lib/import/progress";

function sample(opts: { title?: string; withSecond?: boolean; wage?: number } = {}): Tables {
  const t = emptyTables();
  t.SocGroup = [
    { code: "15-0000", level: "MAJOR", title: "Computer and Mathematical Occupations", parentCode: null },
    { code: "15-1250", level: "BROAD", title: "Software Developers", parentCode: "15-0000" },
    { code: "15-1252", level: "DETAILED", title: "Software Developers", parentCode: "15-1250" },
  ];
  const occ = (onetCode: string, title: string) => ({ onetCode, socCode: onetCode.slice(0, 7), statCode: onetCode.slice(0, 7), title, slug: onetCode, jobZone: 4, majorCode: "15-0000" });
  t.Occupation = [occ("15-1252.00", opts.title ?? "Software Developers"), ...(opts.withSecond === false ? [] : [occ("15-1299.08", "Computer Systems Engineers")])];
  t.JobTitle = t.Occupation.map((o) => ({ title: o.title, normalized: o.title.toLowerCase(), kind: "OCCUPATION" as const, rank: 100, onetCode: o.onetCode, source: "O*NET 29.0", year: 2024 }));
  t.WageStat = [
    { socCode: "15-1252", level: "detailed", areaType: "NATIONAL", areaCode: "US", areaName: "U.S.", year: 2025, source: "BLS OEWS", annualMedian: opts.wage ?? 133080, annualP90: null, topCoded: ["annualP90"], suppressed: [], belowThreshold: [] },
  ];
  t.Company = [{ slug: "acme", name: "Acme", ticker: "ACME", cik: "1", source: "test" }];
  t.Dataset = datasetRows(t, "official files");
  return t;
}

describe("writeTables", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(async () => {
    await db?.close();
  });

  it("loads an empty database and stores nulls with their flags", async () => {
    expect(await isDatabaseEmpty(db)).toBe(true);
    await writeTables(db, sample());
    expect(await isDatabaseEmpty(db)).toBe(false);
    const counts = await countRows(db);
    expect(counts).toMatchObject({ SocGroup: 3, Occupation: 2, JobTitle: 2, WageStat: 1, Company: 1, Dataset: 14 });
    const [w] = await db.query<{ annualMedian: number; annualP90: number | null; topCoded: string[] }>(`SELECT * FROM "WageStat"`);
    expect(w).toMatchObject({ annualMedian: 133080, annualP90: null, topCoded: ["annualP90"] });
  });

  it("re-running gives the same rows and ids, and bumps versions only of changed records", async () => {
    const before = await db.query(`SELECT "onetCode", version, "updatedAt" FROM "Occupation" ORDER BY 1`);
    const titlesBefore = await db.query(`SELECT id, title FROM "JobTitle" ORDER BY id`);
    await writeTables(db, sample());
    expect(await db.query(`SELECT "onetCode", version, "updatedAt" FROM "Occupation" ORDER BY 1`)).toEqual(before);
    expect(await db.query(`SELECT id, title FROM "JobTitle" ORDER BY id`)).toEqual(titlesBefore);

    await writeTables(db, sample({ title: "Software Developers (renamed)" }));
    const after = await db.query<{ onetCode: string; version: number; title: string }>(`SELECT "onetCode", version, title FROM "Occupation" ORDER BY 1`);
    expect(after.map((o) => [o.onetCode, o.version])).toEqual([
      ["15-1252.00", 2],
      ["15-1299.08", 1],
    ]);
  });

  it("deletes occupations that left the data, keeps companies", async () => {
    const t = sample({ withSecond: false });
    t.Company = [];
    await writeTables(db, t);
    expect((await countRows(db)).Occupation).toBe(1);
    expect((await countRows(db)).Company).toBe(1);
  });

  it("rolls everything back when the load fails half-way", async () => {
    await writeTables(db, sample({ wage: 1 }));
    const snapshot = await db.query(`SELECT * FROM "WageStat"`);
    const counts = await countRows(db);
    const failing: Progress = {
      step: () => () => undefined,
      info: () => undefined,
      rows: (table) => {
        if (table === "WageStat") throw new Error("killed while writing WageStat");
      },
    };
    await expect(writeTables(db, sample({ wage: 2, title: "Changed" }), { progress: failing })).rejects.toThrow(/killed while writing WageStat/);
    expect(await countRows(db)).toEqual(counts);
    expect(await db.query(`SELECT * FROM "WageStat"`)).toEqual(snapshot);
    expect((await db.query<{ title: string }>(`SELECT title FROM "Occupation" WHERE "onetCode" = '15-1252.00'`))[0].title).not.toBe("Changed");
  });

  it("refuses rows with a field the table does not have, leaving the data intact", async () => {
    const counts = await countRows(db);
    const t = sample();
    (t.WageStat[0] as Record<string, unknown>).bogus = 1;
    await expect(writeTables(db, t)).rejects.toThrow(/WageStat: the rows have a field "bogus"/);
    expect(await countRows(db)).toEqual(counts);
  });
});
