import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countQueries, hasRealData, loadRealData } from "@/tests/helpers/real-data";
import type { Database } from "@/lib/db/connect";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readMajorGroups, readProfessionGroup, readTitleLetter, type GroupNode } from "@/lib/data/professions";
import { readSitemapSlugs } from "@/lib/data/sitemap";
import { groupSlug, letterOf, majorCodeFrom, parseLetter } from "@/lib/professions/groups";
import { createTestDb } from "@/tests/helpers/testdb";


describe("group addresses and letters", () => {
  it("slugs a group title without the trailing 'Occupations'", () => {
    expect(groupSlug("Healthcare Practitioners and Technical Occupations")).toBe("healthcare-practitioners-and-technical");
    expect(groupSlug("Life, Physical, and Social Science Occupations")).toBe("life-physical-and-social-science");
  });

  it("reads SOC major codes and nothing else", () => {
    expect(majorCodeFrom("29-0000")).toBe("29-0000");
    expect(majorCodeFrom("29")).toBe("29-0000");
    expect(majorCodeFrom("29-1141")).toBeNull();
    expect(majorCodeFrom("healthcare")).toBeNull();
  });

  it("parses the letter parameter strictly", () => {
    expect(parseLetter(undefined)).toBe("none");
    expect(parseLetter("")).toBe("none");
    expect(parseLetter("B")).toBe("b");
    expect(parseLetter(["c", "d"])).toBe("c");
    expect(parseLetter("0-9")).toBe("0-9");
    expect(parseLetter("bb")).toBeNull();
    expect(parseLetter("<script>")).toBeNull();
    expect(letterOf(".NET Developer")).toBe("0-9");
    expect(letterOf("911 Dispatcher")).toBe("0-9");
    expect(letterOf("nurse")).toBe("n");
  });
});

describe.skipIf(!hasRealData)("professions on the real data", () => {
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

  it("lists the SOC major groups with their occupation counts", async () => {
    const groups = await readMajorGroups(prisma);
    expect(groups).toHaveLength(23);
    expect(groups[0]).toMatchObject({ code: "11-0000", title: "Management Occupations", slug: "management" });
    const health = groups.find((g) => g.code === "29-0000")!;
    expect(health).toMatchObject({ slug: "healthcare-practitioners-and-technical", occupations: 96 });
    const total = groups.reduce((n, g) => n + g.occupations, 0);
    expect(total).toBe(await prisma.occupation.count());
  });

  it("indexes one letter of titles, sorted, each leading to its occupation", async () => {
    queries = 0;
    const r = await readTitleLetter(prisma, "r");
    expect(queries).toBeLessThanOrEqual(3);
    const nurse = r.entries.find((e) => e.title === "Registered Nurses");
    expect(nurse).toMatchObject({ kind: "OCCUPATION", occupation: { slug: "registered-nurses" } });
    // a reported title shown in My Next Move
    const s = await readTitleLetter(prisma, "s");
    // a title that names several occupations is listed once for each
    const staffNurse = s.entries.filter((e) => e.title === "Staff Nurse");
    expect(staffNurse.map((e) => e.occupation.slug)).toEqual(expect.arrayContaining(["registered-nurses", "acute-care-nurses"]));
    expect(staffNurse.every((e) => e.kind === "REPORTED")).toBe(true);
    expect(r.entries.every((e) => letterOf(e.title) === "r")).toBe(true);
    const titles = r.entries.map((e) => e.title);
    const sorted = [...titles].sort(new Intl.Collator("en", { sensitivity: "base", numeric: true }).compare);
    expect(titles).toEqual(sorted);
    // no title is listed twice for the same occupation, whatever its case or kind
    const keys = r.entries.map((e) => `${e.title.toLowerCase()}|${e.occupation.slug}`);
    expect(new Set(keys).size).toBe(keys.length);
    // the navigation counts agree with what the letter shows, and a letter page stays usable
    expect(r.counts.r).toBe(r.entries.length);
    expect(Math.max(...Object.values(r.counts))).toBeLessThan(800);
    expect(r.sources).toContain("O*NET 30.1");
  });

  it("keeps titles that start with a digit or a symbol under 0–9", async () => {
    const digits = await readTitleLetter(prisma, "0-9");
    expect(digits.entries.length).toBeGreaterThan(0);
    expect(digits.entries.every((e) => letterOf(e.title) === "0-9")).toBe(true);
    expect(digits.counts["0-9"]).toBe(digits.entries.length);
    const x = await readTitleLetter(prisma, "x");
    expect(x.counts.x).toBe(x.entries.length);
  });

  it("lays out a major group from minor groups down to occupations with pay", async () => {
    queries = 0;
    const found = await readProfessionGroup(prisma, "healthcare-practitioners-and-technical");
    expect(queries).toBeLessThanOrEqual(5);
    expect(found.kind).toBe("found");
    if (found.kind !== "found") return;
    const { major, minors, pay } = found.group;
    expect(major.code).toBe("29-0000");
    expect(minors.map((m) => m.code)).toEqual(["29-1000", "29-2000", "29-9000"]);
    expect(pay).toMatchObject({ source: "BLS OEWS", year: 2025 });
    const all: GroupNode[] = [];
    const walk = (n: GroupNode) => {
      all.push(n);
      n.children.forEach(walk);
    };
    minors.forEach(walk);
    const occupations = all.flatMap((n) => n.occupations);
    expect(occupations).toHaveLength(96);
    const rn = occupations.find((o) => o.slug === "registered-nurses")!;
    expect(rn.pay).toEqual({ median: { value: 97550, topCoded: false, suppressed: false }, hourly: false, broader: false });
    // every occupation sits under the detailed group of its SOC code
    for (const n of all) for (const o of n.occupations) expect(n.code).toBe(o.socCode);
  });

  it("shows top-coded and hourly-only pay as published, never as a number it is not", async () => {
    const health = await readProfessionGroup(prisma, "healthcare-practitioners-and-technical");
    if (health.kind !== "found") throw new Error("group missing");
    const flat = (nodes: GroupNode[]): GroupNode[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
    const occ = flat(health.group.minors).flatMap((n) => n.occupations);
    const topCoded = occ.filter((o) => o.pay?.median.topCoded);
    for (const o of topCoded) expect(o.pay!.median.value).toBeNull();
    const arts = await readProfessionGroup(prisma, "arts-design-entertainment-sports-and-media");
    if (arts.kind !== "found") throw new Error("group missing");
    const actors = flat(arts.group.minors).flatMap((n) => n.occupations).find((o) => o.slug === "actors")!;
    expect(actors.pay).toMatchObject({ hourly: true, median: { value: 29.05 } });
    // military occupations: BLS publishes no pay
    const military = await readProfessionGroup(prisma, "military-specific");
    if (military.kind !== "found") throw new Error("group missing");
    expect(flat(military.group.minors).flatMap((n) => n.occupations).every((o) => o.pay === null)).toBe(true);
    expect(military.group.pay).toBeNull();
  });

  it("redirects SOC codes to the slug and refuses unknown groups", async () => {
    expect(await readProfessionGroup(prisma, "29-0000")).toEqual({ kind: "redirect", slug: "healthcare-practitioners-and-technical" });
    expect(await readProfessionGroup(prisma, "15")).toEqual({ kind: "redirect", slug: "computer-and-mathematical" });
    expect(await readProfessionGroup(prisma, "99-0000")).toEqual({ kind: "missing" });
    expect(await readProfessionGroup(prisma, "healthcare-practitioners")).toEqual({ kind: "missing" });
    expect(await readProfessionGroup(prisma, "<b>x</b>")).toEqual({ kind: "missing" });
  });

  it("lists every career, curated role, group, company and popular comparison for the sitemap", async () => {
    await prisma.role.create({ data: { slug: "sitemap-lead-nurse", name: "Sitemap Lead Nurse", onetCode: "29-1141.00" } });
    await prisma.role.create({ data: { slug: "sitemap-orphan-role", name: "Orphan", onetCode: "99-9999.99" } });
    queries = 0;
    const s = await readSitemapSlugs(prisma);
    expect(queries).toBe(5);
    // a role shows only while its occupation exists (its page is a 404 otherwise)
    expect(s.roles).toContain("sitemap-lead-nurse");
    expect(s.roles).not.toContain("sitemap-orphan-role");
    // popular comparisons: each career with its closest related occupations, one address per pair
    expect(s.comparisons.length).toBeGreaterThan(1500);
    expect(new Set(s.comparisons.map((p) => [...p].sort().join(" "))).size).toBe(s.comparisons.length);
    expect(s.comparisons.every(([a, b]) => a !== b && s.careers.includes(a) && s.careers.includes(b))).toBe(true);
    const nurses = s.comparisons.filter((p) => p[0] === "registered-nurses").map((p) => p[1]);
    const related = await prisma.relatedOccupation.findMany({ where: { onetCode: "29-1141.00", index: { lte: 3 } }, include: { occupation: false } });
    expect(nurses.length).toBeGreaterThan(0);
    expect(nurses.length).toBeLessThanOrEqual(related.length);
    expect(s.careers).toHaveLength(await prisma.occupation.count());
    expect(s.careers).toContain("registered-nurses");
    expect(s.groups).toHaveLength(23);
    expect(s.groups).toContain("healthcare-practitioners-and-technical");
    expect(s.companies.length).toBe(await prisma.company.count());
    expect(s.companies.length).toBeGreaterThan(400);
  });
});
