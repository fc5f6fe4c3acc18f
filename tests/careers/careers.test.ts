import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countQueries, hasRealData, loadRealData } from "@/tests/helpers/real-data";
import type { Database } from "@/lib/db/connect";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { occupationApiResponse, readCareer, type CareerProfile } from "@/lib/data/careers";
import { createTestDb } from "@/tests/helpers/testdb";


describe.skipIf(!hasRealData)("career profiles on the real data", () => {
  let db: Database;
  let prisma: PrismaClient;
  let queries = 0;

  beforeAll(async () => {
    db = await createTestDb();
    await loadRealData(db);
    // Count every Prisma operation the data module runs.
    prisma = countQueries(db, () => queries++);
  }, 300_000);

  afterAll(async () => {
    await db?.close();
  });

  const career = async (slug: string) => {
    const c = await readCareer(prisma, { slug });
    expect(c, slug).not.toBeNull();
    return c as CareerProfile;
  };

  it("reads the May 2025 national figures from the OEWS workbook", async () => {
    const c = await career("computer-user-support-specialists");
    expect(c.occupation).toMatchObject({ onetCode: "15-1232.00", socCode: "15-1232", title: "Computer User Support Specialists" });
    expect(c.pay).toMatchObject({ source: "BLS OEWS", year: 2025, period: "May 2025", employment: 717190 });
    expect(c.pay!.annual.median).toEqual({ value: 61860, topCoded: false, suppressed: false });
    expect(c.pay!.hourly.median.value).toBe(29.74);
    expect(c.pay!.annual.p90.value).toBe(100540);
    expect(c.trend.map((t) => t.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(c.trend[0].median.value).toBe(49770);
    expect(c.allOccupationsMedian).toMatchObject({ year: 2025, value: 50980 });
  });

  it("ranks states, metro areas and industries with their own years", async () => {
    const c = await career("computer-user-support-specialists");
    expect(c.states).toMatchObject({ source: "BLS OEWS", year: 2025 });
    expect(c.states!.ranked[0].name).toBe("District of Columbia");
    expect(c.states!.ranked.length).toBeLessThanOrEqual(51);
    const medians = c.states!.ranked.map((s) => s.median.value!);
    expect([...medians].sort((a, b) => b - a)).toEqual(medians);
    expect(c.metros).toMatchObject({ year: 2024 });
    expect(c.metros!.ranked.slice(0, 2).map((m) => [m.name, m.median.value])).toEqual([
      ["Sacramento-Roseville-Folsom, CA", 102430],
      ["San Francisco-Oakland-Fremont, CA", 85010],
    ]);
    expect(c.industries).toMatchObject({ year: 2024 });
    expect(c.industries!.ranked.slice(0, 2).map((s) => [s.name, s.median.value])).toEqual([
      ["Utilities", 81190],
      ["Mining, Quarrying, and Oil and Gas Extraction", 78530],
    ]);
  });

  it("reads projections, education, demographics, ratings, majors, colleges and related careers", async () => {
    const c = await career("computer-user-support-specialists");
    expect(c.projection).toMatchObject({
      source: "BLS Employment Projections",
      baseYear: 2024,
      targetYear: 2034,
      changePercent: -3.7,
      openingsAnnual: 40800,
      education: "Some college, no degree",
    });
    expect(c.education!.shares).toHaveLength(7);
    expect(c.education!.shares.find((s) => s.level === 5)?.percent).toBe(37.6);
    expect(c.demographics.people).toMatchObject({ year: 2022, women: 25.8, matchKind: "group", broader: true });
    expect(c.demographics.age).toMatchObject({ year: 2025, medianAge: 42.4 });
    expect(c.demographics.allWorkers.women).toBe(46.8);
    expect(c.skills!.items.length).toBeGreaterThan(0);
    expect(c.skills!.items.length).toBeLessThanOrEqual(10);
    const importance = c.skills!.items.map((s) => s.importance ?? 0);
    expect([...importance].sort((a, b) => b - a)).toEqual(importance);
    expect(c.knowledge!.items[0].name).toBe("Computers and Electronics");
    expect(c.technology!.items.some((t) => t.hot)).toBe(true);
    expect(c.majors!.items.map((m) => m.cipCode)).toContain("11.1006");
    expect(c.colleges!.items[0]).toMatchObject({ rank: 1 });
    expect(c.colleges!.year).toBe(2024);
    expect(c.related!.items[0]).toMatchObject({ slug: "software-developers" });
    expect(c.summary).toContain("$61,860");
  });

  it("keeps top-coded and suppressed values as flags, never as numbers", async () => {
    const c = await career("radiologists");
    const topCodedYear = c.trend.find((t) => t.year === 2024)!;
    expect(topCodedYear.median).toEqual({ value: null, topCoded: true, suppressed: false });
    // Teachers-like annual-only occupations: hourly wages are not published.
    const legislators = await career("legislators");
    expect(legislators.pay!.annualOnly).toBe(true);
    expect(legislators.pay!.hourly.median).toEqual({ value: null, topCoded: false, suppressed: true });
    expect(legislators.pay!.annual.median.value).toBeGreaterThan(0);
  });

  it("reads hourly figures for occupations BLS publishes hourly only", async () => {
    const c = await career("actors");
    expect(c.pay!.hourlyOnly).toBe(true);
    expect(c.pay!.annual.median.value).toBeNull();
    expect(c.pay!.hourly.median.value).toBe(29.05);
    expect(c.trend.at(-1)!.hourly.median.value).toBe(29.05);
    // States are ranked by their hourly median when no annual one is published.
    const hourly = c.states!.ranked.map((s) => s.hourlyMedian.value!);
    expect(hourly.length).toBeGreaterThan(0);
    expect([...hourly].sort((a, b) => b - a)).toEqual(hourly);
  });

  it("returns nulls, not zeros, for an occupation BLS publishes no figures for", async () => {
    const c = await career("air-crew-officers");
    expect(c.occupation.statCode).toBeNull();
    expect(c.pay).toBeNull();
    expect(c.trend).toEqual([]);
    expect(c.states).toBeNull();
    expect(c.metros).toBeNull();
    expect(c.industries).toBeNull();
    expect(c.projection).toBeNull();
    expect(c.summary).toContain("does not publish");
  });

  it("follows the published group for occupations BLS covers only in aggregate", async () => {
    const c = await career("buyers-and-purchasing-agents-farm-products");
    expect(c.occupation.statCode).toBe("13-1020");
    expect(c.pay?.annual.median.value).toBeGreaterThan(0);
  });

  it("lists other titles people use for the job, without repeating the occupation title", async () => {
    const c = await career("registered-nurses");
    expect(c.alsoCalled!.items.length).toBeGreaterThan(3);
    expect(c.alsoCalled!.items.length).toBeLessThanOrEqual(12);
    expect(c.alsoCalled!.items.map((t) => t.toLowerCase())).not.toContain("registered nurses");
    expect(c.alsoCalled!.sources.every((s) => s.startsWith("O*NET"))).toBe(true);
  });

  it("returns null for an unknown slug", async () => {
    expect(await readCareer(prisma, { slug: "no-such-career" })).toBeNull();
  });

  it("reads a profile in a fixed, small number of queries", async () => {
    queries = 0;
    await career("computer-user-support-specialists");
    const busy = queries;
    queries = 0;
    await career("registered-nurses");
    expect(queries).toBe(busy);
    // 18 for the figures, plus the editors' overlay (one primary-key lookup, in parallel with the others)
    expect(busy).toBeLessThanOrEqual(19);
  });

  describe("GET /api/v1/occupations/[code]", () => {
    it("answers a SOC code and an O*NET-SOC code with figures carrying source and year", async () => {
      const soc = await occupationApiResponse(prisma, "15-1232");
      expect(soc.status).toBe(200);
      const body = soc.body as ReturnType<typeof import("@/lib/data/careers").toApi>;
      expect(body.occupation.onetCode).toBe("15-1232.00");
      expect(body.figures.medianAnnualWage).toEqual({ value: 61860, topCoded: false, suppressed: false, source: "BLS OEWS", year: 2025 });
      expect(body.figures.projectedGrowthPercent).toEqual({ value: -3.7, source: "BLS Employment Projections", year: 2024 });
      expect(body.figures.women).toMatchObject({ value: 25.8, source: "BLS CPS Table 11", year: 2022, matchKind: "group" });
      for (const figure of Object.values(body.figures)) {
        if (figure && "source" in figure) expect(figure).toHaveProperty("year");
      }
      const onet = await occupationApiResponse(prisma, "15-1232.00");
      expect(onet.status).toBe(200);
      // A SOC code with several O*NET occupations answers with the .00 one.
      const rn = await occupationApiResponse(prisma, "29-1141");
      expect((rn.body as typeof body).occupation.onetCode).toBe("29-1141.00");
      expect(JSON.parse(JSON.stringify(soc.body))).toEqual(soc.body);
    });

    it("refuses bad codes with 400 and unknown codes with 404", async () => {
      for (const bad of ["", "abc", "15-123", "151232", "15-1232.0", "15-1232.00.1", "<script>", "15-1232;drop", "%", "%E0%A4%A", "15-1232%00", "🙂", "x".repeat(5000)]) {
        const r = await occupationApiResponse(prisma, bad);
        expect(r.status, bad).toBe(400);
        expect(r.body).toMatchObject({ error: "bad_code" });
      }
      const unknown = await occupationApiResponse(prisma, "99-9998");
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ error: "not_found" });
      expect((await occupationApiResponse(prisma, "15-1232.99")).status).toBe(404);
    });

    it("gives military occupations with no figures as nulls with no source", async () => {
      const r = await occupationApiResponse(prisma, "55-1011");
      expect(r.status).toBe(200);
      const body = r.body as ReturnType<typeof import("@/lib/data/careers").toApi>;
      expect(body.figures.medianAnnualWage).toEqual({ value: null, source: null, year: null });
      expect(body.figures.annualWagePercentiles).toBeNull();
    });
  });
});
