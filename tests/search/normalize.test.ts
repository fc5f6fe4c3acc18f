import { describe, expect, it } from "vitest";
import { contentTerms, foldText, singular, titleVariants, tokenize } from "@/lib/search/normalize";
import { withinOneEdit } from "@/lib/search/title-index";

describe("foldText", () => {
  it("folds case, accents and punctuation", () => {
    expect(foldText("Sr. Desktop-Support TECH")).toBe("sr desktop support tech");
    expect(foldText("Développeur, Web (Front-End)")).toBe("developpeur web front end");
    expect(foldText("Children's Nurse")).toBe("children nurse");
    expect(foldText("R&D Engineer")).toBe("r and d engineer");
    expect(foldText("C++ / C# Developer")).toBe("c++ c# developer");
  });

  it("reads upper-case OR as the operating room", () => {
    expect(foldText("OR Nurse")).toBe("operating room nurse");
    expect(contentTerms("Nurse or Aide")).toEqual(["nurse", "aide"]);
  });
});

describe("level and seniority words", () => {
  it.each([
    "Senior Accountant",
    "Sr. Accountant",
    "Jr Accountant",
    "Junior Accountant",
    "Lead Accountant",
    "Principal Accountant",
    "Staff Accountant",
    "Entry Level Accountant",
    "Accountant II",
    "Accountant III",
    "Accountant IV",
    "Accountant 2",
    "Accountant I - Remote",
  ])("%j means an accountant", (title) => {
    expect(contentTerms(title)).toEqual(["accountant"]);
  });

  it("keeps Chief: it names occupations of its own", () => {
    expect(contentTerms("Chief Executive")).toEqual(["chief", "executive"]);
  });

  it("keeps the level words, marked as such", () => {
    expect(tokenize("Lead Technician").map((t) => [t.term, t.role])).toEqual([
      ["lead", "level"],
      ["technician", "content"],
    ]);
  });

  it("keeps 'entry' when it is not 'entry level'", () => {
    expect(contentTerms("Data Entry Clerk")).toEqual(["data", "entry", "clerk"]);
  });
});

describe("abbreviations", () => {
  it.each([
    ["Desktop Support Tech", ["desktop", "support", "technician"]],
    ["Office Mgr", ["office", "manager"]],
    ["Admin Asst", ["admin", "assistant"]],
    ["Administrative Assistant", ["admin", "assistant"]],
    ["Systems Administrator", ["system", "admin"]],
    ["Software Eng", ["software", "engineer"]],
    ["Field Engr", ["field", "engineer"]],
    ["Customer Service Rep", ["customer", "service", "representative"]],
    ["Project Coord", ["project", "coordinator"]],
    ["Benefits Spec", ["benefit", "specialist"]],
    ["Java Dev", ["java", "developer"]],
    ["RN", ["registered", "nurse"]],
    ["LPN", ["licensed", "practical", "nurse"]],
    ["CNA", ["certified", "nurse", "assistant"]],
    ["HVAC Tech", ["hvac", "technician"]],
    ["Heating, Ventilation, and Air Conditioning Technician", ["hvac", "technician"]],
    ["IT Support", ["information", "technology", "support"]],
    ["Acct Clerk", ["accountant", "clerk"]],
    ["Food Svc Worker", ["food", "service", "worker"]],
    ["Sys Analyst", ["system", "analyst"]],
    ["Ops Manager", ["operations", "manager"]],
    ["HR Generalist", ["human", "resource", "generalist"]],
  ])("%j → %j", (title, terms) => {
    expect(contentTerms(title)).toEqual(terms);
  });
});

describe("plurals and word order", () => {
  it.each([
    ["nurses", "nurse"],
    ["secretaries", "secretary"],
    ["technicians", "technician"],
    ["boxes", "box"],
    ["sales", "sales"],
    ["analysis", "analysis"],
    ["bus", "bus"],
    ["status", "status"],
  ])("%j → %j", (word, expected) => {
    expect(singular(word)).toBe(expected);
  });

  it("gives the same terms whatever the order", () => {
    expect(new Set(contentTerms("Nurse, Registered"))).toEqual(new Set(contentTerms("Registered Nurses")));
  });
});

describe("title variants", () => {
  it("matches the title without its remark, the remark alone, and the whole", () => {
    expect(titleVariants("Desktop Support Technician (Desktop Support Tech)")).toEqual([
      "Desktop Support Technician",
      "Desktop Support Tech",
      "Desktop Support Technician Desktop Support Tech",
    ]);
    expect(titleVariants("Registered Nurses")).toEqual(["Registered Nurses"]);
  });
});

describe("withinOneEdit", () => {
  it.each([
    ["nurse", "nurce", true],
    ["nurse", "nurses", true],
    ["nurse", "nure", true],
    ["nurse", "unrse", true],
    ["technician", "techincian", true], // one swap
    ["technician", "tecnhicain", false], // two swaps
    ["technician", "technicain", true],
    ["plumber", "plumbers", true],
    ["plumber", "lumbers", false],
  ])("%j ~ %j: %s", (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});
