/**
 * Property-based fuzzing of the public JSON API, called as Next.js calls it (a Request in, a Response out)
 * against a test database: thousands of odd queries per route, none may give a 5xx or leak the server's insides,
 * and none may change stored data.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { createTestDb } from "@/tests/helpers/testdb";
import { GET as searchGET } from "@/app/api/v1/search/route";
import { GET as occupationGET } from "@/app/api/v1/occupations/[code]/route";
import { occupations, titles } from "../search/fixtures";
import { expectSafeJson, paramValue, queryString, RUNS } from "./harness";

let db: Database;
let fingerprint: string;

/** A digest of every row the routes could touch: it must not move while they are fuzzed. */
async function dataFingerprint() {
  const [row] = await db.query<{ h: string }>(
    `SELECT md5(coalesce((SELECT string_agg(o::text, ',' ORDER BY o."onetCode") FROM "Occupation" o), '') ||
                coalesce((SELECT string_agg(t::text, ',' ORDER BY t.id) FROM "JobTitle" t), '')) AS h`,
  );
  return row.h;
}

beforeAll(async () => {
  db = await createTestDb();
  await db.prisma.occupation.createMany({
    data: occupations.map((o) => ({ onetCode: o.onetCode, socCode: o.socCode, statCode: o.socCode, title: o.title, slug: o.slug, majorCode: `${o.socCode.slice(0, 2)}-0000` })),
  });
  await db.prisma.jobTitle.createMany({ data: titles.map((t) => ({ ...t, normalized: t.title.toLowerCase(), source: "test", year: 2024 })) });
  (globalThis as unknown as { careerlensDb?: Promise<Database> }).careerlensDb = Promise.resolve(db);
  fingerprint = await dataFingerprint();
});
afterAll(async () => {
  expect(await dataFingerprint()).toBe(fingerprint);
  await db?.close();
});

describe("fuzzing the API", () => {
  it(`GET /api/v1/search answers every query safely (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(queryString(["q", "limit"]), async (query) => {
        const body = (await expectSafeJson(await searchGET(new Request(`http://localhost/api/v1/search?${query}`)), `?${query}`)) as Record<string, unknown>;
        expect("results" in body || typeof body.error === "string").toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`GET /api/v1/occupations/[code] answers every code safely (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(paramValue, fc.constantFrom("15-1232", "15-1232.00", "29-1141.03")), async (code) => {
        const response = await occupationGET(new Request(`http://localhost/api/v1/occupations/x`), { params: Promise.resolve({ code }) });
        await expectSafeJson(response, JSON.stringify(code));
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
