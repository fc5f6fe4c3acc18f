/**
 * Property-based fuzzing of the server actions and of the JSON bodies of the mutating routes, called directly
 * as a person allowed to use them (so the input gets past the role check into validation and the logic):
 * inputs start from a valid one with fields replaced by odd values, dropped, or joined by unknown and
 * prototype-polluting keys. Every answer: no throw, below 500, a message with none of the server's insides;
 * every refused call: no stored row changed (tests/helpers/fingerprint.ts). FUZZ_RUNS scales the case counts.
 */
// counted limits would turn most cases into 429s before they reach the code under test
process.env.RATE_LIMITS = ["signin", "signup", "reset", "write", "admin"].flatMap((n) => [`${n}:ip=off`, `${n}:account=off`]).join(",");

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import type { ActionState } from "@/lib/actions/authed-action";
import { runWithRequest } from "@/lib/auth/request-scope";
import * as accountActions from "@/lib/actions/account";
import * as adminActions from "@/lib/actions/admin";
import * as savedActions from "@/lib/actions/saved";
import * as signinRoute from "@/app/api/v1/account/signin/route";
import * as signupRoute from "@/app/api/v1/account/signup/route";
import * as resetRoute from "@/app/api/v1/account/password-reset/route";
import * as savedListRoute from "@/app/api/v1/saved/route";
import * as savedItemRoute from "@/app/api/v1/saved/[id]/route";
import { freshIp, STRONG } from "@/tests/accounts/helpers";
import { adminTestDb, jobForm, person, type Person } from "@/tests/admin/helpers";
import { dataFingerprint } from "@/tests/helpers/fingerprint";
import { anyValue, expectNoInsides, expectSafeJson, mutatedInput, RUNS } from "./harness";

/** Cases per action or route: a twelfth of FUZZ_RUNS (default 1000: about 1,430 cases in all; FUZZ_RUNS=12000 gives 1,000 each). */
const CASES = Math.max(20, Math.round(RUNS / 12));
/** Actions that hash a password on every case (argon2id, tens of milliseconds) get fewer. */
const SLOW_CASES = Math.max(10, Math.round(RUNS / 40));

let db: Database;
let owner: Person, editor: Person, admin: Person;
let itemId: string;
let postingId: string;
let targetUserId: string;
let auditId: string;
export const counts: Record<string, number> = {};

beforeAll(async () => {
  ({ db } = await adminTestDb());
  owner = await person(db, "fuzz-owner@example.com", "USER");
  editor = await person(db, "fuzz-editor@example.com", "EDITOR");
  admin = await person(db, "fuzz-admin@example.com", "ADMIN");
  await person(db, "fuzz-admin2@example.com", "ADMIN"); // a second admin, so no case meets the last-admin rule by luck alone
  const saved = await as(owner, () => savedActions.saveComparison(undefined, { slugs: ["registered-nurses", "paramedics"], title: "Care" }));
  itemId = (saved.data as { id: string }).id;
  const posting = await as(editor, () => adminActions.saveJobAction(undefined, jobForm()));
  postingId = (posting.data as { id: string }).id;
  targetUserId = (await person(db, "fuzz-target@example.com", "USER")).id;
  await as(admin, () => adminActions.setRoleAction(undefined, { userId: targetUserId, role: "EDITOR" }));
  auditId = (await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: targetUserId } })).id;
});
afterAll(async () => {
  await db?.close();
  console.info(`fuzzed cases: ${JSON.stringify(counts)} (total ${Object.values(counts).reduce((a, b) => a + b, 0)})`);
});

function as<T>(who: Person | undefined, fn: () => Promise<T>): Promise<T> {
  const headers: Record<string, string> = { "x-forwarded-for": freshIp() };
  if (who) headers.cookie = who.cookie;
  return runWithRequest(new Request("http://localhost/", { method: "POST", headers }), fn);
}

const toForm = (input: Record<string, unknown>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(input)) {
    for (const item of Array.isArray(v) ? v : [v]) form.append(k, typeof item === "string" ? item : JSON.stringify(item) ?? "");
  }
  return form;
};

type Action = (previous: undefined, input: FormData | Record<string, unknown>) => Promise<ActionState<unknown> | void>;

/** Runs `action` as `who` on every fuzzed input; checks the answer and that a refusal stored nothing. */
async function fuzzAction(name: string, action: Action, who: Person | undefined, valid: () => Record<string, unknown>, runs = CASES, asForm = false) {
  counts[name] = 0;
  await fc.assert(
    fc.asyncProperty(mutatedInput(valid()), fc.boolean(), async (input, formData) => {
      counts[name]++;
      const before = await dataFingerprint(db);
      let state: ActionState<unknown> | void;
      try {
        state = await as(who, () => action(undefined, asForm || formData ? toForm(input) : input));
      } catch (error) {
        // a redirect is an answer (after a successful sign-out or delete); anything else escaped the action
        expect(String((error as { digest?: unknown }).digest ?? ""), `${name} threw ${(error as Error).message}`).toMatch(/^NEXT_REDIRECT/);
        return;
      }
      if (!state) return;
      const context = `${name}(${JSON.stringify(input).slice(0, 300)}) → ${state.status} ${state.message}`;
      expect(state.status, context).toBeLessThan(500);
      expectNoInsides(JSON.stringify({ message: state.message, fields: state.fields }), context);
      if (!state.ok) {
        expect(state.message, context).toBeTruthy();
        expect(await dataFingerprint(db), `${context} changed stored data`).toBe(before);
      }
    }),
    { numRuns: runs },
  );
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

/** Posts fuzzed JSON bodies (and now and then a body that is not JSON at all) to a route as `who`. */
async function fuzzRoute(name: string, handler: Handler, method: string, who: Person | undefined, valid: () => Record<string, unknown>, runs = CASES, params: Record<string, string> = {}) {
  counts[name] = 0;
  const body = fc.oneof({ weight: 5, arbitrary: mutatedInput(valid()).map((v) => JSON.stringify(v)) }, fc.string({ maxLength: 50 }), anyValue.map((v) => JSON.stringify(v) ?? ""));
  await fc.assert(
    fc.asyncProperty(body, async (text) => {
      counts[name]++;
      const before = await dataFingerprint(db);
      const headers: Record<string, string> = { "x-forwarded-for": freshIp(), "content-type": "application/json" };
      if (who) headers.cookie = who.cookie;
      const response = await handler(new Request(`http://localhost/api/x`, { method, headers, body: text }), { params: Promise.resolve(params) });
      const status = response.status;
      await expectSafeJson(response, `${name} ${text.slice(0, 300)}`);
      if (status >= 400) expect(await dataFingerprint(db), `${name} ${text.slice(0, 200)} → ${status} changed stored data`).toBe(before);
    }),
    { numRuns: runs },
  );
}

describe("fuzzing server actions", () => {
  it(`saved comparisons (${CASES} cases each)`, async () => {
    await fuzzAction("saveComparison", savedActions.saveComparison as Action, owner, () => ({ slugs: ["software-developers", "web-developers"], title: "Code" }));
    await fuzzAction("updateSaved", savedActions.updateSaved as Action, owner, () => ({ id: itemId, version: 1, title: "New title", note: "A note" }));
    await fuzzAction("moveSaved", savedActions.moveSaved as Action, owner, () => ({ id: itemId, direction: "down" }));
    await fuzzAction("setVisibility", savedActions.setVisibility as Action, owner, () => ({ id: itemId, visibility: "LINK" }));
    await fuzzAction("deleteSaved", savedActions.deleteSaved as Action, owner, () => ({ id: itemId }));
    await fuzzAction("restoreSaved", savedActions.restoreSaved as Action, owner, () => ({ id: itemId }));
  }, 300_000);

  it(`administration (${CASES} cases each)`, async () => {
    await fuzzAction("setRoleAction", adminActions.setRoleAction as Action, admin, () => ({ userId: targetUserId, role: "EDITOR" }));
    await fuzzAction("setDisabledAction", adminActions.setDisabledAction as Action, admin, () => ({ userId: targetUserId, disabled: "0" }));
    await fuzzAction("revertAction", adminActions.revertAction as Action, admin, () => ({ auditId }));
    await fuzzAction("saveJobAction", adminActions.saveJobAction as Action, editor, () => ({ ...jobForm(), id: postingId, version: "1" }));
    await fuzzAction("expireJobAction", adminActions.expireJobAction as Action, editor, () => ({ id: postingId, version: "1", expired: "1" }));
  }, 300_000);

  it(`account forms (${CASES} cases; ${SLOW_CASES} where a password is hashed)`, async () => {
    await fuzzAction("forgotPasswordAction", accountActions.forgotPasswordAction as Action, undefined, () => ({ email: "fuzz-owner@example.com" }), CASES, true);
    await fuzzAction("resetPasswordAction", accountActions.resetPasswordAction as Action, undefined, () => ({ token: "x".repeat(43), password: STRONG }), SLOW_CASES, true);
    await fuzzAction("deleteAccountAction", accountActions.deleteAccountAction as Action, owner, () => ({ confirm: "someone-else@example.com" }));
    await fuzzAction("changePasswordAction", accountActions.changePasswordAction as Action, owner, () => ({ current: "not my password", password: STRONG, confirm: STRONG }), SLOW_CASES);
  }, 300_000);
});

describe("fuzzing request bodies of the mutating routes", () => {
  it(`saved comparisons (${CASES} cases each)`, async () => {
    await fuzzRoute("POST /api/v1/saved", savedListRoute.POST as Handler, "POST", owner, () => ({ slugs: ["nurses", "paramedics"], title: "t" }));
    await fuzzRoute("PATCH /api/v1/saved/[id]", savedItemRoute.PATCH as Handler, "PATCH", owner, () => ({ version: 1, note: "n", visibility: "PRIVATE" }), CASES, { id: itemId });
  }, 300_000);

  it(`accounts (${SLOW_CASES} cases each: most valid-looking ones hash a password)`, async () => {
    await fuzzRoute("POST /api/v1/account/signup", signupRoute.POST as Handler, "POST", undefined, () => ({ email: "fuzz-owner@example.com", name: "N", password: STRONG }), SLOW_CASES);
    await fuzzRoute("POST /api/v1/account/signin", signinRoute.POST as Handler, "POST", undefined, () => ({ email: "fuzz-owner@example.com", password: "wrong password here" }), SLOW_CASES);
    await fuzzRoute("POST /api/v1/account/password-reset", resetRoute.POST as Handler, "POST", undefined, () => ({ email: "nobody@example.com" }), CASES);
  }, 300_000);
});
