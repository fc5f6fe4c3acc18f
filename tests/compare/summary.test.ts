import { describe, expect, it } from "vitest";
import { writeComparisonSummary, withArticle, type SummaryCareer } from "@/lib/compare/summary";

const base = (over: Partial<SummaryCareer>): SummaryCareer => ({
  name: "A",
  occupationTitle: "Occupation A",
  onetCode: "11-1111.00",
  median: { value: 50000, topCoded: false },
  paySource: "BLS OEWS, May 2025",
  growth: 5,
  growthPeriod: "2024–2034",
  education: "Bachelor's degree",
  experience: "None",
  jobZone: 4,
  jobZoneLabel: "Considerable preparation needed",
  topSkills: ["Reading Comprehension", "Active Listening", "Speaking"],
  ...over,
});

const a = base({ name: "Lead Technician", occupationTitle: "Electrical Technicians", onetCode: "17-3023.00", median: { value: 77180, topCoded: false }, growth: 2.1 });
const b = base({
  name: "Senior Support Technician",
  occupationTitle: "Computer User Support Specialists",
  onetCode: "15-1232.00",
  median: { value: 61860, topCoded: false },
  growth: -3.7,
  education: "Some college, no degree",
  experience: "Less than 5 years",
  jobZone: 3,
  jobZoneLabel: "Medium preparation needed",
  topSkills: ["Active Listening", "Speaking", "Critical Thinking"],
});

const write = (careers: SummaryCareer[], common: string[] = [], distinct: string[][] = careers.map(() => [])) =>
  writeComparisonSummary({ careers, commonSkills: common, distinctSkills: distinct }).join(" ");

describe("the comparison summary", () => {
  it("says which pays more, by how much and by what share", () => {
    const text = write([a, b]);
    expect(text).toContain("Pay is higher for Lead Technician: a median of $77,180 a year against $61,860 for Senior Support Technician, $15,320 (24.8%) more (BLS OEWS, May 2025).");
  });

  it("says which grows faster and that the other declines", () => {
    expect(write([b, a])).toContain("Jobs are projected to grow faster for Lead Technician: +2.1% over 2024–2034, against Senior Support Technician (−3.7%). Jobs are projected to shrink for Senior Support Technician.");
  });

  it("says what each takes to get into, with experience and job zone", () => {
    const text = write([a, b]);
    expect(text).toContain("Getting in: for Lead Technician, typically a bachelor's degree and no prior work experience (job zone 4 of 5: considerable preparation needed)");
    expect(text).toContain("for Senior Support Technician, typically some college, no degree and less than 5 years of related work experience (job zone 3 of 5");
  });

  it("lists the top three skills, the shared ones and the differences", () => {
    const text = write([a, b], ["Active Listening", "Speaking"], [["Reading Comprehension"], ["Critical Thinking"]]);
    expect(text).toContain("Top skills: Lead Technician, reading comprehension, active listening and speaking; Senior Support Technician, active listening, speaking and critical thinking.");
    expect(text).toContain("Both rely on active listening and speaking.");
    expect(text).toContain("Where they differ: reading comprehension for Lead Technician only; critical thinking for Senior Support Technician only (among the top skills).");
    expect(write([a, b], [])).toContain("They share none of their ten most important skills.");
  });

  it("never invents a gap for a top-coded median", () => {
    const doctor = base({ name: "Surgeon", onetCode: "29-1248.00", median: { value: 239200, topCoded: true } });
    const text = write([doctor, a]);
    expect(text).toContain("Pay is highest for Surgeon: a median of at least $239,200 a year (the top-code, so the exact figure is not published), against $77,180 for Lead Technician");
    expect(text).not.toMatch(/\$162,020/);
    const both = write([doctor, base({ name: "Anesthesiologist", onetCode: "29-1211.00", median: { value: 239200, topCoded: true } })]);
    expect(both).toContain("Surgeon and Anesthesiologist both have medians at or above the top-code of $239,200 a year, so public data cannot say which pays more");
  });

  it("says so when pay or growth is missing, without guessing", () => {
    const military = base({ name: "Air Crew Officer", onetCode: "55-1012.00", median: null, paySource: null, growth: null, education: null, experience: null, jobZone: null, topSkills: [] });
    const text = write([a, military]);
    expect(text).toContain("Median pay is published for Lead Technician only ($77,180), so pay cannot be compared. BLS publishes no national median pay for Air Crew Officer.");
    expect(text).toContain("Growth cannot be compared: BLS projects employment for Lead Technician only.");
    expect(text).toContain("for Air Crew Officer, public data gives no typical entry requirements");
    expect(text).not.toContain("$0");
  });

  it("ranks three careers and leaves out the one without pay", () => {
    const c = base({ name: "Cook", onetCode: "35-2014.00", median: { value: 38000, topCoded: false }, growth: 5 });
    const none = base({ name: "Soldier", onetCode: "55-3010.00", median: null });
    const text = write([c, a, b, none]);
    expect(text).toContain("Pay is highest for Lead Technician, a median of $77,180 a year, then Senior Support Technician ($61,860) and Cook ($38,000); that is $39,180 (103.1%) more than Cook");
    expect(text).toContain("BLS publishes no national median pay for Soldier, so it is left out of this comparison.");
    expect(text).toContain("Jobs are projected to grow fastest for Cook");
  });

  it("explains two names that map to one occupation", () => {
    const a2 = { ...a, name: "Technician" };
    const text = write([a, a2]);
    expect(text).toContain("Lead Technician and Technician both map to the same occupation, Electrical Technicians, so their figures are identical");
    expect(text).not.toContain("Pay is higher");
    expect(write([a, a])).toContain("Lead Technician appears twice; it is one occupation, Electrical Technicians, so its columns are identical.");
    // a third, different career is still compared with the shared one
    const three = write([a, a2, b]);
    expect(three).toContain("both map to the same occupation");
    expect(three).toContain("Pay is higher for Lead Technician");
    expect(three).not.toContain("against $77,180");
  });

  it("handles equal figures", () => {
    const twin = base({ name: "B", onetCode: "22-2222.00" });
    const text = write([base({}), twin]);
    expect(text).toContain("A and B have the same median pay, $50,000 a year");
    expect(text).toContain("A and B are projected to change at the same rate (+5%)");
  });

  it("puts the right article before an education level", () => {
    expect(withArticle("Associate's degree")).toBe("an associate's degree");
    expect(withArticle("High school diploma or equivalent")).toBe("a high school diploma or equivalent");
    expect(withArticle("No formal educational credential")).toBe("no formal educational credential");
  });
});
