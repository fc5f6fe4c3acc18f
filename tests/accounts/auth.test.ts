/**
 * Accounts against a real database: password policy, argon2id, equal answers and timing for unknown email and
 * wrong password, rate limits (429 + Retry-After), sessions that really end, reset links, account deletion.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { cookieFor, freshIp, request, STRONG, userWithSession, useTestDb } from "./helpers";
import { passwordProblem, PASSWORD_MAX } from "@/lib/auth/password";
import { changePassword, SIGN_IN_FAILED, signInWithPassword, signUp } from "@/lib/auth/accounts";
import { requestPasswordReset, resetPassword } from "@/lib/auth/reset";
import { currentUser, endAllSessions, hasRole } from "@/lib/auth/session";
import { runWithRequest } from "@/lib/auth/request-scope";
import { saveComparison } from "@/lib/actions/saved";
import { hit, LIMITS, pruneRateLimits } from "@/lib/rate-limit";
import * as signInRoute from "@/app/api/v1/account/signin/route";
import * as signUpRoute from "@/app/api/v1/account/signup/route";
import * as resetRoute from "@/app/api/v1/account/password-reset/route";
import * as listRoute from "@/app/api/v1/saved/route";

let db: Database;
beforeAll(async () => {
  db = await useTestDb();
});
afterAll(async () => {
  await db?.close();
});

const whoIs = (cookie: string) => runWithRequest(request("/", { cookie }), () => currentUser());

describe("password policy", () => {
  it("takes 8 characters up to at least 64, with no composition rules, and refuses common or personal ones", () => {
    expect(passwordProblem("short1!")).toMatch(/at least 8/);
    expect(passwordProblem("password")).toMatch(/too easy/);
    expect(passwordProblem("P@ssw0rd1")).toMatch(/too easy/); // l33t of a common password
    expect(passwordProblem("qwertyuiop")).toMatch(/too easy/);
    expect(passwordProblem("12345678")).toMatch(/too easy/);
    expect(passwordProblem("ada.lovelace1815", ["ada.lovelace@example.com", "Ada Lovelace"])).toMatch(/too easy/);
    expect(passwordProblem("glacier trombone umbrella")).toBeNull(); // lower-case words only: fine
    expect(passwordProblem("x7#kQ!vz")).toMatch(/too easy/); // 8 random characters: guessable offline
    expect(passwordProblem("x7#kQ!vzR2m")).toBeNull(); // 11 random characters: fine
    expect(passwordProblem("password")).toContain("most used passwords");
    expect(passwordProblem("a quiet orchard under seven moons ".repeat(2).slice(0, 64))).toBeNull();
    expect(passwordProblem("ñandú pingüino café olé 🦜🦜")).toBeNull();
    expect(passwordProblem("z".repeat(PASSWORD_MAX + 1))).toMatch(/at most 256/);
  });

  it("stores argon2id hashes, never the password", async () => {
    const outcome = await signUp({ email: "Hash@Example.com", name: "H", password: STRONG }, freshIp());
    expect(outcome.ok).toBe(true);
    const row = await db.prisma.user.findUniqueOrThrow({ where: { email: "hash@example.com" } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(STRONG);
    const weak = await signUp({ email: "weak@example.com", name: "W", password: "letmein1" }, freshIp());
    expect(weak).toMatchObject({ ok: false, status: 400, fields: { password: expect.stringMatching(/too easy/) } });
  });
});

describe("signing in", () => {
  it("answers unknown email and wrong password identically, in about the same time (median of many tries)", async () => {
    await signUp({ email: "known@example.com", name: "K", password: STRONG }, freshIp());
    const time = async (email: string) => {
      await db.prisma.rateLimit.deleteMany();
      const start = performance.now();
      const outcome = await signInWithPassword({ email, password: "wrong password here" }, freshIp());
      const ms = performance.now() - start;
      expect(outcome).toEqual({ ok: false, status: 401, message: SIGN_IN_FAILED });
      return ms;
    };
    await time("warmup@example.com");
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 15; i++) {
      known.push(await time("known@example.com"));
      unknown.push(await time(`nobody${i}@example.com`));
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
    const ratio = median(known) / median(unknown);
    console.info(`sign-in timing: known ${median(known).toFixed(1)} ms, unknown ${median(unknown).toFixed(1)} ms, ratio ${ratio.toFixed(2)}`);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
    expect(median(unknown)).toBeGreaterThan(5); // the dummy hash really runs argon2id
  });

  it("rate-limits per account: the 11th try in 15 minutes is 429 with Retry-After, even from new addresses", async () => {
    await db.prisma.rateLimit.deleteMany();
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 11; i++) {
      last = await signInRoute.POST(request("/api/v1/account/signin", { method: "POST", body: { email: "known@example.com", password: "nope nope" } }));
      statuses.push(last.status);
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    const retry = Number(last!.headers.get("retry-after"));
    expect(retry).toBeGreaterThan(800);
    expect(retry).toBeLessThanOrEqual(900);
    // even the right password is refused while the account is locked out
    const right = await signInRoute.POST(request("/api/v1/account/signin", { method: "POST", body: { email: "known@example.com", password: STRONG } }));
    expect(right.status).toBe(429);
  });

  it("rate-limits sign-up and reset per IP address", async () => {
    await db.prisma.rateLimit.deleteMany();
    const ip = "203.0.113.9";
    const signups: number[] = [];
    for (let i = 0; i <= LIMITS.signUpIp.max; i++) {
      const res = await signUpRoute.POST(request("/api/v1/account/signup", { method: "POST", ip, body: { email: `s${i}@example.com`, name: "S", password: STRONG } }));
      signups.push(res.status);
    }
    expect(signups.slice(0, -1)).toEqual(Array(LIMITS.signUpIp.max).fill(201));
    expect(signups.at(-1)).toBe(429);
    // A form with a typo costs nothing: it is answered before the limit is counted.
    const typo = await signUpRoute.POST(request("/api/v1/account/signup", { method: "POST", ip, body: { email: "not-an-email", name: "S", password: STRONG } }));
    expect(typo.status).toBe(400);
    const resets: Response[] = [];
    for (let i = 0; i <= LIMITS.resetIp.max; i++) {
      resets.push(await resetRoute.POST(request("/api/v1/account/password-reset", { method: "POST", ip, body: { email: `r${i}@example.com` } })));
    }
    expect(resets.slice(0, -1).map((r) => r.status)).toEqual(Array(LIMITS.resetIp.max).fill(202));
    expect(resets.at(-1)!.status).toBe(429);
    expect(Number(resets.at(-1)!.headers.get("retry-after"))).toBeGreaterThan(3000);
  });

  it("counts atomically under concurrency and opens a new window when the old one ends", async () => {
    const limit = { name: "test", max: 5, windowSeconds: 60 };
    const t0 = new Date("2026-01-01T00:00:00Z");
    const results = await Promise.all(Array.from({ length: 12 }, () => hit(limit, "x", t0)));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, retryAfter: 60 });
    expect(await hit(limit, "x", new Date(t0.getTime() + 30_000))).toEqual({ ok: false, retryAfter: 30 });
    expect(await hit(limit, "x", new Date(t0.getTime() + 61_000))).toEqual({ ok: true });
    await pruneRateLimits(new Date(t0.getTime() + 200_000));
    expect(await db.prisma.rateLimit.count({ where: { key: "test:x" } })).toBe(0);
  });
});

describe("sessions", () => {
  it("sign out everywhere ends every session; a copied cookie stops working; disabled users are refused", async () => {
    const { user, cookie } = await userWithSession("sessions@example.com");
    const other = await cookieFor(user);
    expect((await whoIs(cookie))?.email).toBe("sessions@example.com");
    expect((await whoIs(other))?.email).toBe("sessions@example.com");

    // signing out one browser deletes its session row: its cookie is dead, the other browser stays in
    await db.prisma.authSession.deleteMany({ where: { id: (await whoIs(cookie))!.sessionId } });
    expect(await whoIs(cookie)).toBeNull();
    expect(await whoIs(other)).not.toBeNull();

    await endAllSessions(user.id);
    expect(await whoIs(other)).toBeNull();
    expect((await listRoute.GET(request("/api/v1/saved", { cookie: other }))).status).toBe(401);
    expect(await runWithRequest(request("/", { cookie: other }), () => saveComparison(undefined, { slugs: ["a-b", "c-d"], title: "t" }))).toMatchObject({ status: 401 });

    // a session row that survives but carries an old session version is refused too
    const fresh = await cookieFor(user);
    await db.prisma.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await whoIs(fresh)).toBeNull();

    const again = await cookieFor(user);
    expect(await whoIs(again)).not.toBeNull();
    await db.prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await whoIs(again)).toBeNull();
    expect(await signInWithPassword({ email: "sessions@example.com", password: STRONG }, freshIp())).toMatchObject({ status: 401, message: SIGN_IN_FAILED });
  });

  it("changing the password ends other sessions", async () => {
    const { user, cookie } = await userWithSession("change@example.com");
    expect(await changePassword(user.id, "not it", "new horses gallop quietly")).toMatchObject({ status: 400, fields: { current: expect.any(String) } });
    expect(await changePassword(user.id, STRONG, "new horses gallop quietly")).toMatchObject({ ok: true });
    expect(await whoIs(cookie)).toBeNull();
    expect(await signInWithPassword({ email: "change@example.com", password: "new horses gallop quietly" }, freshIp())).toMatchObject({ ok: true });
  });

  it("roles fail closed", () => {
    expect(hasRole("ADMIN", "EDITOR")).toBe(true);
    expect(hasRole("USER", "EDITOR")).toBe(false);
    expect(hasRole("SUPERUSER", "USER")).toBe(false);
    expect(hasRole(undefined, "USER")).toBe(false);
  });
});

describe("password reset", () => {
  it("emails a single-use, hashed, expiring link and answers the same for unknown addresses", async () => {
    const { user, cookie } = await userWithSession("reset@example.com");
    expect(await requestPasswordReset({ email: "nobody-here@example.com" }, freshIp(), "http://site")).toEqual({ ok: true, value: null });
    expect(await requestPasswordReset({ email: "RESET@example.com" }, freshIp(), "http://site")).toEqual({ ok: true, value: null });
    const mail = await db.prisma.outboxMail.findMany({ where: { to: { in: ["reset@example.com", "nobody-here@example.com"] } } });
    expect(mail).toHaveLength(1);
    const token = /reset-password\?token=([\w-]+)/.exec(mail[0].text)![1];
    const stored = await db.prisma.passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(token);

    expect(await resetPassword({ token, password: "password1" })).toMatchObject({ status: 400, fields: { password: expect.any(String) } });
    expect(await resetPassword({ token, password: "violet lanterns drift east" })).toMatchObject({ ok: true });
    expect(await resetPassword({ token, password: "another fine phrase here" })).toMatchObject({ ok: false, status: 400 });
    expect(await whoIs(cookie)).toBeNull();

    await requestPasswordReset({ email: "reset@example.com" }, freshIp(), "http://site");
    const later = await db.prisma.outboxMail.findFirstOrThrow({ where: { to: "reset@example.com" }, orderBy: { createdAt: "desc" } });
    const expired = /token=([\w-]+)/.exec(later.text)![1];
    await db.prisma.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetPassword({ token: expired, password: "violet lanterns drift west" })).toMatchObject({ ok: false, status: 400 });
  });
});

describe("deleting an account", () => {
  it("removes the user and everything they own", async () => {
    const { user, cookie } = await userWithSession("leaving@example.com");
    await runWithRequest(request("/", { cookie }), () => saveComparison(undefined, { slugs: ["a-b", "c-d"], title: "mine" }));
    await requestPasswordReset({ email: "leaving@example.com" }, freshIp(), "http://site");
    await db.prisma.oAuthAccount.create({ data: { provider: "github", providerAccountId: "42", userId: user.id } });
    const { deleteAccount } = await import("@/lib/auth/accounts");
    await deleteAccount(user.id);
    const left = await Promise.all([
      db.prisma.user.count({ where: { id: user.id } }),
      db.prisma.savedComparison.count({ where: { ownerId: user.id } }),
      db.prisma.authSession.count({ where: { userId: user.id } }),
      db.prisma.passwordResetToken.count({ where: { userId: user.id } }),
      db.prisma.oAuthAccount.count({ where: { userId: user.id } }),
    ]);
    expect(left).toEqual([0, 0, 0, 0, 0]);
    expect(await whoIs(cookie)).toBeNull();
  });
});
