import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, exploreHref, exploreSearchParams, hasFilters, parseExploreParams } from "@/lib/explore/params";

describe("parsing the Explore careers URL", () => {
  it("reads every filter, sort and page", () => {
    const { filters, notes } = parseExploreParams({
      group: "15-0000",
      payMin: "80,000",
      payMax: "$150k",
      growthMin: "5%",
      education: "bachelor",
      zone: "4",
      bright: "1",
      q: "  software   developers ",
      sort: "pay",
      dir: "asc",
      per: "50",
      page: "2",
    });
    expect(notes).toEqual([]);
    expect(filters).toEqual({
      group: "15",
      payMin: 80000,
      payMax: 150000,
      growthMin: 5,
      education: "bachelor",
      jobZone: 4,
      bright: true,
      q: "software developers",
      sort: "pay",
      dir: "asc",
      page: 2,
      perPage: 50,
    });
  });

  it("gives the defaults for an empty URL, and figures sort highest first by default", () => {
    expect(parseExploreParams({})).toEqual({ filters: DEFAULT_FILTERS, notes: [] });
    expect(parseExploreParams({ sort: "growth" }).filters.dir).toBe("desc");
    expect(parseExploreParams({ sort: "name" }).filters.dir).toBe("asc");
  });

  it("ignores bad values with a note for each, never throwing", () => {
    const { filters, notes } = parseExploreParams({
      group: "99",
      payMin: "lots",
      payMax: "<script>alert(document.cookie)</script>",
      growthMin: "fast",
      education: "phd",
      zone: "7",
      bright: "maybe",
      sort: "salary; drop table",
      dir: "sideways",
      per: "1000",
      page: "-3",
    });
    expect(filters).toEqual(DEFAULT_FILTERS);
    expect(notes).toHaveLength(11);
    expect(notes.join(" ")).toContain("not a SOC major group");
    expect(notes.join(" ")).toContain("“<script>alert(document.cookie)…”"); // quoted values are cut short
  });

  it("clamps out-of-range values with a note", () => {
    const huge = parseExploreParams({ payMin: "9999999999", growthMin: "500", page: "99999999" });
    expect(huge.filters.payMin).toBe(1_000_000);
    expect(huge.filters.growthMin).toBe(100);
    expect(huge.filters.page).toBe(1);
    expect(huge.notes).toHaveLength(3);
    const swapped = parseExploreParams({ payMin: "90000", payMax: "40000" });
    expect(swapped.filters).toMatchObject({ payMin: 40000, payMax: 90000 });
    expect(swapped.notes[0]).toContain("swapped");
    const noMax = parseExploreParams({ payMax: "5000000" });
    expect(noMax.filters.payMax).toBeNull();
    expect(noMax.notes).toHaveLength(1);
  });

  it("takes the first of repeated values and caps a very long title filter", () => {
    const { filters, notes } = parseExploreParams({ group: ["29", "15"], q: "nurse ".repeat(100) });
    expect(filters.group).toBe("29");
    expect(filters.q.length).toBeLessThanOrEqual(100);
    expect(notes[0]).toContain("first 100 characters");
    expect(parseExploreParams({ q: "🙂 <b>x</b>\u0000" }).filters.q).toBe("🙂 <b>x</b>");
  });
});

describe("writing the URL of a view", () => {
  it("leaves defaults out and keeps one order, so a view has one URL", () => {
    expect(exploreHref(DEFAULT_FILTERS)).toBe("/careers");
    const { filters } = parseExploreParams({ sort: "pay", group: "15", bright: "true", payMin: "50000", dir: "desc", page: "3" });
    expect(exploreSearchParams(filters).toString()).toBe("group=15&payMin=50000&bright=1&sort=pay&page=3");
    // The normal form reads back to the same view.
    expect(parseExploreParams(Object.fromEntries(exploreSearchParams(filters))).filters).toEqual(filters);
  });

  it("goes back to page 1 when a filter changes, and keeps the filters when only the page does", () => {
    const { filters } = parseExploreParams({ group: "15", page: "3" });
    expect(exploreHref(filters, { jobZone: 4 })).toBe("/careers?group=15&zone=4");
    expect(exploreHref(filters, { page: 4 })).toBe("/careers?group=15&page=4");
    expect(exploreHref(filters, { group: null })).toBe("/careers");
  });

  it("tells filtering apart from sorting", () => {
    expect(hasFilters(parseExploreParams({ sort: "pay", page: "2" }).filters)).toBe(false);
    expect(hasFilters(parseExploreParams({ bright: "1" }).filters)).toBe(true);
  });
});
