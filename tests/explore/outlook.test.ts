import { describe, expect, it } from "vitest";
import { brightOutlook, brightOutlookReason, brightOutlookRule, employmentSums, outlookBaseline, OPENINGS_THRESHOLD } from "@/lib/data/outlook";

const meta = { source: "BLS Employment Projections", baseYear: 2024, targetYear: 2034 };

describe("the all-occupations baseline", () => {
  it("is computed from the detailed rows that publish both figures", () => {
    const sums = employmentSums([
      { socCode: "11-1011", employmentBase: 1000, employmentTarget: 1100 },
      { socCode: "11-1021", employmentBase: 3000, employmentTarget: 3020 },
      { socCode: "11-2011", employmentBase: null, employmentTarget: 5000 }, // not published: left out
      { socCode: "00-0000", employmentBase: 4000, employmentTarget: 4120 }, // a total row is not counted twice
    ]);
    expect(sums).toEqual({ employmentBase: 4000, employmentTarget: 4120 });
    const b = outlookBaseline(sums, meta)!;
    // (4120 / 4000 − 1) × 100 = 3.0
    expect(b.averageGrowth).toBe(3);
    expect(b.growthThreshold).toBe(6);
    expect(b.openingsThreshold).toBe(OPENINGS_THRESHOLD);
    expect(b).toMatchObject(meta);
  });

  it("is null with nothing to compute from", () => {
    expect(outlookBaseline(employmentSums([]), meta)).toBeNull();
    expect(outlookBaseline(employmentSums([{ socCode: "11-1011", employmentBase: null, employmentTarget: null }]), meta)).toBeNull();
  });
});

describe("the bright outlook rule", () => {
  const b = outlookBaseline({ employmentBase: 1000, employmentTarget: 1031 }, meta)!; // 3.1%

  it("flags fast growth at twice the average and above, not below", () => {
    expect(b.growthThreshold).toBe(6.2);
    expect(brightOutlook({ changePercent: 6.2, openingsAnnual: 500 }, b)).toEqual({ bright: true, growsFast: true, manyOpenings: false });
    expect(brightOutlook({ changePercent: 6.1, openingsAnnual: 500 }, b).bright).toBe(false);
    expect(brightOutlook({ changePercent: 40, openingsAnnual: null }, b).growsFast).toBe(true);
  });

  it("flags many openings even where employment shrinks", () => {
    expect(brightOutlook({ changePercent: -9.9, openingsAnnual: 542_600 }, b)).toEqual({ bright: true, growsFast: false, manyOpenings: true });
    expect(brightOutlook({ changePercent: 1, openingsAnnual: OPENINGS_THRESHOLD - 1 }, b).bright).toBe(false);
    expect(brightOutlook({ changePercent: 10, openingsAnnual: OPENINGS_THRESHOLD }, b)).toEqual({ bright: true, growsFast: true, manyOpenings: true });
  });

  it("never counts a missing figure, and is never bright without projections", () => {
    expect(brightOutlook({ changePercent: null, openingsAnnual: null }, b).bright).toBe(false);
    expect(brightOutlook(null, b).bright).toBe(false);
    expect(brightOutlook({ changePercent: 50, openingsAnnual: 1_000_000 }, null).bright).toBe(false);
  });

  it("never calls a shrinking occupation fast-growing, even when all occupations shrink", () => {
    const shrinking = outlookBaseline({ employmentBase: 1000, employmentTarget: 950 }, meta)!;
    expect(shrinking.growthThreshold).toBe(-10);
    expect(brightOutlook({ changePercent: -2, openingsAnnual: 10 }, shrinking).growsFast).toBe(false);
    expect(brightOutlook({ changePercent: 0.5, openingsAnnual: 10 }, shrinking).growsFast).toBe(true);
  });

  it("states the rule with its figures, source and decade", () => {
    const text = brightOutlookRule(b);
    expect(text).toContain("6.2% or more");
    expect(text).toContain("3.1% for all occupations");
    expect(text).toContain("100,000 openings a year");
    expect(text).toContain("2024–2034");
    expect(text).toContain("BLS Employment Projections");
    expect(text).toContain("O*NET");
    expect(brightOutlookReason({ bright: true, growsFast: true, manyOpenings: false })).toBe("grows fast");
    expect(brightOutlookReason({ bright: false, growsFast: false, manyOpenings: false })).toBeNull();
  });
});
