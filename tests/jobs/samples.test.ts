import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { samplePostingsEnabled } from "@/lib/env";
import { addSamples, buildSamples, removeSamples } from "@/lib/jobs/samples";
import { ensureSamplePostings } from "@/lib/jobs/startup";
import type { TitleIndex } from "@/lib/search/title-index";
import { createTestDb } from "@/tests/helpers/testdb";
import { seedJobsDb } from "./seed";

let db: Database;
let index: TitleIndex;
const now = new Date("2026-11-28T12:00:00Z");

beforeAll(async () => {
  db = await createTestDb();
  index = await seedJobsDb(db);
});
afterAll(async () => {
  await db?.close();
});

describe("sample postings", () => {
  it("draws each pay range inside the occupation's OEWS percentiles for the posting's state (national elsewhere)", async () => {
    const { postings, pay } = await buildSamples(db.prisma, index, { count: 60, now });
    expect(postings).toHaveLength(60);
    const wages = await db.prisma.wageStat.findMany();
    postings.forEach((p, i) => {
      expect(p.isSample).toBe(true);
      const state = p.locations[0].state!;
      const used = pay[i];
      // the percentiles used are the state's row when there is one, else the national row
      const fips = state === "CA" ? "06" : state === "TX" ? "48" : null;
      expect(used.area).toBe(fips === "06" ? "California" : fips === "48" ? "Texas" : "United States");
      const row = wages.find((w) => (fips ? w.areaCode === fips : w.areaType === "NATIONAL") && (used.hourly ? w.hourlyMedian === used.median : w.annualMedian === used.median));
      expect(row, `${p.title} in ${state}`).toBeDefined();
      expect(p.payMin!).toBeGreaterThanOrEqual(used.p25);
      expect(p.payMax!).toBeLessThanOrEqual(used.p75);
      expect(p.payMin!).toBeLessThanOrEqual(p.payMax!);
      expect(p.payPeriod).toBe(used.hourly ? "HOUR" : "YEAR");
    });
    // truck drivers (job zone 2) are paid by the hour
    expect(postings.some((p) => p.payPeriod === "HOUR")).toBe(true);
  });

  it("is deterministic: the same seed and date give the same postings", async () => {
    const a = await buildSamples(db.prisma, index, { count: 30, now });
    const b = await buildSamples(db.prisma, index, { count: 30, now });
    expect(a.postings).toEqual(b.postings);
    const c = await buildSamples(db.prisma, index, { count: 30, now, seed: 7 });
    expect(c.postings).not.toEqual(a.postings);
  });

  it("adds, re-adds without doubling, and removes with one call", async () => {
    const first = await addSamples(db.prisma, index, { count: 40, now });
    expect(first.created).toBe(40);
    const again = await addSamples(db.prisma, index, { count: 40, now });
    expect(again).toMatchObject({ created: 0, updated: 40 });
    expect(await db.prisma.jobPosting.count({ where: { isSample: true } })).toBe(40);
    expect(await removeSamples(db.prisma)).toBe(40);
    expect(await db.prisma.jobPosting.count()).toBe(0);
  });

  it("is on for PGlite and off for PostgreSQL unless SAMPLE_POSTINGS says otherwise", async () => {
    expect(samplePostingsEnabled({ DATABASE_URL: undefined })).toBe(true);
    expect(samplePostingsEnabled({ DATABASE_URL: "pglite:.data/x" })).toBe(true);
    expect(samplePostingsEnabled({ DATABASE_URL: "postgresql://h/db" })).toBe(false);
    expect(samplePostingsEnabled({ DATABASE_URL: "postgresql://h/db", SAMPLE_POSTINGS: "on" })).toBe(true);
    expect(samplePostingsEnabled({ DATABASE_URL: "pglite:x", SAMPLE_POSTINGS: "off" })).toBe(false);
    // start-up adds them only on a fresh install
    expect(await ensureSamplePostings(db, { enabled: true, fresh: false, log: () => {} })).toBe(0);
    expect(await ensureSamplePostings(db, { enabled: false, fresh: true, log: () => {} })).toBe(0);
    expect(await db.prisma.jobPosting.count()).toBe(0);
  });
});
