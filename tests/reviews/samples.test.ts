/**
 * Sample reviews (deterministic, labelled, by marked sample accounts, removable), the start-up switch, and
 * companies derived from job postings (every company that posts jobs has a profile).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { sampleReviewsEnabled } from "@/lib/env";
import { addSampleReviews, buildSampleReviews, removeSampleReviews, SAMPLE_ACCOUNTS } from "@/lib/reviews/samples";
import { ensureSampleReviews } from "@/lib/reviews/startup";
import { readBest } from "@/lib/reviews/best";
import { MIN_REVIEWS } from "@/lib/reviews/ranking";
import { writePostings } from "@/lib/jobs/write";
import { POSTINGS_SOURCE } from "@/lib/jobs/company-link";
import { readCompanies, parseCompanyView } from "@/lib/data/companies";
import { createTestDb } from "@/tests/helpers/testdb";
import { addCompanies } from "./helpers";

let db: Database;
const now = new Date("2026-11-29T12:00:00Z");

beforeAll(async () => {
  db = await createTestDb();
  await addCompanies(db, 30, ["Energy", "Utilities", "Materials", "Financials", "Health Care"], ["Texas", "Ohio", "New York", "Ireland"]);
});
afterAll(async () => {
  await db?.close();
});

describe("sample reviews", () => {
  it("are the same on every install (same seed and date)", async () => {
    const a = await buildSampleReviews(db.prisma, { now });
    const b = await buildSampleReviews(db.prisma, { now });
    expect(a).toEqual(b);
    expect(a.length).toBeGreaterThan(20);
    const other = await buildSampleReviews(db.prisma, { now, seed: 7 });
    expect(other).not.toEqual(a);
  });

  it("are written approved, labelled, by sample accounts that cannot sign in, one per account and company", async () => {
    const r = await addSampleReviews(db.prisma, null, { now });
    expect(r.accounts).toBe(SAMPLE_ACCOUNTS);
    const reviews = await db.prisma.companyReview.findMany({ include: { author: true } });
    expect(reviews).toHaveLength(r.created);
    expect(reviews.every((x) => x.isSample && x.status === "APPROVED" && x.author.isSample && x.author.passwordHash === null)).toBe(true);
    expect(reviews.every((x) => /^Sample reviewer \d\d$/.test(x.author.name) && x.author.email.endsWith("@sample.careerlens.invalid"))).toBe(true);
    const pairs = reviews.map((x) => `${x.authorId}|${x.companyId}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    // adding again replaces them (stable ids), never doubles them
    await addSampleReviews(db.prisma, null, { now });
    expect(await db.prisma.companyReview.count()).toBe(r.created);
  });

  it("give /companies/best a ranking with thin-data cases, and a single 5-star review that is not ranked", async () => {
    const best = await readBest(db.prisma);
    expect(best.overall.ranked.length).toBeGreaterThanOrEqual(5);
    expect(best.overall.thin.length).toBeGreaterThan(0);
    expect(best.overall.thin.some((c) => c.count === MIN_REVIEWS - 1)).toBe(true);
    const lone = best.overall.thin.find((c) => c.count === 1 && c.sum === 5);
    expect(lone).toBeDefined();
    expect(best.overall.ranked[0].score).toBeLessThan(5);
    expect(best.sectors.filter((s) => !s.tooFew).length).toBeGreaterThan(0);
    // ranked ones have at least the minimum, in score order
    const scores = best.overall.ranked.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it("are removed with their accounts by one command; start-up does not bring them back", async () => {
    const real = await db.prisma.user.create({ data: { email: "real@example.com", name: "Real Person" } });
    const removed = await removeSampleReviews(db.prisma);
    expect(removed.accounts).toBe(SAMPLE_ACCOUNTS);
    expect(await db.prisma.companyReview.count()).toBe(0);
    expect(await db.prisma.user.findMany({ select: { id: true } })).toEqual([{ id: real.id }]);
    expect(await ensureSampleReviews(db, { enabled: true, fresh: false, log: () => {} })).toBe(0);
    expect(await db.prisma.companyReview.count()).toBe(0);
  });

  it("are on by default for the embedded database and off for PostgreSQL; SAMPLE_REVIEWS decides", () => {
    expect(sampleReviewsEnabled({})).toBe(true);
    expect(sampleReviewsEnabled({ DATABASE_URL: "pglite:.data/x" })).toBe(true);
    expect(sampleReviewsEnabled({ DATABASE_URL: "postgresql://u@h/db" })).toBe(false);
    expect(sampleReviewsEnabled({ DATABASE_URL: "postgresql://u@h/db", SAMPLE_REVIEWS: "on" })).toBe(true);
    expect(sampleReviewsEnabled({ SAMPLE_REVIEWS: "off" })).toBe(false);
  });
});

describe("companies that post jobs", () => {
  it("get a company of their own (source: job postings) when no listed company matches, and show on /companies", async () => {
    const posting = (companyName: string, sourceId: string) => ({
      source: "import:test",
      sourceId,
      companyName,
      title: "Staff Accountant",
      locations: [{ city: "Austin", state: "TX", remote: false }],
      employmentType: "FULL_TIME" as const,
      payMin: 60_000,
      payMax: 70_000,
      payPeriod: "YEAR" as const,
      payCurrency: "USD",
      description: null,
      postedAt: new Date("2026-11-20"),
      expiresAt: null,
      applyUrl: null,
      isSample: false,
      onetCode: null,
    });
    await writePostings(db.prisma, [posting("Tiny Bakery LLC", "1"), posting("Tiny Bakery", "2"), posting("Company 01", "3")], null);
    const bakery = await db.prisma.company.findMany({ where: { source: POSTINGS_SOURCE } });
    expect(bakery.map((c) => [c.name, c.slug])).toEqual([["Tiny Bakery", "tiny-bakery"]]);
    const linked = await db.prisma.jobPosting.findMany({ select: { companyName: true, company: { select: { slug: true } } }, orderBy: { sourceId: "asc" } });
    expect(linked.map((p) => p.company?.slug)).toEqual(["tiny-bakery", "tiny-bakery", "co-01"]);
    const list = await readCompanies(db.prisma, parseCompanyView({ sort: "jobs" }));
    expect(list.items.slice(0, 2).map((c) => [c.slug, c.openJobs])).toEqual([
      ["tiny-bakery", 2],
      ["co-01", 1],
    ]);
    expect(list.items[0]).toMatchObject({ source: POSTINGS_SOURCE, sector: null, hqState: null });
  });
});
