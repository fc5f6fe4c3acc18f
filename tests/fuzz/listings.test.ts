/**
 * Fuzzing the listing and comparison APIs (companies, jobs, compare) with odd query strings: no 5xx, no
 * internals in any answer, and no stored row changes.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { createTestDb } from "@/tests/helpers/testdb";
import { GET as companiesGET } from "@/app/api/v1/companies/route";
import { GET as companyGET } from "@/app/api/v1/companies/[slug]/route";
import { GET as jobsGET } from "@/app/api/v1/jobs/route";
import { GET as jobGET } from "@/app/api/v1/jobs/[id]/route";
import { GET as compareGET } from "@/app/api/v1/compare/route";
import { occupations, titles } from "../search/fixtures";
import { expectSafeJson, paramValue, queryString, RUNS } from "./harness";

let db: Database;
let fingerprint: string;

async function dataFingerprint() {
  const [row] = await db.query<{ h: string }>(
    `SELECT md5((SELECT coalesce(string_agg(c::text, ',' ORDER BY c.id), '') FROM "Company" c) ||
                (SELECT count(*)::text FROM "JobPosting") || (SELECT count(*)::text FROM "Occupation")) AS h`,
  );
  return row.h;
}

beforeAll(async () => {
  db = await createTestDb();
  await db.prisma.occupation.createMany({
    data: occupations.map((o) => ({ onetCode: o.onetCode, socCode: o.socCode, statCode: o.socCode, title: o.title, slug: o.slug, majorCode: `${o.socCode.slice(0, 2)}-0000` })),
  });
  await db.prisma.jobTitle.createMany({ data: titles.map((t) => ({ ...t, normalized: t.title.toLowerCase(), source: "test", year: 2024 })) });
  await db.prisma.company.createMany({
    data: [
      { slug: "3m", name: "3M", ticker: "MMM", sector: "Industrials", subIndustry: "Industrial Conglomerates", hqCity: "Saint Paul", hqState: "Minnesota", source: "test" },
      { slug: "ge-aerospace", name: "GE Aerospace", ticker: "GE", sector: "Industrials", subIndustry: "Aerospace & Defense", hqState: "Ohio", source: "test" },
    ],
  });
  (globalThis as unknown as { careerlensDb?: Promise<Database> }).careerlensDb = Promise.resolve(db);
  fingerprint = await dataFingerprint();
});
afterAll(async () => {
  expect(await dataFingerprint()).toBe(fingerprint);
  await db?.close();
});

const url = (path: string, query: string) => new Request(`http://localhost${path}?${query}`);
const slugish = fc.oneof(paramValue, fc.constantFrom("3m", "ge-aerospace", "registered-nurses", "sample-0001", "1"));

describe("fuzzing the listing APIs", () => {
  it(`GET /api/v1/companies (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(queryString(["q", "sector", "subIndustry", "state", "sort", "page", "limit"]), async (q) => {
        await expectSafeJson(await companiesGET(url("/api/v1/companies", q)), `companies?${q}`);
      }),
      { numRuns: RUNS },
    );
  }, 180_000);

  it(`GET /api/v1/companies/[slug] (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(slugish, async (slug) => {
        await expectSafeJson(await companyGET(url("/api/v1/companies/x", ""), { params: Promise.resolve({ slug }) }), JSON.stringify(slug));
      }),
      { numRuns: RUNS },
    );
  }, 180_000);

  it(`GET /api/v1/jobs (${RUNS} cases)`, async () => {
    const keys = ["q", "where", "state", "remote", "payMin", "type", "posted", "company", "career", "group", "sort", "page"];
    await fc.assert(
      fc.asyncProperty(queryString(keys), async (q) => {
        await expectSafeJson(await jobsGET(url("/api/v1/jobs", q)), `jobs?${q}`);
      }),
      { numRuns: RUNS },
    );
  }, 180_000);

  it(`GET /api/v1/jobs/[id] (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(slugish, async (id) => {
        await expectSafeJson(await jobGET(url("/api/v1/jobs/x", ""), { params: Promise.resolve({ id }) }), JSON.stringify(id));
      }),
      { numRuns: RUNS },
    );
  }, 180_000);

  it(`GET /api/v1/compare (${Math.ceil(RUNS / 4)} cases: each resolves titles through search)`, async () => {
    const slugs = fc
      .array(fc.oneof(slugish, fc.constantFrom("lead-technician", "registered-nurses", "file-clerks")), { maxLength: 6 })
      .map((list) => list.join(","));
    const query = fc.oneof(
      queryString(["slugs", "format"]),
      fc.tuple(slugs, fc.constantFrom("", "csv", "json", "xml")).map(([s, f]) => new URLSearchParams({ slugs: s, ...(f ? { format: f } : {}) }).toString()),
    );
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        await expectSafeJson(await compareGET(url("/api/v1/compare", q)), `compare?${q}`, { csv: true });
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  }, 300_000);
});
