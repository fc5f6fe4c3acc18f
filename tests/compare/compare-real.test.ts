import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { readCareer } from "@/lib/data/careers";
import { dbResolvers, readComparison, type ComparisonResult } from "@/lib/data/compare";
import { comparisonCsv, comparisonJson } from "@/lib/compare/export";
import { buildFigureGroups, EDITORIAL_GROUP, GROUPS } from "@/lib/compare/figures";
import { resolveOne, type Resolvers } from "@/lib/compare/resolve";
import { parsePair } from "@/lib/compare/slugs";
import { loadTitleIndex } from "@/lib/search/load";
import type { TitleIndex } from "@/lib/search/title-index";
import { createTestDb } from "@/tests/helpers/testdb";
import { hasRealData, loadRealData } from "@/tests/helpers/real-data";

describe.skipIf(!hasRealData)("comparisons on the real data", () => {
  let db: Database;
  let index: TitleIndex;
  let resolvers: Resolvers;

  beforeAll(async () => {
    db = await createTestDb();
    await loadRealData(db);
    index = await loadTitleIndex(db.prisma);
    resolvers = dbResolvers(db.prisma, async (q, limit) => index.search(q, { limit }));
  }, 300_000);

  afterAll(async () => {
    await db?.close();
  });

  const compare = async (path: string): Promise<ComparisonResult> => {
    const parsed = parsePair(path);
    if (!parsed.ok) throw new Error(`bad address ${path}`);
    return readComparison(parsed.slugs, (slug) => resolveOne(slug, resolvers), (r) => readCareer(db.prisma, { slug: r.occupation.slug }));
  };
  const ok = async (path: string) => {
    const result = await compare(path);
    if (!result.ok) throw new Error(`${path} did not resolve: ${JSON.stringify(result.careers)}`);
    return result.comparison;
  };

  it("resolves lead-technician and senior-support-technician through the title search, keeping the names", async () => {
    const c = await ok("lead-technician-vs-senior-support-technician");
    expect(c.title).toBe("Lead Technician vs Senior Support Technician");
    expect(c.careers.map((x) => [x.resolution.name, x.resolution.via, x.profile.occupation.onetCode, x.resolution.matchedTitle])).toEqual([
      ["Lead Technician", "search", "17-3023.00", "Technician"],
      ["Senior Support Technician", "search", "15-1232.00", "Support Technician (Support Tech)"],
    ]);
    expect(c.someSame).toBe(false);
    expect(c.groups.map((g) => g.title)).toEqual(GROUPS.map((g) => g.title));
    for (const g of c.groups) for (const row of g.rows) expect(row.cells, `${g.id}/${row.key}`).toHaveLength(2);
    const overview = c.groups.find((g) => g.id === "overview")!;
    const median = overview.rows.find((r) => r.key === "medianAnnualWage")!;
    expect(median.cells[1]).toMatchObject({ display: "$61,860", value: 61860, source: "BLS OEWS", year: 2025, missing: false });
    expect(overview.rows.find((r) => r.key === "growthPercent")!.cells[1]).toMatchObject({ display: "−3.7%", value: -3.7 });
    expect(c.summary.join(" ")).toMatch(/Pay is higher for Lead Technician: a median of \$[\d,]+ a year against \$61,860 for Senior Support Technician/);
    expect(c.summary.join(" ")).toContain("Senior Support Technician (−3.7%)");
  });

  it("takes an occupation slug as it is", async () => {
    const c = await ok("registered-nurses-vs-paramedics");
    expect(c.careers.map((x) => [x.resolution.name, x.resolution.via, x.resolution.matchedTitle])).toEqual([
      ["Registered Nurses", "occupation", null],
      ["Paramedics", "occupation", null],
    ]);
    const pay = c.groups.find((g) => g.id === "pay")!;
    expect(pay.rows.find((r) => r.key === "payRange")!.cells[0].display).toMatch(/^\$[\d,]+ – \$[\d,]+$/);
    expect(pay.rows.find((r) => r.key === "payTrend")!.cells[0].display).toMatch(/\(2021\) → .*\(2025\)/);
  });

  it("shows a four-way comparison with missing figures as missing", async () => {
    const c = await ok("registered-nurses-vs-paramedics-vs-air-crew-officers-vs-software-developers");
    expect(c.careers).toHaveLength(4);
    const medianCells = c.groups[0].rows[0].cells;
    expect(medianCells[2]).toMatchObject({ display: "not published", value: null, missing: true });
    expect(c.summary.join(" ")).toContain("BLS publishes no national median pay for Air Crew Officers, so it is left out of this comparison.");
    expect(JSON.stringify(c.groups)).not.toContain("$0");
  });

  it("handles the same career twice", async () => {
    const c = await ok("registered-nurses-vs-registered-nurses");
    expect(c.allSame).toBe(true);
    expect(c.summary[0]).toContain("Registered Nurses appears twice");
    const twoNames = await ok("software-developers-vs-software-engineer");
    expect(twoNames.allSame).toBe(true);
    expect(twoNames.summary[0]).toContain("Software Developers and Software Engineer both map to the same occupation");
  });

  it("gives suggestions for names it cannot match", async () => {
    const result = await compare("astronaut-vs-qwertyuiop");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [astronaut, nonsense] = result.careers;
    expect("suggestions" in astronaut && astronaut.suggestions.map((s) => s.slug)).toContain("air-crew-officers");
    expect(nonsense).toEqual({ slug: "qwertyuiop", name: "Qwertyuiop", suggestions: [] });
  });

  it("gives the API every figure with its source and year, and a CSV of the table", async () => {
    const c = await ok("lead-technician-vs-senior-support-technician");
    const json = comparisonJson(c);
    expect(json.url).toBe("/compare/lead-technician-vs-senior-support-technician");
    expect(json.careers[1].occupation).toMatchObject({ onetCode: "15-1232.00", url: "/careers/computer-user-support-specialists" });
    expect(json.careers[1].figures.medianAnnualWage).toMatchObject({ value: 61860, source: "BLS OEWS", year: 2025, group: "Overview" });
    for (const career of json.careers) {
      for (const [key, f] of Object.entries(career.figures)) {
        if (!f.missing) expect(f.source, key).toBeTruthy();
      }
    }
    const csv = comparisonCsv(c);
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("Group,Figure,Lead Technician,Senior Support Technician,Source");
    expect(lines.find((l) => l.startsWith("Overview,Yearly salary (median),"))).toMatch(/,\$61,860|"\$61,860"/);
    expect(csv).not.toContain("What they do"); // publisher prose stays on the page
  });

  it("adds the figures editors cited from other sources, each cell with its own source, only when there are some", async () => {
    const nurse = (await readCareer(db.prisma, { slug: "registered-nurses" }))!;
    const medic = (await readCareer(db.prisma, { slug: "paramedics" }))!;
    expect(buildFigureGroups([nurse, medic]).map((g) => g.id)).toEqual(GROUPS.map((g) => g.id));
    const figure = { label: "Openings posted in Ohio", value: 1250, unit: "postings", year: 2025, sourceName: "Ohio LMI", sourceUrl: "https://ohiolmi.com/" };
    const edited = { ...nurse, editorial: { description: null, tasksEdited: false, skillsEdited: false, figures: [figure], updatedAt: new Date().toISOString() } };
    const groups = buildFigureGroups([edited, medic]);
    expect(groups.map((g) => g.id)).toEqual([...GROUPS.map((g) => g.id), EDITORIAL_GROUP.id]);
    const [row] = groups.at(-1)!.rows;
    expect(row.label).toBe("Openings posted in Ohio");
    expect(row.cells[0]).toMatchObject({ display: "1,250 postings", value: 1250, source: "Ohio LMI", year: 2025, missing: false });
    expect(row.cells[1]).toMatchObject({ display: "not added", value: null, missing: true });
  });
});
