import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { ingestText, parsePostingsFile } from "@/lib/jobs/ingest";
import { parseCsv } from "@/lib/jobs/csv";
import { classifyTitle } from "@/lib/jobs/classify";
import type { TitleIndex } from "@/lib/search/title-index";
import { createTestDb } from "@/tests/helpers/testdb";
import { seedJobsDb } from "./seed";

let db: Database;
let index: TitleIndex;

beforeAll(async () => {
  db = await createTestDb();
  index = await seedJobsDb(db);
});
afterAll(async () => {
  await db?.close();
});

const jsonLd = (over: Record<string, unknown> = {}) => ({
  "@context": "https://schema.org",
  "@type": "JobPosting",
  title: "Sr. Desktop Support Tech",
  identifier: { "@type": "PropertyValue", name: "Globex", value: "GX-1" },
  hiringOrganization: { "@type": "Organization", name: "Globex, Inc." },
  jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "San Jose", addressRegion: "CA", addressCountry: "US" } },
  employmentType: "FULL_TIME",
  baseSalary: { "@type": "MonetaryAmount", currency: "USD", value: { "@type": "QuantitativeValue", minValue: 28, maxValue: 36.5, unitText: "HOUR" } },
  datePosted: "2026-11-20",
  validThrough: "2027-01-20T00:00:00Z",
  url: "https://jobs.globex.example/gx-1",
  description: "Keep our **desktops** running.\n\n- Windows\n- Printers",
  ...over,
});

describe("classification", () => {
  it("classifies a title by the title search and leaves nonsense unclassified", () => {
    expect(classifyTitle(index, "sr desktop support tech")).toMatchObject({ onetCode: "15-1232.00", matchedTitle: "Desktop Support Technician (Desktop Support Tech)" });
    expect(classifyTitle(index, "ICU RN")?.onetCode).toBe("29-1141.03");
    expect(classifyTitle(index, "xyzzy plugh")).toBeNull();
  });
});

describe("JSON-LD import", () => {
  it("imports one object, classifies it, links the company and annualizes pay", async () => {
    const r = await ingestText(db.prisma, JSON.stringify(jsonLd()), "globex.jsonld", { index });
    expect(r).toMatchObject({ created: 1, updated: 0, errors: [] });
    const p = await db.prisma.jobPosting.findUniqueOrThrow({ where: { source_sourceId: { source: "import:globex", sourceId: "GX-1" } }, include: { locations: true, company: true } });
    expect(p).toMatchObject({ onetCode: "15-1232.00", classifiedBy: "search", payPeriod: "HOUR", payMinAnnual: 58_240, payMaxAnnual: 75_920, applyUrl: "https://jobs.globex.example/gx-1", remote: false, version: 1 });
    expect(p.company?.slug).toBe("globex");
    expect(p.locations).toMatchObject([{ city: "San Jose", state: "CA", remote: false }]);
    expect(p.matchScore).toBeGreaterThan(0.5);
  });

  it("updates a posting with the same source id instead of doubling it", async () => {
    const r = await ingestText(db.prisma, JSON.stringify([jsonLd({ title: "Desktop Support Technician II" })]), "globex.jsonld", { index });
    expect(r).toMatchObject({ created: 0, updated: 1 });
    const rows = await db.prisma.jobPosting.findMany({ where: { source: "import:globex" } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: "Desktop Support Technician II", version: 2 });
  });

  it("reads an @graph, skips broken items with their number and reason, and lands the good ones", async () => {
    const doc = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "Organization", name: "Acme" },
        jsonLd({ identifier: "A-1", title: "Registered Nurse", hiringOrganization: "Acme Corporation", jobLocation: undefined, jobLocationType: "TELECOMMUTE", applicantLocationRequirements: { "@type": "State", name: "Texas" } }),
        jsonLd({ identifier: "A-2", title: "" }),
        jsonLd({ identifier: "A-3", url: "javascript:alert(1)" }),
        jsonLd({ identifier: "A-4", jobLocation: { "@type": "Place", address: { addressRegion: "Atlantis" } } }),
        jsonLd({ identifier: "A-5", datePosted: "yesterday-ish" }),
      ],
    };
    const r = await ingestText(db.prisma, JSON.stringify(doc), "acme.json", { index });
    expect(r.created).toBe(1);
    expect(r.errors.map((e) => e.where)).toEqual(["item 3", "item 4", "item 5", "item 6"]);
    expect(r.errors[0].reason).toMatch(/title/);
    expect(r.errors[1].reason).toMatch(/http or https/);
    expect(r.errors[2].reason).toMatch(/unknown US state "Atlantis"/);
    expect(r.errors[3].reason).toMatch(/not a date/);
    const nurse = await db.prisma.jobPosting.findUniqueOrThrow({ where: { source_sourceId: { source: "import:acme", sourceId: "A-1" } }, include: { locations: true } });
    expect(nurse).toMatchObject({ remote: true, onetCode: "29-1141.00" });
    expect(nurse.locations).toMatchObject([{ state: "TX", remote: true }]);
  });

  it("refuses a file that is not JSON", () => {
    expect(() => parsePostingsFile("{ not json", "x.json", "s")).toThrow(/not valid JSON/);
  });
});

describe("CSV import", () => {
  const header = "source_id,title,company,city,state,remote,employment_type,pay_min,pay_max,pay_period,posted_at,expires_at,apply_url,description";
  it("parses quotes, escaped quotes and line breaks inside fields", () => {
    const rows = parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n');
    expect(rows).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["x, y", 'say "hi"\nthere'] },
    ]);
  });

  it("lands good rows, reports broken ones by line and updates duplicates", async () => {
    const csv = [
      header,
      ',Truck Driver,Acme Corporation,Austin,TX,no,full-time,55000,70000,year,2026-11-01,,https://acme.example/jobs/1,"Drive **safely**.\nCDL A."',
      ",Truck Driver,Acme Corporation,Austin,TX,no,full-time,56000,71000,year,2026-11-02,,,second copy: same company + title + place",
      ",Accountant,Initech,,,yes,contract,,,, 2026-11-03,,,",
      ",,Acme Corporation,Austin,TX,,,,,,2026-11-01,,,",
      ",Staff Accountant,Acme Corporation,Austin,TX,,,90000,80000,year,2026-11-01,,,",
      ",Staff Accountant,Acme Corporation,Austin,TX,,,90000,,,2026-11-01,,,",
      ",Staff Accountant,Acme Corporation,Austin,TX,,weird-type,90000,,year,2026-11-01,,,",
    ].join("\n");
    const r = await ingestText(db.prisma, csv, "acme-feed.csv", { index });
    expect(r.records).toBe(7);
    expect(r.errors.map((e) => e.where)).toEqual(["line 6", "line 7", "line 8", "line 9"]);
    expect(r.errors[1].reason).toMatch(/payMax is below payMin/);
    expect(r.errors[2].reason).toMatch(/pay needs a period/);
    expect(r.errors[3].reason).toMatch(/employmentType/);
    expect(r).toMatchObject({ created: 2, updated: 1 });
    const trucks = await db.prisma.jobPosting.findMany({ where: { source: "import:acme-feed", title: "Truck Driver" } });
    expect(trucks).toHaveLength(1);
    expect(trucks[0]).toMatchObject({ payMin: 56000, version: 2, onetCode: "53-3032.00", applyUrl: null });
    const remote = await db.prisma.jobPosting.findFirstOrThrow({ where: { source: "import:acme-feed", title: "Accountant" } });
    expect(remote).toMatchObject({ remote: true, employmentType: "CONTRACTOR", onetCode: "13-2011.00" });
    expect(remote.companyId).not.toBeNull(); // "Initech" matched the Company row
  });

  it("refuses a CSV without the required columns", () => {
    expect(() => parsePostingsFile("name,city\nx,y", "bad.csv", "s")).toThrow(/no "title" column/);
  });

  it("writes a file in one transaction: a database error on one row leaves none of the file's rows", async () => {
    const before = await db.prisma.jobPosting.count();
    // PostgreSQL refuses NUL in text: the second row fails inside the database, after the first was written
    const csv = `${header}\n,Truck Driver,Acme Corporation,Dallas,TX,,,,,,2026-11-01,,,\n,Truck\u0000Driver,Acme Corporation,Houston,TX,,,,,,2026-11-01,,,\n`;
    await expect(ingestText(db.prisma, csv, "dallas.csv", { index })).rejects.toThrow();
    expect(await db.prisma.jobPosting.count()).toBe(before);
  });
});
