import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasRealData, loadRealData } from "@/tests/helpers/real-data";
import type { Database } from "@/lib/db/connect";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseCompanyView, readCompanies, readCompany } from "@/lib/data/companies";
import { createTestDb } from "@/tests/helpers/testdb";


describe("the company view in the URL", () => {
  it("reads a view and drops what it cannot use", () => {
    expect(parseCompanyView({})).toEqual({ sort: "name", page: 1, limit: 24 });
    expect(parseCompanyView({ q: "  apple ", sector: ["Energy", "Utilities"], page: "3", sort: "-name" })).toMatchObject({
      q: "apple",
      sector: "Energy",
      page: 3,
      sort: "-name",
    });
    expect(parseCompanyView({ page: "-4", sort: "salary", limit: "100000", q: "" })).toEqual({ sort: "name", page: 1, limit: 24 });
    expect(parseCompanyView({ sort: "rating" })).toMatchObject({ sort: "rating" });
    expect(parseCompanyView({ q: "x".repeat(5000) }).q).toHaveLength(100);
  });
});

describe.skipIf(!hasRealData)("companies on the real data", () => {
  let db: Database;
  let prisma: PrismaClient;

  beforeAll(async () => {
    db = await createTestDb();
    await loadRealData(db);
    prisma = db.prisma;
  }, 300_000);

  afterAll(async () => {
    await db?.close();
  });

  const view = (params: Record<string, string>) => parseCompanyView(params);

  it("lists every company, by name, a page at a time", async () => {
    const all = await readCompanies(prisma, view({}));
    expect(all.total).toBe(500);
    expect(all.items).toHaveLength(24);
    expect(all.pageCount).toBe(Math.ceil(500 / 24));
    expect(all.items[0].name).toBe("3M");
    const names = all.items.map((c) => c.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("en", { sensitivity: "base", numeric: true }).compare));
    const reversed = await readCompanies(prisma, view({ sort: "-name" }));
    expect(reversed.items[0].name).not.toBe("3M");
    const last = await readCompanies(prisma, view({ page: String(all.pageCount) }));
    expect(last.items).toHaveLength(500 - 24 * (all.pageCount - 1));
    expect(all.source).toContain("S&P 500");
    expect(all.release).toBeTruthy();
  });

  it("finds a company by name or exact ticker", async () => {
    const byTicker = await readCompanies(prisma, view({ q: "mmm" }));
    expect(byTicker.items[0]).toMatchObject({ slug: "3m", ticker: "MMM" });
    const byName = await readCompanies(prisma, view({ q: "abbott" }));
    expect(byName.items.map((c) => c.slug)).toContain("abbott-laboratories");
    expect((await readCompanies(prisma, view({ q: "<script>zzzz" }))).total).toBe(0);
  });

  it("filters by sector, sub-industry and state with facet counts that agree with the list", async () => {
    const energy = await readCompanies(prisma, view({ sector: "energy", limit: "100" }));
    expect(energy.total).toBe(21);
    expect(energy.items.every((c) => c.sector === "Energy")).toBe(true);
    expect(energy.facets.sectors.find((f) => f.value === "Energy")?.count).toBe(21);
    // sub-industries are those of the chosen sector
    const subTotal = energy.facets.subIndustries.reduce((n, f) => n + f.count, 0);
    expect(subTotal).toBe(21);
    const texas = await readCompanies(prisma, view({ sector: "Energy", state: "Texas" }));
    expect(texas.total).toBe(energy.facets.states.find((f) => f.value === "Texas")?.count);
    expect(texas.items.every((c) => c.hqState === "Texas")).toBe(true);
    // footnote markers are gone from the state list
    const states = (await readCompanies(prisma, view({}))).facets.states.map((f) => f.value);
    expect(states.some((s) => s.includes("["))).toBe(false);
    expect((await readCompanies(prisma, view({ sector: "No such sector" }))).total).toBe(0);
  });

  it("reads one company with its facts and sector peers, same sub-industry first", async () => {
    const p = await readCompany(prisma, "3m");
    expect(p?.company).toMatchObject({ name: "3M", ticker: "MMM", sector: "Industrials", hqState: "Minnesota", founded: "1902", cik: "66740" });
    expect(p!.peers.length).toBeGreaterThan(0);
    expect(p!.peers.length).toBeLessThanOrEqual(8);
    expect(p!.peers.every((c) => c.sector === "Industrials" && c.slug !== "3m")).toBe(true);
    const same = p!.peers.map((c) => c.subIndustry === p!.company.subIndustry);
    expect(same).toEqual([...same].sort((a, b) => Number(b) - Number(a)));
    expect(p!.sectorSize).toBe(83);
    expect(await readCompany(prisma, "no-such-company")).toBeNull();
    expect(await readCompany(prisma, "x".repeat(500))).toBeNull();
    expect((await readCompany(prisma, "3M"))?.company.slug).toBe("3m");
  });
});
