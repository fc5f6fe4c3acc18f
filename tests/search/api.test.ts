/**
 * GET /api/v1/search, called as Next.js calls it: a Request in, a Response out, against a test database that
 * holds a few occupations and titles.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { createTestDb } from "@/tests/helpers/testdb";
import { GET } from "@/app/api/v1/search/route";
import { occupations, titles } from "./fixtures";

let db: Database;

beforeAll(async () => {
  db = await createTestDb();
  await db.prisma.occupation.createMany({
    data: occupations.map((o) => ({
      onetCode: o.onetCode,
      socCode: o.socCode,
      statCode: o.socCode,
      title: o.title,
      slug: o.slug,
      majorCode: `${o.socCode.slice(0, 2)}-0000`,
    })),
  });
  await db.prisma.jobTitle.createMany({
    data: titles.map((t) => ({ ...t, normalized: t.title.toLowerCase(), source: "test", year: 2024 })),
  });
  // lib/db.ts keeps the server's one database on globalThis: hand it the test database
  (globalThis as unknown as { careerlensDb?: Promise<Database> }).careerlensDb = Promise.resolve(db);
});
afterAll(async () => {
  await db?.close();
});

async function get(query: string) {
  const response = await GET(new Request(`http://localhost/api/v1/search${query}`));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("GET /api/v1/search", () => {
  it("answers with the occupations a title may mean, best first, in the documented shape", async () => {
    const { status, body } = await get("?q=Sr.%20Desktop%20Support%20Tech");
    expect(status).toBe(200);
    const results = body.results as Record<string, unknown>[];
    expect(results[0]).toEqual({
      slug: "computer-user-support-specialists",
      title: "Computer User Support Specialists",
      socCode: "15-1232",
      onetCode: "15-1232.00",
      matchedTitle: "Desktop Support Technician (Desktop Support Tech)",
      score: expect.any(Number),
    });
    expect(Object.keys(body)).toEqual(["results"]);
  });

  it("honours limit, and defaults it to 10", async () => {
    expect(((await get("?q=technician&limit=1")).body.results as unknown[]).length).toBe(1);
    expect(((await get("?q=technician")).body.results as unknown[]).length).toBeLessThanOrEqual(10);
    expect((await get("?q=technician&limit=50")).status).toBe(200);
  });

  it("returns an empty list when nothing matches, including markup and emoji", async () => {
    for (const q of ["zzzqqq", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%F0%9F%99%82"]) {
      const { status, body } = await get(`?q=${q}`);
      expect(status, q).toBe(200);
      expect(body, q).toEqual({ results: [] });
    }
  });

  it.each([
    ["", /q is required/],
    ["?limit=5", /q is required/],
    ["?q=", /q must not be empty/],
    ["?q=%20%20%20", /q must not be empty/],
    [`?q=${"a".repeat(201)}`, /at most 200 characters/],
    ["?q=nurse&limit=0", /limit must be a whole number from 1 to 50/],
    ["?q=nurse&limit=51", /limit must be a whole number from 1 to 50/],
    ["?q=nurse&limit=abc", /limit must be a whole number from 1 to 50/],
    ["?q=nurse&limit=2.5", /limit must be a whole number from 1 to 50/],
    ["?q=nurse&limit=-3", /limit must be a whole number from 1 to 50/],
  ])("refuses %j with a 400 and a clear message", async (query, message) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(Object.keys(body)).toEqual(["error"]);
    expect(body.error).toMatch(message);
  });

  it("accepts 200 characters after trimming", async () => {
    expect((await get(`?q=%20${"a".repeat(200)}%20`)).status).toBe(200);
  });
});
