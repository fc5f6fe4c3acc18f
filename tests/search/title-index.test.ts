import { beforeAll, describe, expect, it } from "vitest";
import { TitleIndex } from "@/lib/search/title-index";
import { occupations, titles } from "./fixtures";

let index: TitleIndex;
beforeAll(() => {
  index = new TitleIndex(occupations, titles);
});

const first = (q: string) => index.search(q)[0]?.onetCode;

describe("TitleIndex.search", () => {
  it("finds a title however it is written", () => {
    for (const q of ["Sr. Desktop Support Tech", "sr desktop support technician", "DESKTOP SUPPORT TECH II", "desktop-support tech (senior)"])
      expect(first(q), q).toBe("15-1232.00");
    expect(first("Registered Nurse")).toBe("29-1141.00");
    expect(first("RN")).toBe("29-1141.00");
    expect(first("LPN")).toBe("29-2061.00");
    expect(first("Staff Accountant")).toBe("13-2011.00");
    expect(first("Accountant III")).toBe("13-2011.00");
    expect(first("CEO")).toBe("11-1011.00");
  });

  it("ignores word order and plurals", () => {
    expect(first("nurses registered")).toBe("29-1141.00");
    expect(first("drivers truck")).toBe("53-3032.00");
    expect(first("Accountants")).toBe("13-2011.00");
  });

  it("forgives one typo in a word of five letters or more", () => {
    expect(first("registred nurse")).toBe("29-1141.00");
    expect(first("desktop suport techician")).toBe("15-1232.00");
    expect(first("accuntant")).toBe("13-2011.00");
    expect(index.typoCandidates("nurce")).toContain("nurse");
    expect(index.typoCandidates("nurs")).toEqual([]); // four letters: too short to guess
  });

  it("completes the last word as it is typed", () => {
    expect(first("regis")).toBe("29-1141.00");
    expect(first("desktop sup")).toBe("15-1232.00");
    expect(first("truck dr")).toBe("53-3032.00");
    // without completion "dr" is a word of its own that no title has: the match is weaker
    expect(index.search("truck dr", { prefix: false })[0].score).toBeLessThan(index.search("truck dr")[0].score);
  });

  it("lists every occupation an ambiguous title may mean, once each, with the matched title", () => {
    const results = index.search("Support Technician");
    const codes = results.map((r) => r.onetCode);
    expect(codes[0]).toBe("15-1232.00"); // the occupation most of these titles belong to
    expect(codes).toEqual(expect.arrayContaining(["43-4071.00", "49-2011.00"]));
    expect(new Set(codes).size).toBe(codes.length);
    const fileClerks = results.find((r) => r.onetCode === "43-4071.00")!;
    expect(fileClerks.matchedTitle).toBe("Support Technician");
    expect(fileClerks.title).toBe("File Clerks");
    expect(fileClerks.slug).toBe("file-clerks");
    expect(fileClerks.socCode).toBe("43-4071");
    for (let i = 1; i < results.length; i++) expect(results[i - 1].score).toBeGreaterThanOrEqual(results[i].score);
  });

  it("does not treat Chief as a level word", () => {
    expect(first("Chief Executive")).toBe("11-1011.00");
  });

  it("respects the limit", () => {
    expect(index.search("technician", { limit: 2 })).toHaveLength(2);
  });

  it("returns nothing for empty, filler-only, markup or unknown queries", () => {
    for (const q of ["", "   ", "the and of", "<script>alert(1)</script>", "🙂🙂", "zzzzqqq", "x".repeat(500)])
      expect(index.search(q), q).toEqual([]);
  });

  it("searches a query of level words only for those words", () => {
    expect(index.search("staff")[0]?.matchedTitle).toMatch(/staff/i);
  });
});
