/**
 * THE AUTHORIZATION MATRIX: every server action and every mutating route handler (POST, PUT, PATCH, DELETE),
 * called directly (not through a page) as five people:
 *   anonymous · USER (signed in, owns nothing involved) · owner (a USER who owns the item acted on) · EDITOR · ADMIN
 * and with request variants:
 *   plain · subrequest (an `x-middleware-subrequest` header, which once let requests skip middleware: it must change
 *   nothing) · foreignOrigin (Origin https://evil.example, Sec-Fetch-Site cross-site: route handlers answer 403
 *   through lib/api/mutation.ts; server actions are refused by Next itself before they run, which needs a real
 *   server: e2e/security.spec.ts) · sameOrigin (a browser's own Origin: same answer as plain).
 * Each cell checks the status (an action's `status`, a redirect as 303, a route's HTTP status) and, when the call
 * is refused, that no stored row changed (tests/helpers/fingerprint.ts).
 *
 * ADDING A SERVER ACTION OR A MUTATING ROUTE (the "completeness" test fails until you do): add one row to ROWS.
 *   target   "lib/actions/<file>.ts#<export>" or "<METHOD> /api/<path with [params]>"
 *   needs    "public" | "USER" | "EDITOR" | "ADMIN": the least role allowed
 *   owned    true when it acts on an item that belongs to someone: others (even admins) get 404
 *   fresh    true when it ends the caller's session or account: each cell gets a new person of that role
 *   ok       the success status when not 200 (e.g. 201, or 303 for an action that redirects)
 *   expect   per-person overrides, e.g. { anonymous: 400 } for a public action given a bad input
 *   prepare  makes what the call needs (an item of `owner`, a posting) before the "nothing changed" snapshot
 *   call     makes the call as `caller` with `prepared`: `act(...)` for actions, `send(...)` for routes
 * A row for an editor action is usually three lines: see saveJobAction below. Routes that are not ours (next-auth)
 * go in EXEMPT with the reason.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import type { UserRole } from "@/lib/generated/prisma/client";
import type { ActionState } from "@/lib/actions/authed-action";
import { runWithRequest } from "@/lib/auth/request-scope";
import * as accountActions from "@/lib/actions/account";
import * as adminActions from "@/lib/actions/admin";
import * as savedActions from "@/lib/actions/saved";
import * as editorialActions from "@/lib/actions/editorial";
import * as reviewActions from "@/lib/actions/reviews";
import { createReview } from "@/lib/reviews/write";
import { reviewFormSchema } from "@/lib/reviews/model";
import { reviewForm } from "@/tests/reviews/helpers";
import * as signinRoute from "@/app/api/v1/account/signin/route";
import * as signupRoute from "@/app/api/v1/account/signup/route";
import * as resetRoute from "@/app/api/v1/account/password-reset/route";
import * as savedListRoute from "@/app/api/v1/saved/route";
import * as savedItemRoute from "@/app/api/v1/saved/[id]/route";
import { cookieFor, freshIp, STRONG } from "@/tests/accounts/helpers";
import { adminTestDb, jobForm, person, type Person } from "@/tests/admin/helpers";
import * as searchRoute from "@/app/api/v1/search/route";
import * as jobsRoute from "@/app/api/v1/jobs/route";
import * as jobRoute from "@/app/api/v1/jobs/[id]/route";
import * as companiesRoute from "@/app/api/v1/companies/route";
import * as companyRoute from "@/app/api/v1/companies/[slug]/route";
import * as occupationRoute from "@/app/api/v1/occupations/[code]/route";
import * as compareRoute from "@/app/api/v1/compare/route";
import * as exportRoute from "@/app/api/v1/account/export/route";
import * as meRoute from "@/app/api/v1/account/me/route";
import * as companyMeRoute from "@/app/api/v1/companies/[slug]/me/route";
import { dataFingerprint } from "@/tests/helpers/fingerprint";
import { hashPassword } from "@/lib/auth/password";

type Who = "anonymous" | "USER" | "owner" | "EDITOR" | "ADMIN";
type Variant = "plain" | "subrequest" | "foreignOrigin" | "sameOrigin";
type Caller = { who: Who; person?: Person; headers: Record<string, string> };
type Prepared = Record<string, string>;
type Row = {
  target: string;
  needs: "public" | "USER" | "EDITOR" | "ADMIN";
  owned?: boolean;
  fresh?: boolean;
  ok?: number;
  expect?: Partial<Record<Who, number>>;
  prepare?: () => Promise<Prepared>;
  call: (caller: Caller, prepared: Prepared) => Promise<number>;
};

const WHO: Who[] = ["anonymous", "USER", "owner", "EDITOR", "ADMIN"];
const ROLE_OF: Record<Exclude<Who, "anonymous">, UserRole> = { USER: "USER", owner: "USER", EDITOR: "EDITOR", ADMIN: "ADMIN" };
const SITE = "http://localhost";
const VARIANT_HEADERS: Record<Variant, Record<string, string>> = {
  plain: {},
  subrequest: { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware:proxy:proxy:proxy:proxy:proxy" },
  foreignOrigin: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
  sameOrigin: { origin: SITE, "sec-fetch-site": "same-origin" },
};
/** Server actions are plain functions here: the Origin check is Next's (e2e); the subrequest header must not matter. */
const ACTION_VARIANTS: Variant[] = ["plain", "subrequest"];
const ROUTE_VARIANTS: Variant[] = ["plain", "subrequest", "foreignOrigin", "sameOrigin"];

let db: Database;
let fixed: Record<Exclude<Who, "anonymous">, Person>;
let counter = 0;
let strongHash: string;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

/** A person with `role` and a live session, made directly (no password: hashing one per cell is slow). */
async function quickPerson(role: UserRole, label = role.toLowerCase(), passwordHash?: string): Promise<Person> {
  const user = await db.prisma.user.create({ data: { email: `${unique(label)}@example.com`, name: label, role, passwordHash }, select: { id: true, email: true, name: true } });
  return { ...user, cookie: await cookieFor(user) };
}

function headersOf(caller: Caller): Record<string, string> {
  return { "x-forwarded-for": freshIp(), ...(caller.person ? { cookie: caller.person.cookie } : {}), ...caller.headers };
}

/** Calls a server action as `caller`; a redirect (sign-out, delete account) counts as 303. */
function act(action: (previous: undefined, input: FormData | Record<string, unknown>) => Promise<ActionState<unknown> | void>, input: (p: Prepared, caller: Caller) => FormData | Record<string, unknown>) {
  return async (caller: Caller, prepared: Prepared): Promise<number> => {
    const request = new Request(`${SITE}/`, { method: "POST", headers: headersOf(caller) });
    try {
      const state = await runWithRequest(request, () => action(undefined, input(prepared, caller)));
      return state ? state.status : 204;
    } catch (error) {
      if (String((error as { digest?: unknown }).digest ?? "").startsWith("NEXT_REDIRECT")) return 303;
      throw error;
    }
  };
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

/** Calls a route handler as `caller` with a JSON body. */
function send(handler: Handler, method: string, url: (p: Prepared) => string, body: (p: Prepared, caller: Caller) => unknown, params: (p: Prepared) => Record<string, string> = () => ({})) {
  return async (caller: Caller, prepared: Prepared): Promise<number> => {
    const request = new Request(`${SITE}${url(prepared)}`, {
      method,
      headers: { ...headersOf(caller), "content-type": "application/json" },
      body: JSON.stringify(body(prepared, caller)),
    });
    const response = await handler(request, { params: Promise.resolve(params(prepared)) });
    return response.status;
  };
}

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};

/** A saved comparison of `owner`, made directly in the database (the call under test is the only action). */
async function ownedItem(deleted = false): Promise<Prepared> {
  const row = await db.prisma.savedComparison.create({
    data: { ownerId: fixed.owner.id, slugs: [unique("a"), unique("b")], title: "Mine", snapshot: {}, position: 0, ...(deleted && { deletedAt: new Date() }) },
    select: { id: true },
  });
  return { id: row.id };
}

const asAdmin = <T,>(fn: () => Promise<T>) => runWithRequest(new Request(`${SITE}/admin`, { headers: { cookie: fixed.ADMIN.cookie, "x-forwarded-for": freshIp() } }), fn);

/** The occupation the editorial rows edit (in the seeded test data), and its overlay's current version. */
const EDIT_CODE = "15-1232.00";
const editVersion = async () => String((await db.prisma.occupationEdit.findUnique({ where: { onetCode: EDIT_CODE } }))?.version ?? 0);

/** A company of its own, and a review of it by a new USER in `status` (made directly: the call under test is the only action). */
async function reviewOf(status: "PENDING" | "APPROVED"): Promise<Prepared> {
  const slug = unique("matrix-co");
  await db.prisma.company.create({ data: { slug, name: slug, source: "test" } });
  const author = await quickPerson("USER", "author");
  const made = await createReview(db.prisma, author.id, reviewFormSchema.parse(reviewForm(slug)), null);
  if (!made.ok) throw new Error(made.message);
  if (status === "APPROVED") await db.prisma.companyReview.update({ where: { id: made.value.id }, data: { status } });
  return { id: made.value.id, slug };
}

async function newPosting(): Promise<Prepared> {
  const created = await asAdmin(() => adminActions.saveJobAction(undefined, jobForm({ title: unique("Support Tech") })));
  expect(created).toMatchObject({ ok: true });
  return { id: created.data!.id, version: String(created.data!.version) };
}

const ROWS: Row[] = [
  // ── lib/actions/account.ts: public forms (a bad input gets the same 400 whoever sends it) ──
  { target: "lib/actions/account.ts#signUpAction", needs: "public", ok: 400, call: act(accountActions.signUpAction as never, () => form({ email: "not-an-email" })) },
  { target: "lib/actions/account.ts#signInAction", needs: "public", ok: 400, call: act(accountActions.signInAction as never, () => form({})) },
  { target: "lib/actions/account.ts#forgotPasswordAction", needs: "public", call: act(accountActions.forgotPasswordAction as never, () => form({ email: `${unique("nobody")}@example.com` })) },
  { target: "lib/actions/account.ts#resetPasswordAction", needs: "public", ok: 400, call: act(accountActions.resetPasswordAction as never, () => form({ token: "forged", password: STRONG })) },
  { target: "lib/actions/account.ts#signOutAction", needs: "public", fresh: true, ok: 303, call: act(accountActions.signOutAction as never, () => ({})) },
  // ── lib/actions/account.ts: the signed-in person's own account ──
  // (a wrong current password: the success path sets a cookie through Next, covered in e2e/accounts.spec.ts)
  { target: "lib/actions/account.ts#changePasswordAction", needs: "USER", fresh: true, ok: 400, call: act(accountActions.changePasswordAction as never, () => ({ current: "not the password at all", password: "a brand new passphrase 42", confirm: "a brand new passphrase 42" })) },
  { target: "lib/actions/account.ts#signOutEverywhereAction", needs: "USER", fresh: true, ok: 303, call: act(accountActions.signOutEverywhereAction as never, () => ({})) },
  { target: "lib/actions/account.ts#deleteAccountAction", needs: "USER", fresh: true, ok: 303, call: act(accountActions.deleteAccountAction as never, (_p, c) => ({ confirm: c.person?.email ?? "x@example.com" })) },
  // ── lib/actions/saved.ts ──
  { target: "lib/actions/saved.ts#saveComparison", needs: "USER", call: act(savedActions.saveComparison as never, () => ({ slugs: [unique("x"), unique("y")], title: "Mine" })) },
  { target: "lib/actions/saved.ts#updateSaved", needs: "USER", owned: true, prepare: () => ownedItem(), call: act(savedActions.updateSaved as never, (p) => ({ id: p.id, version: 1, title: "Renamed" })) },
  { target: "lib/actions/saved.ts#moveSaved", needs: "USER", owned: true, prepare: () => ownedItem(), call: act(savedActions.moveSaved as never, (p) => ({ id: p.id, direction: "down" })) },
  { target: "lib/actions/saved.ts#deleteSaved", needs: "USER", owned: true, prepare: () => ownedItem(), call: act(savedActions.deleteSaved as never, (p) => ({ id: p.id })) },
  { target: "lib/actions/saved.ts#restoreSaved", needs: "USER", owned: true, prepare: () => ownedItem(true), call: act(savedActions.restoreSaved as never, (p) => ({ id: p.id })) },
  { target: "lib/actions/saved.ts#setVisibility", needs: "USER", owned: true, prepare: () => ownedItem(), call: act(savedActions.setVisibility as never, (p) => ({ id: p.id, visibility: "LINK" })) },
  // ── lib/actions/admin.ts ──
  {
    target: "lib/actions/admin.ts#setRoleAction",
    needs: "ADMIN",
    prepare: async () => ({ userId: (await quickPerson("USER")).id }),
    call: act(adminActions.setRoleAction as never, (p) => ({ userId: p.userId, role: "EDITOR" })),
  },
  {
    target: "lib/actions/admin.ts#setDisabledAction",
    needs: "ADMIN",
    prepare: async () => ({ userId: (await quickPerson("USER")).id }),
    call: act(adminActions.setDisabledAction as never, (p) => ({ userId: p.userId, disabled: "1" })),
  },
  {
    target: "lib/actions/admin.ts#revertAction",
    needs: "ADMIN",
    prepare: async () => {
      const target = await quickPerson("USER");
      expect(await asAdmin(() => adminActions.setRoleAction(undefined, { userId: target.id, role: "EDITOR" }))).toMatchObject({ ok: true });
      return { auditId: (await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: target.id, action: "user.role" } })).id };
    },
    call: act(adminActions.revertAction as never, (p) => ({ auditId: p.auditId })),
  },
  { target: "lib/actions/admin.ts#saveJobAction", needs: "EDITOR", call: act(adminActions.saveJobAction as never, () => jobForm({ title: unique("Help Desk Analyst") })) },
  { target: "lib/actions/admin.ts#expireJobAction", needs: "EDITOR", prepare: newPosting, call: act(adminActions.expireJobAction as never, (p) => ({ id: p.id, version: p.version, expired: "1" })) },
  // ── lib/actions/editorial.ts: the editors' overlay and curated roles ──
  {
    target: "lib/actions/editorial.ts#saveOccupationEditAction",
    needs: "EDITOR",
    prepare: async () => ({ version: await editVersion() }),
    call: act(editorialActions.saveOccupationEditAction as never, (p) => ({ onetCode: EDIT_CODE, version: p.version, description: unique("Edited"), tasks: "", addedTitles: "", removedTitles: "", figures: "[]" })),
  },
  {
    target: "lib/actions/editorial.ts#resetOccupationEditAction",
    needs: "ADMIN",
    prepare: async () => ({ version: await editVersion() }),
    call: act(editorialActions.resetOccupationEditAction as never, (p) => ({ onetCode: EDIT_CODE, version: p.version })),
  },
  { target: "lib/actions/editorial.ts#saveRoleAction", needs: "EDITOR", call: act(editorialActions.saveRoleAction as never, () => ({ name: unique("Lead Technician"), onetCode: EDIT_CODE, description: "", titles: "" })) },
  {
    target: "lib/actions/editorial.ts#deleteRoleAction",
    needs: "ADMIN",
    prepare: async () => {
      const role = await db.prisma.role.create({ data: { slug: unique("gone"), name: "Gone", onetCode: EDIT_CODE } });
      return { id: role.id, version: String(role.version) };
    },
    call: act(editorialActions.deleteRoleAction as never, (p) => ({ id: p.id, version: p.version })),
  },
  // ── lib/actions/reviews.ts: company reviews and their moderation ──
  {
    target: "lib/actions/reviews.ts#submitReviewAction",
    needs: "USER",
    prepare: async () => {
      const slug = unique("matrix-new");
      await db.prisma.company.create({ data: { slug, name: slug, source: "test" } });
      return { slug };
    },
    call: act(reviewActions.submitReviewAction as never, (p) => reviewForm(p.slug)),
  },
  { target: "lib/actions/reviews.ts#reportReviewAction", needs: "USER", prepare: () => reviewOf("APPROVED"), call: act(reviewActions.reportReviewAction as never, (p) => ({ reviewId: p.id, reason: "Reads like an advert." })) },
  { target: "lib/actions/reviews.ts#helpfulReviewAction", needs: "USER", prepare: () => reviewOf("APPROVED"), call: act(reviewActions.helpfulReviewAction as never, (p) => ({ reviewId: p.id })) },
  {
    target: "lib/actions/reviews.ts#moderateReviewAction",
    needs: "EDITOR",
    prepare: () => reviewOf("PENDING"),
    call: act(reviewActions.moderateReviewAction as never, (p) => ({ reviewId: p.id, version: "1", decision: "approve", reason: "" })),
  },
  // ── mutating route handlers ──
  { target: "POST /api/v1/account/signup", needs: "public", ok: 201, call: send(signupRoute.POST as Handler, "POST", () => "/api/v1/account/signup", () => ({ email: `${unique("s")}@example.com`, name: "New", password: STRONG })) },
  {
    target: "POST /api/v1/account/signin",
    needs: "public",
    prepare: async () => ({ email: (await quickPerson("USER", "signin", strongHash)).email }),
    call: send(signinRoute.POST as Handler, "POST", () => "/api/v1/account/signin", (p) => ({ email: p.email, password: STRONG })),
  },
  { target: "POST /api/v1/account/password-reset", needs: "public", ok: 202, call: send(resetRoute.POST as Handler, "POST", () => "/api/v1/account/password-reset", () => ({ email: `${unique("nobody")}@example.com` })) },
  { target: "POST /api/v1/saved", needs: "USER", ok: 201, call: send(savedListRoute.POST as Handler, "POST", () => "/api/v1/saved", () => ({ slugs: [unique("p"), unique("q")], title: "Mine" })) },
  {
    target: "PATCH /api/v1/saved/[id]",
    needs: "USER",
    owned: true,
    prepare: () => ownedItem(),
    call: send(savedItemRoute.PATCH as Handler, "PATCH", (p) => `/api/v1/saved/${p.id}`, () => ({ version: 1, note: "changed" }), (p) => ({ id: p.id })),
  },
  {
    target: "DELETE /api/v1/saved/[id]",
    needs: "USER",
    owned: true,
    prepare: () => ownedItem(),
    call: send(savedItemRoute.DELETE as Handler, "DELETE", (p) => `/api/v1/saved/${p.id}`, () => ({}), (p) => ({ id: p.id })),
  },
];

/** Mutating routes that are not ours, with the reason they are not in the matrix. */
const EXEMPT: Record<string, string> = {
  "POST /api/auth/[...nextauth]": "next-auth's own endpoints (OAuth, sign-out): protected by its double-submit CSRF token; our sign-in goes through the rows above",
};

const RANK: Record<string, number> = { USER: 1, owner: 1, EDITOR: 2, ADMIN: 3 };

/** What `who` gets from `row` with `variant`. */
function expected(row: Row, who: Who, variant: Variant, isRoute: boolean): number {
  if (variant === "foreignOrigin" && isRoute) return 403;
  const override = row.expect?.[who];
  if (override !== undefined) return override;
  const success = row.ok ?? 200;
  if (row.needs === "public") return success;
  if (who === "anonymous") return 401;
  if (RANK[who] < RANK[row.needs]) return 403;
  if (row.owned && who !== "owner") return 404;
  return success;
}

beforeAll(async () => {
  ({ db } = await adminTestDb());
  strongHash = await hashPassword(STRONG);
  fixed = {
    USER: await person(db, "matrix-user@example.com", "USER"),
    owner: await person(db, "matrix-owner@example.com", "USER"),
    EDITOR: await person(db, "matrix-editor@example.com", "EDITOR"),
    ADMIN: await person(db, "matrix-admin@example.com", "ADMIN"),
  };
});
afterAll(async () => {
  await db?.close();
});

describe("authorization matrix", () => {
  for (const row of ROWS) {
    const isRoute = !row.target.startsWith("lib/");
    for (const variant of isRoute ? ROUTE_VARIANTS : ACTION_VARIANTS) {
      it(`${row.target} · ${variant}`, async () => {
        const seen: string[] = [];
        const wanted: string[] = [];
        for (const who of WHO) {
          const caller: Caller = { who, headers: VARIANT_HEADERS[variant] };
          if (who !== "anonymous") caller.person = row.fresh ? await quickPerson(ROLE_OF[who], undefined, strongHash) : fixed[who];
          const prepared = (await row.prepare?.()) ?? {};
          const want = expected(row, who, variant, isRoute);
          const before = want >= 400 ? await dataFingerprint(db) : undefined;
          const status = await row.call(caller, prepared);
          seen.push(`${who} ${status}`);
          wanted.push(`${who} ${want}`);
          if (before !== undefined && status === want) expect(await dataFingerprint(db), `${row.target} as ${who} (${variant}) changed data`).toBe(before);
        }
        expect(seen).toEqual(wanted);
      });
    }
  }
});

/**
 * Every GET route, as every person: none may change stored data (GET must be safe). Abuse-limit counters are
 * bookkeeping, not data (proxy.ts counts searches before these handlers run).
 */
const GETS: Record<string, (p: { item: string; posting: string }) => [Handler, string, Record<string, string>]> = {
  "GET /api/v1/search": () => [searchRoute.GET as Handler, "/api/v1/search?q=support%20tech", {}],
  "GET /api/v1/jobs": () => [jobsRoute.GET as Handler, "/api/v1/jobs?q=support", {}],
  "GET /api/v1/jobs/[id]": (p) => [jobRoute.GET as Handler, `/api/v1/jobs/${p.posting}`, { id: p.posting }],
  "GET /api/v1/companies": () => [companiesRoute.GET as Handler, "/api/v1/companies?q=a", {}],
  "GET /api/v1/companies/[slug]": () => [companyRoute.GET as Handler, "/api/v1/companies/acme", { slug: "acme" }],
  "GET /api/v1/occupations/[code]": () => [occupationRoute.GET as Handler, "/api/v1/occupations/15-1232", { code: "15-1232" }],
  "GET /api/v1/compare": () => [compareRoute.GET as Handler, "/api/v1/compare?slugs=computer-user-support-specialists,registered-nurses", {}],
  "GET /api/v1/saved": () => [savedListRoute.GET as Handler, "/api/v1/saved", {}],
  "GET /api/v1/saved/[id]": (p) => [savedItemRoute.GET as Handler, `/api/v1/saved/${p.item}`, { id: p.item }],
  "GET /api/v1/account/export": () => [exportRoute.GET as Handler, "/api/v1/account/export", {}],
  "GET /api/v1/account/me": () => [meRoute.GET as Handler, "/api/v1/account/me", {}],
  "GET /api/v1/companies/[slug]/me": () => [companyMeRoute.GET as Handler, "/api/v1/companies/acme/me", { slug: "acme" }],
};
const GET_EXEMPT: Record<string, string> = {
  "GET /api/auth/[...nextauth]": "next-auth's own endpoints (session, CSRF token, providers, OAuth callbacks); it needs Next's request context",
};

describe("no GET changes state", () => {
  it(`${Object.keys(GETS).length} GET routes × ${WHO.length} people leave every stored row as it was`, async () => {
    const item = (await ownedItem()).id;
    const posting = (await newPosting()).id;
    const before = await dataFingerprint(db);
    const statuses: string[] = [];
    for (const [name, make] of Object.entries(GETS)) {
      for (const who of WHO) {
        const [handler, url, params] = make({ item, posting });
        const caller: Caller = { who, person: who === "anonymous" ? undefined : fixed[who], headers: {} };
        const response = await handler(new Request(`${SITE}${url}`, { headers: headersOf(caller) }), { params: Promise.resolve(params) });
        statuses.push(`${name} ${who} ${response.status}`);
        expect(response.status, `${name} as ${who}`).toBeLessThan(500);
      }
    }
    expect(await dataFingerprint(db)).toBe(before);
    // the private ones answer by who asks: 401 signed out, 404 for someone else's item, 200 for the owner
    expect(statuses).toContain("GET /api/v1/saved/[id] anonymous 401");
    expect(statuses).toContain("GET /api/v1/saved/[id] USER 404");
    expect(statuses).toContain("GET /api/v1/saved/[id] ADMIN 404");
    expect(statuses).toContain("GET /api/v1/saved/[id] owner 200");
    expect(statuses).toContain("GET /api/v1/account/export anonymous 401");
    expect(statuses).toContain("GET /api/v1/jobs/[id] anonymous 200");
  });
});

/** Every exported function of every "use server" file, and every mutating export of every route.ts. */
function enumerateTargets(): string[] {
  const root = process.cwd();
  const targets: string[] = [];
  const walk = (dir: string, visit: (file: string) => void) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") walk(rel, visit);
      } else if (/\.(ts|tsx)$/.test(entry.name)) visit(rel);
    }
  };
  for (const dir of ["app", "lib", "components"]) {
    walk(dir, (file) => {
      const text = fs.readFileSync(path.join(root, file), "utf8");
      if (/^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(text)) {
        for (const m of text.matchAll(/^export\s+(?:const|async\s+function|function)\s+(\w+)/gm)) targets.push(`${file}#${m[1]}`);
      }
      if (file.startsWith("app/") && /\/route\.tsx?$/.test(file)) {
        const route = "/" + path.posix.dirname(file).replace(/^app\/?/, "");
        for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) {
          const exported = new RegExp(`^export\\s+(?:async\\s+)?(?:function|const)\\s+${method}\\b|^export\\s*\\{[^}]*\\bas\\s+${method}\\b`, "m");
          if (exported.test(text)) targets.push(`${method} ${route}`);
        }
      }
    });
  }
  return targets.sort();
}

describe("completeness", () => {
  it("lists every server action and mutating route of the source tree (add a row to ROWS for a new one)", () => {
    const listed = [...ROWS.map((r) => r.target), ...Object.keys(EXEMPT), ...Object.keys(GETS), ...Object.keys(GET_EXEMPT)].sort();
    const found = enumerateTargets();
    expect(found.length).toBeGreaterThan(20);
    expect(found.filter((t) => !listed.includes(t)), "missing from the matrix").toEqual([]);
    expect(listed.filter((t) => !found.includes(t)), "listed but no longer in the source").toEqual([]);
  });

  it("finds exports of every shape the matrix must cover", () => {
    const found = enumerateTargets();
    expect(found).toContain("lib/actions/saved.ts#saveComparison"); // export const … = authedAction(…)
    expect(found).toContain("lib/actions/account.ts#signUpAction"); // export async function
    expect(found).toContain("DELETE /api/v1/saved/[id]"); // export function DELETE
    expect(found).toContain("POST /api/auth/[...nextauth]"); // export { handler as POST }
  });

  it("the imported modules export exactly what the scan finds", () => {
    const modules: Record<string, Record<string, unknown>> = {
      "lib/actions/account.ts": accountActions,
      "lib/actions/admin.ts": adminActions,
      "lib/actions/saved.ts": savedActions,
      "lib/actions/editorial.ts": editorialActions,
      "lib/actions/reviews.ts": reviewActions,
    };
    for (const [file, mod] of Object.entries(modules)) {
      const exported = Object.entries(mod).filter(([, v]) => typeof v === "function").map(([k]) => `${file}#${k}`).sort();
      expect(exported).toEqual(enumerateTargets().filter((t) => t.startsWith(`${file}#`)));
    }
  });
});
