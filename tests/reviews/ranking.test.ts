/** The published ranking method on crafted data (lib/reviews/ranking.ts). */
import { describe, expect, it } from "vitest";
import { bayesianAverage, MIN_REVIEWS, PRIOR_WEIGHT, rankCompanies, rankGroups, siteMean, type Candidate } from "@/lib/reviews/ranking";

/** A company with these overall ratings. */
const co = (name: string, ratings: number[], extra: Partial<Candidate> & { sector?: string } = {}) => ({
  slug: name.toLowerCase().replace(/\s+/g, "-"),
  name,
  count: ratings.length,
  sum: ratings.reduce((a, b) => a + b, 0),
  ...extra,
});

describe("bayesianAverage and siteMean", () => {
  it("is (C·m + Σ)/(C + n)", () => {
    expect(bayesianAverage({ count: 2, sum: 10 }, 3, 5)).toBeCloseTo((5 * 3 + 10) / 7, 10);
    expect(bayesianAverage({ count: 0, sum: 0 }, 3.4, 5)).toBeCloseTo(3.4, 10);
  });
  it("the mean is over ratings, not over companies", () => {
    expect(siteMean([{ count: 1, sum: 5 }, { count: 3, sum: 3 }])).toBe(2);
    expect(siteMean([])).toBeNull();
    expect(siteMean([{ count: 0, sum: 0 }])).toBeNull();
  });
});

describe("rankCompanies", () => {
  it("one 5-star review cannot top the list: it is not ranked at all, and would not win if the minimum were 1", () => {
    const lone = co("Lone Star", [5]);
    const steady = co("Steady Co", [5, 4, 5, 4, 5, 4, 5, 4, 5, 4]); // 4.5 over ten
    const weak = co("Weak Inc", [2, 3, 2]);
    const all = [lone, steady, weak];
    const m = siteMean(all)!;
    const r = rankCompanies(all, m);
    expect(r.ranked.map((c) => c.name)).toEqual(["Steady Co", "Weak Inc"]);
    expect(r.thin.map((c) => c.name)).toEqual(["Lone Star"]);
    expect(r.tooFew).toBe(false);
    // even with no minimum, the prior pulls the single review down below ten reviews averaging 4.5
    const noMinimum = rankCompanies(all, m, { priorWeight: PRIOR_WEIGHT, minReviews: 1, minRanked: 2 });
    expect(noMinimum.ranked[0].name).toBe("Steady Co");
    expect(noMinimum.ranked.find((c) => c.name === "Lone Star")!.score).toBeLessThan(4.5);
  });

  it("more reviews at the same average rank higher (the prior matters less)", () => {
    const few = co("Few", [5, 5, 5]);
    const many = co("Many", Array(30).fill(5));
    const low = co("Low", Array(30).fill(2));
    const r = rankCompanies([few, many, low], siteMean([few, many, low])!);
    expect(r.ranked.map((c) => c.name)).toEqual(["Many", "Few", "Low"]);
    expect(r.ranked[0].average).toBe(5);
    expect(r.ranked[0].score).toBeGreaterThan(r.ranked[1].score);
  });

  it("ties: equal scores go to more reviews, then to the name A–Z", () => {
    const b = co("Bravo", [4, 4, 4]);
    const a = co("Alpha", [4, 4, 4]);
    const c = co("Charlie", [4, 4, 4, 4, 4, 4]);
    // with m = 4 every score is exactly 4
    const r = rankCompanies([b, a, c], 4);
    expect(r.ranked.map((x) => [x.name, x.rank, x.score])).toEqual([
      ["Charlie", 1, 4],
      ["Alpha", 2, 4],
      ["Bravo", 3, 4],
    ]);
  });

  it("thin data: too few ranked companies says so instead of ordering them", () => {
    const one = co("Only One", [4, 5, 4]);
    const thin = co("Thin", [5, 5]);
    const r = rankCompanies([one, thin, co("Unreviewed", [])], 4);
    expect(r.ranked).toHaveLength(1);
    expect(r.tooFew).toBe(true);
    expect(r.thin.map((c) => c.name)).toEqual(["Thin"]);
    // unreviewed companies are neither ranked nor thin
    expect([...r.ranked, ...r.thin].some((c) => c.name === "Unreviewed")).toBe(false);
  });

  it("no reviews on the site: no mean, nothing ranked", () => {
    const r = rankCompanies([co("A", []), co("B", [])], siteMean([]));
    expect(r).toEqual({ mean: null, ranked: [], thin: [], tooFew: true });
  });

  it(`a company reaching ${MIN_REVIEWS} reviews enters the ranking`, () => {
    const others = [co("X", [3, 3, 3, 3]), co("Y", [4, 4, 4, 4])];
    const before = rankCompanies([...others, co("New", [5, 5])], 3.6);
    expect(before.ranked.map((c) => c.name)).not.toContain("New");
    const after = rankCompanies([...others, co("New", [5, 5, 5])], 3.6);
    expect(after.ranked.map((c) => c.name)).toEqual(["New", "Y", "X"]);
  });
});

describe("rankGroups", () => {
  it("ranks each sector against the same site-wide mean and skips unreviewed companies", () => {
    const all = [
      co("A1", [5, 5, 5], { sector: "Energy" } as never),
      co("A2", [3, 3, 3], { sector: "Energy" } as never),
      co("B1", [4, 4, 4], { sector: "Utilities" } as never),
      co("C1", [], { sector: "Materials" } as never),
    ] as (Candidate & { sector: string })[];
    const m = siteMean(all)!;
    const groups = rankGroups(all, (c) => c.sector, m);
    expect(groups.map((g) => g.name)).toEqual(["Energy", "Utilities"]);
    expect(groups[0].ranked.map((c) => c.name)).toEqual(["A1", "A2"]);
    expect(groups[1].tooFew).toBe(true);
    expect(groups[0].mean).toBe(m);
  });
});
