/**
 * Reviews end to end below the browser, on a real database (PGlite, or PostgreSQL in the PostgreSQL lane): the form's
 * validation and sanitizing, the title mapping, one review per company per 12 months (also under concurrent
 * submits), moderation with its audit entry and revert, reports, helpful votes, and that a rejected or pending
 * review never shows publicly (list, summary, ranking, API).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { helpfulReviewAction, moderateReviewAction, reportReviewAction, submitReviewAction } from "@/lib/actions/reviews";
import { revertAction } from "@/lib/actions/admin";
import { createReview } from "@/lib/reviews/write";
import { reviewFormSchema, plainText } from "@/lib/reviews/model";
import { companyReviews, ownReviews, ratingSummary, ratingTotals } from "@/lib/reviews/read";
import { readBest } from "@/lib/reviews/best";
import { readQueue } from "@/lib/reviews/moderation";
import { GET as companyApi } from "@/app/api/v1/companies/[slug]/route";
import { GET as companiesApi } from "@/app/api/v1/companies/route";
import { GET as viewerApi } from "@/app/api/v1/companies/[slug]/me/route";
import { request } from "@/tests/accounts/helpers";
import { onPostgres } from "@/tests/helpers/testdb";
import { adminTestDb, as, person, reviewForm, type Person } from "./helpers";

let db: Database;
let author: Person, reader: Person, other: Person, editor: Person, admin: Person;
let acmeId: number;

beforeAll(async () => {
  ({ db } = await adminTestDb());
  author = await person(db, "author@example.com", "USER");
  reader = await person(db, "reader@example.com", "USER");
  other = await person(db, "other@example.com", "USER");
  editor = await person(db, "editor@example.com", "EDITOR");
  admin = await person(db, "admin@example.com", "ADMIN");
  acmeId = (await db.prisma.company.findUniqueOrThrow({ where: { slug: "acme" } })).id;
});
afterAll(async () => {
  await db?.close();
});

const count = () => db.prisma.companyReview.count();
const decide = (who: Person, reviewId: string, decision: "approve" | "reject", reason = "") =>
  db.prisma.companyReview.findUniqueOrThrow({ where: { id: reviewId } }).then((r) => as(who.cookie, () => moderateReviewAction(undefined, { reviewId, version: String(r.version), decision, reason })));
const apiReviews = async (slug: string) => (await (await companyApi(new Request(`http://localhost/api/v1/companies/${slug}`), { params: Promise.resolve({ slug }) })).json()) as {
  ratings: { count: number };
  reviews: { total: number; items: { id: string; pros: string }[] };
};

describe("the review form", () => {
  it("answers every bad field with its own message and stores nothing", async () => {
    const before = await count();
    const answer = await as(author.cookie, () =>
      submitReviewAction(undefined, reviewForm("acme", { overall: "6", workLife: "", pros: "too short", cons: "<b></b>", jobTitle: " ", currentEmployee: "maybe" })),
    );
    expect(answer).toMatchObject({ ok: false, status: 400 });
    expect(Object.keys(answer.fields ?? {}).sort()).toEqual(["cons", "currentEmployee", "jobTitle", "overall", "pros", "workLife"]);
    expect(answer.fields!.overall).toBe("Rate the company overall from 1 to 5.");
    expect(answer.fields!.pros).toMatch(/at least 20 characters/);
    expect(await count()).toBe(before);
    // an unknown company is a clear 404, not a crash
    expect(await as(author.cookie, () => submitReviewAction(undefined, reviewForm("no-such-company")))).toMatchObject({ ok: false, status: 404 });
    expect(await count()).toBe(before);
  });

  it("stores pros and cons as plain text: tags and control characters gone, length limited", () => {
    expect(plainText("Great <script>alert(1)</script> team\u0000\u202e\n\n\n\nand <b>pay</b>")).toBe("Great alert(1) team\n\nand pay");
    const long = reviewFormSchema.safeParse(reviewForm("acme", { cons: "x".repeat(2001) }));
    expect(long.success).toBe(false);
    // "a < b" is not a tag and is kept as typed
    expect(plainText("pay < market, hours > 50")).toBe("pay < market, hours > 50");
  });

  it("creates a PENDING review mapped to a career; the author sees it, nobody else does", async () => {
    const answer = await as(author.cookie, () =>
      submitReviewAction(undefined, reviewForm("acme", { pros: "Good <img src=x onerror=alert(1)>people and fair pay for the region." })),
    );
    expect(answer).toMatchObject({ ok: true, status: 200 });
    expect(answer.message).toMatch(/waiting for moderation/);
    expect(answer.data!.careerTitle).toBe("Computer User Support Specialists");
    const row = await db.prisma.companyReview.findUniqueOrThrow({ where: { id: answer.data!.id } });
    expect(row).toMatchObject({ status: "PENDING", careerSlug: "computer-user-support-specialists", currentEmployee: true, overall: 4 });
    expect(row.pros).toBe("Good people and fair pay for the region.");
    expect((await ownReviews(db.prisma, author.id, acmeId)).map((r) => [r.id, r.status])).toEqual([[row.id, "PENDING"]]);
    expect((await companyReviews(db.prisma, acmeId, "newest", 1)).total).toBe(0);
    expect((await ratingSummary(db.prisma, acmeId)).count).toBe(0);
    expect((await apiReviews("acme")).reviews.total).toBe(0);
    // the browser asks for the visitor's own part of the (shared, cached) company page
    const me = async (cookie?: string) => {
      const res = await viewerApi(request(`/api/v1/companies/acme/me?ids=${row.id}`, { cookie }), { params: Promise.resolve({ slug: "acme" }) });
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      return (await res.json()) as { user: unknown; own?: { id: string; status: string }[]; nextReviewDate?: string | null; marks?: { own: string[] } };
    };
    expect(await me()).toEqual({ user: null });
    const mine = await me(author.cookie);
    expect(mine.own!.map((r) => [r.id, r.status])).toEqual([[row.id, "PENDING"]]);
    expect(mine.nextReviewDate).toBeTruthy();
    expect(mine.marks!.own).toEqual([row.id]);
    const theirs = await me(reader.cookie);
    expect(theirs).toMatchObject({ own: [], nextReviewDate: null, marks: { own: [] } });
  });
});

describe("one review per company per 12 months", () => {
  it("refuses a second review within 12 months, allows one after, and a rejected review does not count", async () => {
    const again = await as(author.cookie, () => submitReviewAction(undefined, reviewForm("acme")));
    expect(again).toMatchObject({ ok: false, status: 409 });
    expect(again.message).toMatch(/You reviewed Acme Corporation on .*You can review it again from/);
    // another company is fine
    expect(await as(author.cookie, () => submitReviewAction(undefined, reviewForm("globex")))).toMatchObject({ ok: true });
    const form = reviewFormSchema.parse(reviewForm("acme"));
    const in13Months = new Date(Date.now() + 396 * 86_400_000);
    expect(await createReview(db.prisma, author.id, form, null, new Date(Date.now() + 300 * 86_400_000))).toMatchObject({ ok: false, status: 409 });
    expect(await createReview(db.prisma, author.id, form, null, in13Months)).toMatchObject({ ok: true });
    // a rejected review frees the slot
    const first = await as(other.cookie, () => submitReviewAction(undefined, reviewForm("initech")));
    expect(await decide(editor, first.data!.id, "reject", "Names a colleague.")).toMatchObject({ ok: true });
    expect(await as(other.cookie, () => submitReviewAction(undefined, reviewForm("initech")))).toMatchObject({ ok: true });
  });

  it(`concurrent submits by one person for one company create exactly one review (${onPostgres ? "PostgreSQL" : "PGlite"})`, async () => {
    const racer = await person(db, `racer-${Date.now()}@example.com`, "USER");
    const form = reviewFormSchema.parse(reviewForm("globex"));
    const results = await Promise.all(Array.from({ length: 6 }, () => createReview(db.prisma, racer.id, form, null)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.status === 409)).toBe(true);
    expect(await db.prisma.companyReview.count({ where: { authorId: racer.id } })).toBe(1);
    // and through the action, as two browser tabs would
    const racer2 = await person(db, `racer2-${Date.now()}@example.com`, "USER");
    const answers = await Promise.all([0, 1, 2].map(() => as(racer2.cookie, () => submitReviewAction(undefined, reviewForm("globex")))));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(await db.prisma.companyReview.count({ where: { authorId: racer2.id } })).toBe(1);
  });
});

describe("moderation", () => {
  let reviewId: string;

  it("an approved review shows everywhere; its decision is audited", async () => {
    reviewId = (await db.prisma.companyReview.findFirstOrThrow({ where: { authorId: author.id, companyId: acmeId }, orderBy: { createdAt: "asc" } })).id;
    const queue = await readQueue(db.prisma, { page: 1 });
    expect(queue.reviews.map((r) => r.id)).toContain(reviewId);
    const before = await db.prisma.auditLog.count();
    expect(await decide(editor, reviewId, "approve")).toMatchObject({ ok: true });
    expect(await db.prisma.auditLog.count()).toBe(before + 1);
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: reviewId, action: "review.approve" } });
    expect(entry).toMatchObject({ actorEmail: "editor@example.com", entityType: "CompanyReview" });
    expect(entry.before).toMatchObject({ status: "PENDING" });
    expect(entry.after).toMatchObject({ status: "APPROVED" });
    expect((await companyReviews(db.prisma, acmeId, "newest", 1)).reviews.map((r) => r.id)).toEqual([reviewId]);
    expect((await ratingSummary(db.prisma, acmeId)).distribution).toEqual([0, 0, 0, 1, 0]);
    expect((await apiReviews("acme")).reviews.items.map((r) => r.id)).toEqual([reviewId]);
    // a decision on a stale version is refused and changes nothing
    const stale = await as(editor.cookie, () => moderateReviewAction(undefined, { reviewId, version: "1", decision: "reject", reason: "late" }));
    expect(stale).toMatchObject({ ok: false, status: 409 });
    expect((await db.prisma.companyReview.findUniqueOrThrow({ where: { id: reviewId } })).status).toBe("APPROVED");
  });

  it("rejecting needs a reason", async () => {
    const r = await db.prisma.companyReview.findUniqueOrThrow({ where: { id: reviewId } });
    const answer = await as(editor.cookie, () => moderateReviewAction(undefined, { reviewId, version: String(r.version), decision: "reject", reason: "" }));
    expect(answer).toMatchObject({ ok: false, status: 400, fields: { reason: expect.stringMatching(/reason/) } });
  });

  it("a report puts the review back in the queue (once per person); it stays visible until an editor decides", async () => {
    expect(await as(reader.cookie, () => reportReviewAction(undefined, { reviewId, reason: "This looks like an advert." }))).toMatchObject({ ok: true });
    expect(await as(reader.cookie, () => reportReviewAction(undefined, { reviewId, reason: "Again." }))).toMatchObject({ ok: false, status: 409 });
    expect(await as(author.cookie, () => reportReviewAction(undefined, { reviewId, reason: "My own." }))).toMatchObject({ ok: false, status: 409 });
    expect(await as(reader.cookie, () => reportReviewAction(undefined, { reviewId, reason: "" }))).toMatchObject({ ok: false, status: 400 });
    const reported = await readQueue(db.prisma, { kind: "reported", page: 1 });
    expect(reported.reviews.map((r) => [r.id, r.reportCount, r.reports[0].reason])).toEqual([[reviewId, 1, "This looks like an advert."]]);
    expect((await companyReviews(db.prisma, acmeId, "newest", 1)).total).toBe(1);
    // a pending review cannot be reported (it is not public)
    const pending = await db.prisma.companyReview.findFirstOrThrow({ where: { status: "PENDING" } });
    expect(await as(reader.cookie, () => reportReviewAction(undefined, { reviewId: pending.id, reason: "Spam spam." }))).toMatchObject({ ok: false, status: 404 });
  });

  it("helpful once per person, never on one's own, and it orders the list", async () => {
    expect(await as(reader.cookie, () => helpfulReviewAction(undefined, { reviewId }))).toMatchObject({ ok: true });
    expect(await as(reader.cookie, () => helpfulReviewAction(undefined, { reviewId }))).toMatchObject({ ok: false, status: 409 });
    expect(await as(author.cookie, () => helpfulReviewAction(undefined, { reviewId }))).toMatchObject({ ok: false, status: 409 });
    expect((await db.prisma.companyReview.findUniqueOrThrow({ where: { id: reviewId } })).helpfulCount).toBe(1);
  });

  it("a rejected review never shows publicly: list, summary, totals, ranking, API", async () => {
    expect(await decide(editor, reviewId, "reject", "Breaks the rules: names a person.")).toMatchObject({ ok: true });
    const row = await db.prisma.companyReview.findUniqueOrThrow({ where: { id: reviewId } });
    expect(row).toMatchObject({ status: "REJECTED", flaggedAt: null, moderationReason: "Breaks the rules: names a person." });
    expect((await companyReviews(db.prisma, acmeId, "newest", 1)).total).toBe(0);
    expect((await companyReviews(db.prisma, acmeId, "helpful", 1)).total).toBe(0);
    expect((await ratingSummary(db.prisma, acmeId)).count).toBe(0);
    expect((await ratingTotals(db.prisma)).has(acmeId)).toBe(false);
    const best = await readBest(db.prisma);
    expect([...best.overall.ranked, ...best.overall.thin].some((c) => c.slug === "acme")).toBe(false);
    const api = await apiReviews("acme");
    expect(api.reviews.total).toBe(0);
    expect(JSON.stringify(api)).not.toContain(row.pros);
    const list = (await (await companiesApi(new Request("http://localhost/api/v1/companies?q=acme"))).json()) as { companies: { slug: string; reviewCount: number }[] };
    expect(list.companies.find((c) => c.slug === "acme")?.reviewCount).toBe(0);
    // its author still sees it, with the editor's reason
    expect((await ownReviews(db.prisma, author.id, acmeId)).find((r) => r.id === reviewId)).toMatchObject({ status: "REJECTED", moderationReason: "Breaks the rules: names a person." });
  });

  it("an admin can revert a decision from the audit log (itself audited); a changed review refuses the revert", async () => {
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: reviewId, action: "review.reject" }, orderBy: { createdAt: "desc" } });
    expect(await as(editor.cookie, () => revertAction(undefined, { auditId: entry.id }))).toMatchObject({ status: 403 });
    expect(await as(admin.cookie, () => revertAction(undefined, { auditId: entry.id }))).toMatchObject({ ok: true });
    expect((await db.prisma.companyReview.findUniqueOrThrow({ where: { id: reviewId } })).status).toBe("APPROVED");
    expect(await db.prisma.auditLog.findFirst({ where: { revertOf: entry.id, action: "review.revert" } })).not.toBeNull();
    expect((await companyReviews(db.prisma, acmeId, "newest", 1)).total).toBe(1);
    expect(await as(admin.cookie, () => revertAction(undefined, { auditId: entry.id }))).toMatchObject({ ok: false, status: 409 });
    // the earlier approval cannot be reverted any more: the review changed since
    const approval = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: reviewId, action: "review.approve" } });
    expect(await as(admin.cookie, () => revertAction(undefined, { auditId: approval.id }))).toMatchObject({ ok: false, status: 409 });
  });
});

describe("rate limits", () => {
  it("a sixth review in a day is refused with 429 and writes nothing", async () => {
    const busy = await person(db, `busy-${Date.now()}@example.com`, "USER");
    await db.prisma.company.createMany({ data: Array.from({ length: 6 }, (_, i) => ({ slug: `rl-${i}`, name: `Rate Limit Co ${i}`, source: "test" })) });
    for (let i = 0; i < 5; i++) expect(await as(busy.cookie, () => submitReviewAction(undefined, reviewForm(`rl-${i}`)))).toMatchObject({ ok: true });
    const sixth = await as(busy.cookie, () => submitReviewAction(undefined, reviewForm("rl-5")));
    expect(sixth).toMatchObject({ ok: false, status: 429 });
    expect(await db.prisma.companyReview.count({ where: { authorId: busy.id } })).toBe(5);
  });
});
