import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { postingInputSchema, type PostingInput } from "@/lib/jobs/model";
import { jobSearchQuery, parseJobSearch } from "@/lib/jobs/params";
import { jobFacets, readPlace, searchJobs } from "@/lib/jobs/search";
import { writePostings } from "@/lib/jobs/write";
import type { TitleIndex } from "@/lib/search/title-index";
import { createTestDb } from "@/tests/helpers/testdb";
import { GET as listJobs } from "@/app/api/v1/jobs/route";
import { GET as oneJob } from "@/app/api/v1/jobs/[id]/route";
import { seedJobsDb } from "./seed";

let db: Database;
let index: TitleIndex;
const now = new Date("2026-11-28T12:00:00Z");
const days = (n: number) => new Date(now.getTime() - n * 86_400_000);

const base = { source: "test", companyName: "Acme Corporation", locations: [{ state: "TX", city: "Austin" }], postedAt: days(2) };
const postings: PostingInput[] = [
  { ...base, sourceId: "1", title: "Desktop Support Technician", payMin: 50_000, payMax: 60_000, payPeriod: "YEAR" },
  { ...base, sourceId: "2", title: "Help Desk Technician", companyName: "Globex Inc.", locations: [{ state: "CA", city: "San Jose" }], payMin: 30, payMax: 40, payPeriod: "HOUR", postedAt: days(10) },
  { ...base, sourceId: "3", title: "Registered Nurse", locations: [{ remote: true }], payMin: 90_000, payMax: 120_000, payPeriod: "YEAR", employmentType: "PART_TIME", postedAt: days(0) },
  { ...base, sourceId: "4", title: "ICU RN", companyName: "Globex Inc.", locations: [{ state: "CA", city: "Los Angeles" }], postedAt: days(20) },
  { ...base, sourceId: "5", title: "Truck Driver", locations: [{ state: "TX", city: "Dallas" }], payMin: 25, payMax: 25, payPeriod: "HOUR", postedAt: days(5) },
  { ...base, sourceId: "6", title: "Desktop Support Tech (expired)", postedAt: days(40), expiresAt: days(1) },
  { ...base, sourceId: "7", title: "Staff Accountant", companyName: "Initech", locations: [{ state: "NY", city: "New York" }, { remote: true, state: "NJ" }], payMin: 70_000, payMax: 85_000, payPeriod: "YEAR", employmentType: "CONTRACTOR", postedAt: days(1) },
];

beforeAll(async () => {
  db = await createTestDb();
  index = await seedJobsDb(db);
  await writePostings(db.prisma, postings.map((p) => postingInputSchema.parse(p)), index);
  (globalThis as unknown as { careerlensDb?: Promise<Database> }).careerlensDb = Promise.resolve(db);
  (globalThis as unknown as { careerlensTitleIndex?: Promise<TitleIndex> }).careerlensTitleIndex = Promise.resolve(index);
});
afterAll(async () => {
  await db?.close();
});

const find = async (query: string) => {
  const parsed = parseJobSearch(new URLSearchParams(query));
  expect(parsed.ok, query).toBe(true);
  return searchJobs(db.prisma, parsed.value, { index, now });
};
const titles = async (query: string) => (await find(query)).postings.map((p) => p.title);

describe("job search", () => {
  it("reads keywords through the title search and also matches the posting's own words", async () => {
    const r = await find("q=sr+desktop+support+tech");
    expect(r.keyword?.occupations[0]).toMatchObject({ onetCode: "15-1232.00" });
    // both support postings are classified to Computer User Support Specialists; the expired one is left out
    expect(r.postings.map((p) => p.title)).toEqual(["Desktop Support Technician", "Help Desk Technician"]);
    expect(await titles("q=acme+truck")).toEqual(["Truck Driver"]); // company words count too
    expect(await titles("q=qqqxzzv")).toEqual([]);
  });

  it("filters by place, remote, pay, type, posted date, company and career", async () => {
    expect((await titles("where=CA")).sort()).toEqual(["Help Desk Technician", "ICU RN"]);
    expect(await titles("where=San+Jose,+CA")).toEqual(["Help Desk Technician"]);
    expect(await titles("where=dallas")).toEqual(["Truck Driver"]);
    expect((await titles("remote=1")).sort()).toEqual(["Registered Nurse", "Staff Accountant"]);
    expect((await titles("where=remote")).sort()).toEqual(["Registered Nurse", "Staff Accountant"]);
    expect(await titles("state=NJ")).toEqual(["Staff Accountant"]);
    // $30/hr = $62,400 a year
    expect(await titles("payMin=62000&sort=pay")).toEqual(["Registered Nurse", "Staff Accountant", "Help Desk Technician"]);
    expect(await titles("type=CONTRACTOR")).toEqual(["Staff Accountant"]);
    expect(await titles("posted=3")).toEqual(["Registered Nurse", "Staff Accountant", "Desktop Support Technician"]);
    expect((await titles("company=globex")).sort()).toEqual(["Help Desk Technician", "ICU RN"]);
    expect(await titles("career=critical-care-nurses")).toEqual(["ICU RN"]);
    expect((await titles("group=29-0000")).sort()).toEqual(["ICU RN", "Registered Nurse"]);
    expect(await titles("company=no-such-company")).toEqual([]);
  });

  it("sorts by date (default without keywords), pay, or relevance, and pages", async () => {
    const byDate = await titles("");
    expect(byDate).toEqual(["Registered Nurse", "Staff Accountant", "Desktop Support Technician", "Truck Driver", "Help Desk Technician", "ICU RN"]);
    expect(await titles("sort=pay")).toEqual(["Registered Nurse", "Staff Accountant", "Help Desk Technician", "Desktop Support Technician", "Truck Driver", "ICU RN"]);
    const r = await find("page=2");
    expect(r).toMatchObject({ total: 6, page: 2, pages: 1, postings: [] });
  });

  it("counts open postings by career group, state and company", async () => {
    const f = await jobFacets(db.prisma, now);
    expect(f.total).toBe(6);
    expect(f.states.find((s) => s.key === "TX")).toMatchObject({ label: "Texas", count: 2 });
    expect(f.companies.find((c) => c.key === "acme")?.count).toBe(3);
    expect(f.groups.find((g) => g.key === "29-0000")?.count).toBe(2);
  });

  it("reads places", () => {
    expect(readPlace("Austin, TX")).toEqual({ city: "austin", state: "TX" });
    expect(readPlace("texas")).toEqual({ state: "TX" });
    expect(readPlace("Remote")).toEqual({ remote: true });
    expect(readPlace("Springfield")).toEqual({ city: "springfield" });
  });
});

describe("search parameters", () => {
  it("rejects bad values with one clear message and keeps the good ones", () => {
    const r = parseJobSearch(new URLSearchParams("q=nurse&payMin=-5&posted=2&sort=cheap&page=0&state=ZZ&type=gig"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/payMin/);
    expect(r.error).toMatch(/posted must be one of 1, 3, 7, 14, 30/);
    expect(r.error).toMatch(/sort must be one of relevance, date, pay/);
    expect(r.error).toMatch(/page must be a whole number from 1 to 500/);
    expect(r.error).toMatch(/state must be a US state/);
    expect(r.error).toMatch(/type must be one of FULL_TIME/);
    expect(r.value).toMatchObject({ q: "nurse", page: 1 });
    expect(parseJobSearch(new URLSearchParams(`q=${"x".repeat(201)}`)).ok).toBe(false);
  });

  it("writes the query back without defaults", () => {
    const s = parseJobSearch(new URLSearchParams("q=nurse&remote=1&page=1")).value;
    expect(jobSearchQuery(s)).toBe("?q=nurse&remote=1");
    expect(jobSearchQuery(s, { page: 3, remote: undefined })).toBe("?q=nurse&page=3");
  });
});

describe("GET /api/v1/jobs", () => {
  it("answers with postings and refuses bad parameters with 400", async () => {
    const ok = await listJobs(new Request("http://localhost/api/v1/jobs?q=registered+nurse"));
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { total: number; results: { id: string; title: string; career: { slug: string }; pay: unknown; isSample: boolean }[]; interpretedAs: { slug: string }[] };
    expect(body.interpretedAs[0].slug).toBe("registered-nurses");
    expect(body.results[0]).toMatchObject({ title: "Registered Nurse", career: { slug: "registered-nurses" }, pay: { min: 90_000, max: 120_000, period: "YEAR", currency: "USD" }, isSample: false });
    const bad = await listJobs(new Request("http://localhost/api/v1/jobs?payMin=lots"));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/payMin/);
  });

  it("gives one posting with its pay context, and 404 for an unknown id", async () => {
    const list = (await (await listJobs(new Request("http://localhost/api/v1/jobs?q=help+desk"))).json()) as { results: { id: string }[] };
    const id = list.results[0].id;
    const res = await oneJob(new Request(`http://localhost/api/v1/jobs/${id}`), { params: Promise.resolve({ id }) });
    expect(res.status).toBe(200);
    const p = (await res.json()) as { payContext: { national: { area: string; annual: { median: number } }; state: { area: string } } };
    expect(p.payContext.national).toMatchObject({ area: "United States", annual: { median: 61_860 } });
    expect(p.payContext.state.area).toBe("California");
    const missing = await oneJob(new Request("http://localhost/api/v1/jobs/nope"), { params: Promise.resolve({ id: "<script>" }) });
    expect(missing.status).toBe(404);
  });
});

describe("keywords of level words only", () => {
  it("fall back to a text match on the title", async () => {
    await writePostings(db.prisma, [postingInputSchema.parse({ ...base, sourceId: "8", title: "Senior Associate" })], index);
    expect(await titles("q=senior")).toEqual(["Senior Associate"]);
    expect(await titles("q=100%25")).toEqual([]);
  });
});
