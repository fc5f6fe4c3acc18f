import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countQueries, hasRealData, loadRealData } from "@/tests/helpers/real-data";
import type { Database } from "@/lib/db/connect";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { exploreCareers, readExploreData, topLists, type ExploreData, type ExploreRow } from "@/lib/data/explore";
import { readCareer } from "@/lib/data/careers";
import { parseExploreParams, type RawParams } from "@/lib/explore/params";
import { createTestDb } from "@/tests/helpers/testdb";


describe.skipIf(!hasRealData)("Explore careers on the real data", () => {
  let db: Database;
  let prisma: PrismaClient;
  let queries = 0;
  let data: ExploreData;

  beforeAll(async () => {
    db = await createTestDb();
    await loadRealData(db);
    // Count every Prisma operation the data module runs.
    prisma = countQueries(db, () => queries++);
    queries = 0;
    data = await readExploreData(prisma);
  }, 300_000);

  afterAll(async () => {
    await db?.close();
  });

  const view = (params: RawParams) => exploreCareers(data, parseExploreParams(params).filters);
  const row = (slug: string) => {
    const r = data.rows.find((x) => x.slug === slug);
    expect(r, slug).toBeDefined();
    return r as ExploreRow;
  };

  it("reads every occupation in four queries", () => {
    expect(queries).toBe(4);
    expect(data.rows).toHaveLength(1016);
    expect(data.groups).toHaveLength(23);
    expect(data.groups.reduce((s, g) => s + g.count, 0)).toBe(1016);
    expect(data.groups.find((g) => g.code === "15")).toMatchObject({ title: "Computer and Mathematical Occupations" });
    expect(data.pay).toEqual({ source: "BLS OEWS", year: 2025, period: "May 2025" });
    expect(data.projection).toEqual({ source: "BLS Employment Projections", year: 2024, targetYear: 2034 });
  });

  it("carries the same figures as the career profile", async () => {
    const r = row("computer-user-support-specialists");
    expect(r).toMatchObject({
      socCode: "15-1232",
      median: { value: 61860, topCoded: false, suppressed: false },
      employment: 717190,
      growth: -3.7,
      openings: 40800,
      education: "Some college, no degree",
      sharedFigures: false,
    });
    const profile = await readCareer(db.prisma, { slug: "registered-nurses" });
    const rn = row("registered-nurses");
    expect(rn.median).toEqual(profile!.pay!.annual.median);
    expect(rn.growth).toBe(profile!.projection!.changePercent);
    expect(rn.jobZone).toBe(profile!.occupation.jobZone);
    // Specialties publish under their parent's code: the same figures, marked as shared.
    expect(row("acute-care-nurses")).toMatchObject({ statCode: "29-1141", sharedFigures: true, median: rn.median });
  });

  it("keeps missing and hourly-only pay as such", () => {
    const military = row("air-crew-officers");
    expect(military.median).toEqual({ value: null, topCoded: false, suppressed: true });
    expect(military.growth).toBeNull();
    expect(military.outlook.bright).toBe(false);
    const actors = row("actors");
    expect(actors.hourlyOnly).toBe(true);
    expect(actors.median.value).toBeNull();
    expect(actors.hourlyMedian.value).toBe(29.05);
  });

  it("computes the bright outlook from the projections' own all-occupations growth", async () => {
    expect(data.baseline).toMatchObject({ averageGrowth: 3.1, growthThreshold: 6.2, openingsThreshold: 100_000, baseYear: 2024 });
    // Nurse practitioners: +40% (grows fast). Cashiers: −9.9% but 542,600 openings a year (many openings).
    expect(row("nurse-practitioners").outlook).toEqual({ bright: true, growsFast: true, manyOpenings: false });
    expect(row("cashiers").outlook).toEqual({ bright: true, growsFast: false, manyOpenings: true });
    expect(row("computer-user-support-specialists").outlook.bright).toBe(false);
    // The career profile applies the same rule to the same baseline.
    for (const slug of ["nurse-practitioners", "cashiers", "computer-user-support-specialists"]) {
      const profile = await readCareer(db.prisma, { slug });
      expect(profile!.projection!.brightOutlook, slug).toEqual(row(slug).outlook);
      expect(profile!.projection!.baseline).toEqual(data.baseline);
    }
    const bright = view({ bright: "1", per: "100" });
    expect(bright.total).toBeGreaterThan(100);
    expect(bright.total).toBeLessThan(data.rows.length / 2);
  });

  it("filters by group, pay, growth, education, job zone and title", () => {
    const computer = view({ group: "15", per: "100" });
    expect(computer.total).toBe(data.groups.find((g) => g.code === "15")!.count);
    expect(computer.rows.every((r) => r.majorCode === "15-0000")).toBe(true);

    const paid = view({ payMin: "100000", payMax: "150000", per: "100" });
    expect(paid.total).toBeGreaterThan(10);
    expect(paid.rows.every((r) => r.median.value! >= 100000 && r.median.value! <= 150000)).toBe(true);

    // May 2025 publishes medians above the old $239,200 top-code: a high minimum still finds them.
    const top = view({ payMin: "300000", per: "100" });
    expect(top.total).toBeGreaterThan(3);
    expect(top.rows.every((r) => r.median.value! >= 300000)).toBe(true);

    const growing = view({ growthMin: "20", per: "100" });
    expect(growing.rows.every((r) => r.growth! >= 20)).toBe(true);
    expect(growing.rows.map((r) => r.slug)).toContain("nurse-practitioners");

    const masters = view({ education: "master", zone: "5", per: "100" });
    expect(masters.total).toBeGreaterThan(0);
    expect(masters.rows.every((r) => r.education === "Master's degree" && r.jobZone === 5)).toBe(true);

    const nurses = view({ q: "Nurses" });
    expect(nurses.rows.map((r) => r.slug)).toContain("registered-nurses");
    expect(nurses.rows.every((r) => /nurse/i.test(r.title))).toBe(true);
    expect(view({ q: "software developers" }).rows.map((r) => r.slug)).toContain("software-developers");
    expect(view({ q: "15-1232" }).rows.map((r) => r.socCode)).toEqual(["15-1232"]);

    const none = view({ group: "55", payMin: "50000" });
    expect(none).toMatchObject({ total: 0, rows: [], page: 1, pages: 1 });
  });

  it("sorts by each figure both ways, missing figures last", () => {
    for (const sort of ["pay", "growth", "openings", "employment"] as const) {
      const key = (r: ExploreRow) => (sort === "pay" ? r.median.value : sort === "growth" ? r.growth : sort === "openings" ? r.openings : r.employment);
      for (const dir of ["asc", "desc"] as const) {
        const all = view({ sort, dir, per: "100", group: "29" });
        const pages = [all.rows];
        for (let p = 2; p <= all.pages; p++) pages.push(view({ sort, dir, per: "100", group: "29", page: String(p) }).rows);
        const values = pages.flat().map(key);
        const present = values.filter((v): v is number => v != null);
        expect(present, `${sort} ${dir}`).toEqual([...present].sort((a, b) => (dir === "asc" ? a - b : b - a)));
        expect(values.slice(0, present.length).every((v) => v != null), `${sort} ${dir}: nulls last`).toBe(true);
      }
    }
    expect(view({ sort: "pay" }).rows[0].median.value).toBeGreaterThan(200_000);
    const names = view({ per: "100" }).rows.map((r) => r.title);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    expect(view({ sort: "name", dir: "desc" }).rows[0].title.localeCompare(names[0])).toBeGreaterThan(0);
  });

  it("pages through every career exactly once and clamps a page past the end", () => {
    const first = view({ per: "50" });
    expect(first.pages).toBe(Math.ceil(1016 / 50));
    const seen = new Set<string>();
    for (let p = 1; p <= first.pages; p++) for (const r of view({ per: "50", page: String(p) }).rows) seen.add(r.onetCode);
    expect(seen.size).toBe(1016);
    const past = view({ per: "50", page: "999" });
    expect(past.page).toBe(first.pages);
    expect(past.rows.length).toBeGreaterThan(0);
    expect(past.pageNote).toContain("showing the last");
  });

  it("builds top lists with one entry per set of figures", () => {
    const lists = topLists(data, 10);
    expect(lists.map((l) => l.key)).toEqual(["pay", "growth", "openings", "employment"]);
    for (const list of lists) {
      expect(list.rows).toHaveLength(10);
      expect(new Set(list.rows.map((r) => r.statCode)).size).toBe(10);
    }
    const [pay, growth, openings, employment] = lists;
    expect(pay.rows.every((r) => r.median.value! > 200_000)).toBe(true);
    expect(growth.rows[0].growth).toBe(Math.max(...data.rows.map((r) => r.growth ?? -Infinity)));
    expect(openings.rows[0].slug).toBe("fast-food-and-counter-workers");
    expect(employment.rows[0].employment).toBe(Math.max(...data.rows.map((r) => r.employment ?? -Infinity)));
    // The main occupation stands for its figures: registered nurses, not a nursing specialty.
    expect(employment.rows.map((r) => r.slug)).toContain("registered-nurses");
    expect(employment.rows.map((r) => r.slug)).not.toContain("acute-care-nurses");
  });

  it("treats a top-coded median as at least the top-code and a missing one as matching no pay filter", () => {
    const base = row("registered-nurses");
    const crafted = [
      { ...base, onetCode: "a", title: "A top-coded", median: { value: null, topCoded: true, suppressed: false } },
      { ...base, onetCode: "b", title: "B published", median: { value: 120_000, topCoded: false, suppressed: false } },
      { ...base, onetCode: "c", title: "C missing", median: { value: null, topCoded: false, suppressed: true } },
    ];
    const titles = (params: RawParams) => exploreCareers({ rows: crafted }, parseExploreParams(params).filters).rows.map((r) => r.title);
    expect(titles({ payMin: "100000" })).toEqual(["A top-coded", "B published"]);
    expect(titles({ payMin: "239200" })).toEqual(["A top-coded"]);
    expect(titles({ payMin: "300000" })).toEqual([]); // not known to be that high
    expect(titles({ payMax: "500000" })).toEqual(["B published"]); // not known to be that low
    expect(titles({ sort: "pay" })).toEqual(["A top-coded", "B published", "C missing"]);
    expect(titles({ sort: "pay", dir: "asc" })).toEqual(["B published", "A top-coded", "C missing"]);
  });

  it("filters in memory quickly", () => {
    const filters = parseExploreParams({ group: "29", payMin: "60000", growthMin: "5", sort: "pay", q: "nurse" }).filters;
    const start = performance.now();
    for (let i = 0; i < 100; i++) exploreCareers(data, filters);
    const each = (performance.now() - start) / 100;
    console.log(`exploreCareers: ${each.toFixed(2)} ms a filtered view (in memory)`);
    expect(each).toBeLessThan(20);
  });
});
