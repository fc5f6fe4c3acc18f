import { describe, expect, it } from "vitest";
import { changes, parseSnapshot, type CareerFigures } from "@/lib/saved/snapshot";
import { slugList } from "@/lib/saved/limits";
import { comparePath } from "@/lib/compare/slugs";

const base: CareerFigures = {
  slug: "paramedics",
  title: "Paramedics",
  medianPay: { value: 60600, topCoded: false, suppressed: false, source: "BLS OEWS", year: 2025 },
  growth: { percent: 5, baseYear: 2024, targetYear: 2034, source: "BLS Employment Projections", year: 2024 },
};

describe("what changed since a comparison was saved", () => {
  it("flags pay and growth separately, including a new release year and a figure that became unpublished", () => {
    expect(changes(base, base)).toEqual({ pay: false, growth: false });
    expect(changes(base, { ...base, medianPay: { ...base.medianPay!, value: 61000 } })).toEqual({ pay: true, growth: false });
    expect(changes(base, { ...base, medianPay: { ...base.medianPay!, year: 2026 } })).toEqual({ pay: true, growth: false });
    expect(changes(base, { ...base, medianPay: null })).toEqual({ pay: true, growth: false });
    expect(changes(base, { ...base, growth: { ...base.growth!, percent: 4.9 } })).toEqual({ pay: false, growth: true });
    expect(changes(undefined, base)).toEqual({ pay: false, growth: false });
  });

  it("reads odd stored snapshots without failing", () => {
    expect(parseSnapshot(null)).toEqual({ savedAt: "", careers: [] });
    expect(parseSnapshot({ careers: "nope" })).toEqual({ savedAt: "", careers: [] });
  });
});

describe("comparison slugs", () => {
  it("keeps order, refuses duplicates, too few or too many, and slugs that would break the -vs- URL", () => {
    expect(slugList.parse("registered-nurses,paramedics")).toEqual(["registered-nurses", "paramedics"]);
    expect(comparePath(["registered-nurses", "paramedics"])).toBe("/compare/registered-nurses-vs-paramedics");
    expect(slugList.safeParse(["a", "a"]).success).toBe(false);
    expect(slugList.safeParse(["a"]).success).toBe(false);
    expect(slugList.safeParse(["a", "b", "c", "d", "e"]).success).toBe(false);
    expect(slugList.safeParse(["a-vs-b", "c"]).success).toBe(false);
    expect(slugList.safeParse(["<script>", "c"]).success).toBe(false);
  });
});
