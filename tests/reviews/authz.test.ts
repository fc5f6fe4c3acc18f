/**
 * The authorization matrix for reviews, in the style of tests/admin/authz.test.ts: every new action and page,
 * called directly as a signed-out visitor, a USER, an EDITOR and an ADMIN. Writing, reporting and "helpful" need an
 * account (401 otherwise); moderating needs EDITOR (403 for USER); /admin/moderation shows the sign-in notice,
 * the not-found page or the queue. A refused call changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import type { ActionState } from "@/lib/actions/authed-action";
import { helpfulReviewAction, moderateReviewAction, reportReviewAction, submitReviewAction } from "@/lib/actions/reviews";
import ModerationPage from "@/app/admin/moderation/page";
import WriteReviewPage from "@/app/companies/[slug]/review/page";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { AdminFrame } from "@/components/admin/admin-frame";
import { createReview } from "@/lib/reviews/write";
import { reviewFormSchema } from "@/lib/reviews/model";
import { adminTestDb, as, person, reviewForm, type Person } from "./helpers";

let db: Database;
let user: Person, editor: Person, admin: Person, writer: Person;
let companies = 0;

beforeAll(async () => {
  ({ db } = await adminTestDb());
  user = await person(db, "user@example.com", "USER");
  editor = await person(db, "editor@example.com", "EDITOR");
  admin = await person(db, "admin@example.com", "ADMIN");
  writer = await person(db, "writer@example.com", "USER");
});
afterAll(async () => {
  await db?.close();
});

type Who = "anonymous" | "USER" | "EDITOR" | "ADMIN";
const cookieOf = (who: Who) => ({ anonymous: undefined, USER: user.cookie, EDITOR: editor.cookie, ADMIN: admin.cookie })[who];
const WHO: Who[] = ["anonymous", "USER", "EDITOR", "ADMIN"];

function expected(who: Who, needed: "USER" | "EDITOR"): number {
  if (who === "anonymous") return 401;
  if (who === "USER") return needed === "USER" ? 200 : 403;
  return 200;
}

/** A fresh company, and a review of it by `writer` in the given status. */
async function freshReview(status: "PENDING" | "APPROVED") {
  const slug = `authz-${++companies}`;
  await db.prisma.company.create({ data: { slug, name: `Authz Co ${companies}`, source: "test" } });
  const made = await createReview(db.prisma, writer.id, reviewFormSchema.parse(reviewForm(slug)), null);
  if (!made.ok) throw new Error(made.message);
  if (status === "APPROVED") await db.prisma.companyReview.update({ where: { id: made.value.id }, data: { status } });
  return { slug, id: made.value.id };
}

/** What a refused call must not have changed: reviews, reports, votes, audit entries. */
const footprint = async () =>
  [await db.prisma.companyReview.count(), await db.prisma.reviewReport.count(), await db.prisma.reviewHelpfulVote.count(), await db.prisma.auditLog.count(), await db.prisma.companyReview.count({ where: { status: "APPROVED" } })].join(",");

const ACTIONS: { name: string; needed: "USER" | "EDITOR"; prepare: () => Promise<Record<string, string>>; run: (input: Record<string, string>) => Promise<ActionState<unknown>> }[] = [
  {
    name: "submitReviewAction",
    needed: "USER",
    prepare: async () => {
      const slug = `authz-new-${++companies}`;
      await db.prisma.company.create({ data: { slug, name: `Authz New ${companies}`, source: "test" } });
      return reviewForm(slug);
    },
    run: (input) => submitReviewAction(undefined, input),
  },
  { name: "reportReviewAction", needed: "USER", prepare: async () => ({ reviewId: (await freshReview("APPROVED")).id, reason: "Reads like an advert." }), run: (input) => reportReviewAction(undefined, input) },
  { name: "helpfulReviewAction", needed: "USER", prepare: async () => ({ reviewId: (await freshReview("APPROVED")).id }), run: (input) => helpfulReviewAction(undefined, input) },
  {
    name: "moderateReviewAction (approve)",
    needed: "EDITOR",
    prepare: async () => ({ reviewId: (await freshReview("PENDING")).id, version: "1", decision: "approve", reason: "" }),
    run: (input) => moderateReviewAction(undefined, input),
  },
  {
    name: "moderateReviewAction (reject)",
    needed: "EDITOR",
    prepare: async () => ({ reviewId: (await freshReview("PENDING")).id, version: "1", decision: "reject", reason: "Off topic." }),
    run: (input) => moderateReviewAction(undefined, input),
  },
];

describe("review actions × roles", () => {
  for (const action of ACTIONS) {
    for (const who of WHO) {
      const want = expected(who, action.needed);
      it(`${action.name} as ${who} → ${want}`, async () => {
        const input = await action.prepare();
        const before = await footprint();
        const answer = await as(cookieOf(who), () => action.run(input));
        expect(answer.status, answer.message).toBe(want);
        expect(answer.ok).toBe(want === 200);
        if (want !== 200) expect(await footprint()).toBe(before);
        else expect(await footprint()).not.toBe(before);
      });
    }
  }

  it("moderation by an editor writes exactly one audit entry; a forged cookie is signed out", async () => {
    const { id } = await freshReview("PENDING");
    const before = await db.prisma.auditLog.count();
    expect(await as(editor.cookie, () => moderateReviewAction(undefined, { reviewId: id, version: "1", decision: "approve" }))).toMatchObject({ ok: true });
    expect(await db.prisma.auditLog.count()).toBe(before + 1);
    expect(await as("next-auth.session-token=forged", () => moderateReviewAction(undefined, { reviewId: id, version: "2", decision: "reject", reason: "x y z" }))).toMatchObject({ status: 401 });
  });
});

type Page = () => Promise<unknown>;

/** What rendering a page gave: the sign-in notice (401), not found (403), the admin frame or a page (200). */
async function outcome(render: Page): Promise<number> {
  try {
    const element = (await render()) as { type?: unknown };
    if (element.type === SignedOutNotice) return 401;
    if (element.type === AdminFrame || element.type === "div") return 200;
    throw new Error(`unexpected page element ${String(element.type)}`);
  } catch (error) {
    if (String((error as { digest?: string }).digest).includes("404")) return 403;
    throw error;
  }
}

const PAGES: { path: string; needed: "USER" | "EDITOR"; render: Page }[] = [
  { path: "/admin/moderation", needed: "EDITOR", render: () => ModerationPage({ searchParams: Promise.resolve({ kind: "reported", page: "999999" }) }) },
  { path: "/admin/moderation?kind=pending", needed: "EDITOR", render: () => ModerationPage({ searchParams: Promise.resolve({ kind: "pending" }) }) },
  { path: "/companies/[slug]/review", needed: "USER", render: () => WriteReviewPage({ params: Promise.resolve({ slug: "acme" }) }) },
];

describe("pages × roles", () => {
  for (const page of PAGES) {
    for (const who of WHO) {
      const want = expected(who, page.needed);
      it(`${page.path} as ${who} → ${want === 403 ? "not found" : want}`, async () => {
        expect(await as(cookieOf(who), () => outcome(page.render))).toBe(want);
      });
    }
  }
});
