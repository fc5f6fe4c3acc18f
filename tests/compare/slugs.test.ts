import { describe, expect, it } from "vitest";
import { canonicalSlug, comparePath, parsePair, slugToName } from "@/lib/compare/slugs";
import { parseCompareParams } from "@/lib/compare/export";

describe("comparison addresses", () => {
  it("keeps a canonical address as it is", () => {
    expect(parsePair("lead-technician-vs-senior-support-technician")).toEqual({
      ok: true,
      slugs: ["lead-technician", "senior-support-technician"],
      canonical: "/compare/lead-technician-vs-senior-support-technician",
      isCanonical: true,
    });
  });

  it.each([
    ["Registered-Nurses-vs-Paramedics"],
    ["registered_nurses-vs-paramedics"],
    ["registered--nurses--vs--paramedics"],
    ["registered%20nurses-vs-paramedics"],
    ["registered nurses vs paramedics"],
    ["registered-nurses-VS-paramedics"],
    ["registered-nurses_vs_paramedics"],
    ["-registered-nurses-vs-paramedics-"],
    ["registered+nurses-vs.-paramedics"],
  ])("%s is a non-canonical form of registered-nurses-vs-paramedics", (segment) => {
    const parsed = parsePair(segment);
    expect(parsed).toMatchObject({ ok: true, slugs: ["registered-nurses", "paramedics"], isCanonical: false });
    if (parsed.ok) expect(parsed.canonical).toBe("/compare/registered-nurses-vs-paramedics");
  });

  it("reads up to four careers in order and refuses more or fewer", () => {
    expect(parsePair("a-vs-b-vs-c-vs-d")).toMatchObject({ ok: true, slugs: ["a", "b", "c", "d"] });
    expect(parsePair("a-vs-b-vs-c-vs-d-vs-e")).toEqual({ ok: false, reason: "too-many", slugs: ["a", "b", "c", "d", "e"] });
    expect(parsePair("registered-nurses")).toEqual({ ok: false, reason: "too-few", slugs: ["registered-nurses"] });
    expect(parsePair("-vs-")).toEqual({ ok: false, reason: "too-few", slugs: [] });
    expect(parsePair(`${"x".repeat(200)}-vs-b`)).toMatchObject({ ok: false, reason: "too-long" });
  });

  it("does not split words that merely contain vs", () => {
    expect(parsePair("canvas-workers-vs-vsphere-admins")).toMatchObject({ ok: true, slugs: ["canvas-workers", "vsphere-admins"] });
  });

  it("tolerates bad percent-encoding and odd characters", () => {
    expect(canonicalSlug("%E0%A4%A")).toBe("e0-a4-a");
    expect(canonicalSlug("Café & Bar Staff")).toBe("cafe-and-bar-staff");
    expect(canonicalSlug("Plumber's  Helper")).toBe("plumbers-helper");
    expect(canonicalSlug("<script>")).toBe("script");
  });

  it("names and paths", () => {
    expect(slugToName("lead-technician")).toBe("Lead Technician");
    expect(slugToName("911-dispatcher")).toBe("911 Dispatcher");
    expect(comparePath(["a", "b"])).toBe("/compare/a-vs-b");
  });
});

describe("GET /api/v1/compare parameters", () => {
  const parse = (q: string) => parseCompareParams(new URLSearchParams(q));
  it("accepts two to four slugs and normalizes them", () => {
    expect(parse("slugs=Registered_Nurses,paramedics")).toEqual({ ok: true, slugs: ["registered-nurses", "paramedics"], format: "json" });
    expect(parse("slugs=a,b,c,d&format=csv")).toMatchObject({ ok: true, format: "csv" });
  });
  it.each([
    ["", "missing_slugs"],
    ["slugs=", "missing_slugs"],
    ["slugs=a", "bad_slugs"],
    ["slugs=a,,", "bad_slugs"],
    ["slugs=a,b,c,d,e", "bad_slugs"],
    ["slugs=a,b&slugs=c", "bad_slugs"],
    [`slugs=${"x".repeat(600)},b`, "bad_slugs"],
    [`slugs=${"x".repeat(130)},b`, "bad_slugs"],
    ["slugs=a,b&format=xml", "bad_format"],
  ])("%s → 400 %s", (q, error) => {
    const r = parse(q);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBe(error);
      expect(r.message.length).toBeGreaterThan(10);
    }
  });
});
