/**
 * No N+1 in the page data: the number of SQL statements a page's data read runs stays the same when the list it
 * shows grows (counted through Prisma on the real data). scripts/bench/sql.ts counts the same per rendered page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readCareer } from "@/lib/data/careers";
import { dbResolvers, readComparison } from "@/lib/data/compare";
import { parseCompanyView, readCompanies } from "@/lib/data/companies";
import { resolveOne } from "@/lib/compare/resolve";
import { parseJobSearch } from "@/lib/jobs/params";
import { addSamples } from "@/lib/jobs/samples";
import { searchJobs } from "@/lib/jobs/search";
import { loadTitleIndex } from "@/lib/search/load";
import type { TitleIndex } from "@/lib/search/title-index";
import { countQueries, hasRealData, loadRealData } from "@/tests/helpers/real-data";
import { createTestDb } from "@/tests/helpers/testdb";

describe.skipIf(!hasRealData)("SQL statements per page read on the real data", () => {
  let db: Database;
  let prisma: PrismaClient;
  let index: TitleIndex;
  let queries = 0;

  beforeAll(async () => {
    db = await createTestDb();
    await loadRealData(db);
    index = await loadTitleIndex(db.prisma);
    await addSamples(db.prisma, index, { now: new Date("2026-11-28T12:00:00Z") });
    prisma = countQueries(db, () => queries++);
  }, 900_000);
  afterAll(async () => {
    await db?.close();
  });

  /** Statements run by `read`, and its result. */
  const count = async <T>(read: () => Promise<T>): Promise<{ n: number; result: T }> => {
    queries = 0;
    const result = await read();
    return { n: queries, result };
  };

  it("reads a career with many related rows in as many statements as one with few", async () => {
    const many = await count(() => readCareer(prisma, { slug: "registered-nurses" }));
    const few = await count(() => readCareer(prisma, { slug: "hydrologic-technicians" }));
    expect(many.result!.states!.ranked.length).toBeGreaterThan(few.result!.states!.ranked.length);
    expect(many.result!.related?.items.length).toBeGreaterThan(0);
    expect(few.result!.related?.items.length).toBeGreaterThan(0);
    expect(many.n).toBeGreaterThan(0);
    expect(few.n).toBe(many.n);
  });

  it("reads company page 5 in as many statements as page 1", async () => {
    const one = await count(() => readCompanies(prisma, parseCompanyView({})));
    const five = await count(() => readCompanies(prisma, parseCompanyView({ page: "5" })));
    expect(five.result.items.length).toBeGreaterThan(0);
    expect(five.result.items[0].slug).not.toBe(one.result.items[0].slug);
    expect(five.n).toBe(one.n);
  });

  it("reads a comparison in a fixed number of statements per career (one slug lookup, one profile read)", async () => {
    const search = async (q: string, limit: number) => index.search(q, { limit });
    const resolvers = dbResolvers(prisma, search);
    const compare = (slugs: string[]) =>
      count(() => readComparison(slugs, (s) => resolveOne(s, resolvers), (r) => readCareer(prisma, { slug: r.occupation.slug })));
    const alone = async (slugs: string[]) => {
      let n = 0;
      for (const slug of slugs) n += 1 + (await count(() => readCareer(prisma, { slug }))).n;
      return n;
    };
    const pairs = [
      ["registered-nurses", "paramedics"],
      ["software-developers", "web-developers", "database-administrators", "computer-programmers"],
    ];
    for (const slugs of pairs) {
      const c = await compare(slugs);
      expect(c.result.ok, slugs.join(",")).toBe(true);
      expect(c.n, slugs.join(",")).toBe(await alone(slugs));
    }
  });

  it("searches jobs with many matches in as many statements as with few", async () => {
    const search = (q: string) => {
      const parsed = parseJobSearch(new URLSearchParams(q));
      if (!parsed.ok) throw new Error(parsed.error);
      return count(() => searchJobs(prisma, parsed.value, { index, now: new Date("2026-11-28T12:00:00Z") }));
    };
    const all = await search("");
    const narrow = await search("q=registered+nurse");
    expect(all.result.postings.length).toBeGreaterThan(narrow.result.postings.length);
    expect(narrow.n).toBe(all.n);
  });
});
