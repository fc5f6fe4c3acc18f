/**
 * Abuse limits on search and writes (lib/rate-limit.ts, lib/limits.ts): per address and per account, 429 with
 * Retry-After, configurable with RATE_LIMITS, counted in the database so that several server processes share
 * them (two connections here; on the PostgreSQL lane two separate connection pools to one server).
 */
// small limits for this file only (read when the environment is first parsed, after this line)
process.env.RATE_LIMITS = "search:ip=3/60,search:account=2/60,write:ip=1000/60,write:account=3/60,admin:account=2/60";

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import type { Database } from "@/lib/db/connect";
import { openDatabase } from "@/lib/db/connect";
import { parseEnv } from "@/lib/env";
import { effectiveLimit, LIMITS } from "@/lib/limits";
import { hit } from "@/lib/rate-limit";
import { clientAddress } from "@/lib/http/client-address";
import { PEER_HEADER } from "@/lib/http/peer-address";
import { countSearch, isSearch } from "@/lib/http/search-limit";
import { runWithRequest } from "@/lib/auth/request-scope";
import { saveComparison } from "@/lib/actions/saved";
import { saveJobAction } from "@/lib/actions/admin";
import * as savedListRoute from "@/app/api/v1/saved/route";
import { proxy } from "@/proxy";
import { freshIp, request } from "@/tests/accounts/helpers";
import { adminTestDb, jobForm, person, type Person } from "@/tests/admin/helpers";
import { dataFingerprint } from "@/tests/helpers/fingerprint";
import { onPostgres } from "@/tests/helpers/testdb";

let db: Database;
let alice: Person;
let editor: Person;

beforeAll(async () => {
  ({ db } = await adminTestDb());
  alice = await person(db, "alice@example.com", "USER");
  editor = await person(db, "ed@example.com", "EDITOR");
});
afterAll(async () => {
  await db?.close();
});

const headers = (values: Record<string, string>) => new Headers(values);

describe("the client address (TRUST_PROXY)", () => {
  it("ignores X-Forwarded-For by default and uses the TCP peer", () => {
    const h = headers({ "x-forwarded-for": "6.6.6.6", [PEER_HEADER]: "::ffff:192.0.2.7" });
    expect(clientAddress(h, 0)).toBe("192.0.2.7");
    expect(clientAddress(headers({}), 0)).toBe("unknown");
  });
  it("takes the address the outermost trusted proxy saw", () => {
    const h = headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.4, 10.0.0.2", [PEER_HEADER]: "10.0.0.3" });
    expect(clientAddress(h, 1)).toBe("10.0.0.2");
    expect(clientAddress(h, 2)).toBe("198.51.100.4");
    // a chain shorter than the proxies we trust did not come through them
    expect(clientAddress(headers({ "x-forwarded-for": "6.6.6.6", [PEER_HEADER]: "192.0.2.9" }), 2)).toBe("192.0.2.9");
  });
  it("is validated: a number of proxies from 0 to 10", () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(0);
    expect(parseEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(() => parseEnv({ TRUST_PROXY: "yes" })).toThrow(/TRUST_PROXY: must be a number of proxies/);
    expect(() => parseEnv({ TRUST_PROXY: "11" })).toThrow(/TRUST_PROXY/);
  });
});

describe("RATE_LIMITS", () => {
  it("overrides or switches off a named limit", () => {
    expect(effectiveLimit(LIMITS.searchIp, "search:ip=10/30")).toEqual({ name: "search:ip", max: 10, windowSeconds: 30 });
    expect(effectiveLimit(LIMITS.searchIp, "search:ip=off")).toBeNull();
    expect(effectiveLimit(LIMITS.signInIp, "search:ip=off")).toEqual(LIMITS.signInIp);
    expect(effectiveLimit(LIMITS.signInIp, undefined)).toEqual(LIMITS.signInIp);
  });
  it("refuses a malformed value or an unknown name at start-up, naming the known ones", () => {
    expect(() => parseEnv({ RATE_LIMITS: "search:ip=lots" })).toThrow(/RATE_LIMITS: must be name=max\/seconds/);
    expect(() => parseEnv({ RATE_LIMITS: "search:ipp=5/60" })).toThrow(/RATE_LIMITS: names a limit that does not exist \(known: signin:ip,/);
    expect(parseEnv({ RATE_LIMITS: "search:ip=5/60, write:account=off" }).RATE_LIMITS).toBeDefined();
  });
});

describe("search", () => {
  it("counts the typeahead API always, and search pages and list APIs only with a query", () => {
    const u = (p: string) => new URL(`http://localhost${p}`);
    expect(isSearch(u("/api/v1/search?q=nurse"))).toBe(true);
    expect(isSearch(u("/api/v1/search"))).toBe(true);
    expect(isSearch(u("/jobs?q=nurse"))).toBe(true);
    expect(isSearch(u("/careers?q=%20"))).toBe(false);
    expect(isSearch(u("/careers?sort=pay"))).toBe(false);
    expect(isSearch(u("/careers/registered-nurses?q=x"))).toBe(false);
  });

  it("refuses an address past its limit with the wait, other addresses unaffected", async () => {
    const ip = { [PEER_HEADER]: "192.0.2.10", "x-forwarded-for": "192.0.2.10" };
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await countSearch(headers(ip), undefined));
    expect(results.slice(0, 3)).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(results[3]).toMatchObject({ ok: false });
    expect((results[3] as { retryAfter: number }).retryAfter).toBeGreaterThan(0);
    expect((results[3] as { retryAfter: number }).retryAfter).toBeLessThanOrEqual(60);
    expect(await countSearch(headers({ "x-forwarded-for": "192.0.2.11" }), undefined)).toEqual({ ok: true });
  });

  it("refuses an account past its limit whatever address it comes from; a forged cookie counts nothing", async () => {
    const token = decodeURIComponent(alice.cookie.split("=").slice(1).join("="));
    expect(await countSearch(headers({ "x-forwarded-for": freshIp() }), token)).toEqual({ ok: true });
    expect(await countSearch(headers({ "x-forwarded-for": freshIp() }), token)).toEqual({ ok: true });
    expect(await countSearch(headers({ "x-forwarded-for": freshIp() }), token)).toMatchObject({ ok: false });
    expect(await countSearch(headers({ "x-forwarded-for": freshIp() }), "forged")).toEqual({ ok: true });
  });

  it("proxy.ts answers 429 with Retry-After: JSON on the API, the friendly page on a page", async () => {
    const from = { "x-forwarded-for": "192.0.2.20" };
    for (let i = 0; i < 3; i++) expect((await proxy(new NextRequest("http://localhost/api/v1/search?q=nurse", { headers: from }))).status).toBe(200);
    const api = await proxy(new NextRequest("http://localhost/api/v1/search?q=nurse", { headers: from }));
    expect(api.status).toBe(429);
    expect(Number(api.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await api.json()) as { error: string; requestId: string };
    expect(body.error).toMatch(/^Too many searches from your address or account\. Try again in \d+ seconds?\.$/);
    expect(body.requestId).toBe(api.headers.get("x-request-id"));
    const page = await proxy(new NextRequest("http://localhost/jobs?q=nurse", { headers: from }));
    expect(page.status).toBe(429);
    expect(page.headers.get("x-middleware-rewrite")).toMatch(/\/too-many-requests$/);
    expect(Number(page.headers.get("retry-after"))).toBeGreaterThan(0);
    // a listing without a query is not a search
    expect((await proxy(new NextRequest("http://localhost/jobs", { headers: from }))).status).toBe(200);
  });
});

describe("writes", () => {
  it("an account past the write limit gets 429 with the wait, and nothing is stored", async () => {
    const bob = await person(db, "bob@example.com", "USER");
    const save = (n: number) =>
      runWithRequest(request("/", { cookie: bob.cookie }), () => saveComparison(undefined, { slugs: [`a-${n}`, `b-${n}`], title: `T${n}` }));
    for (let n = 0; n < 3; n++) expect(await save(n)).toMatchObject({ ok: true, status: 200 });
    const before = await dataFingerprint(db);
    const refused = await save(3);
    expect(refused).toMatchObject({ ok: false, status: 429 });
    expect(refused.message).toMatch(/^Too many changes in a short time\. Please wait \d+ seconds? and try again\.$/);
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(await dataFingerprint(db)).toBe(before);
    // the JSON API answers the same with a Retry-After header
    const response = await savedListRoute.POST(request("/api/v1/saved", { method: "POST", cookie: bob.cookie, body: { slugs: ["c-1", "d-1"], title: "x" } }));
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await dataFingerprint(db)).toBe(before);
  });

  it("editor and admin changes have their own limit", async () => {
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await runWithRequest(request("/admin", { cookie: editor.cookie }), () => saveJobAction(undefined, jobForm({ title: `Tech ${i}` }))));
    expect(results.map((r) => r.status)).toEqual([200, 200, 429]);
  });
});

describe("across processes", () => {
  it(`two connections${onPostgres ? " (two PostgreSQL pools)" : ""} racing on one key count exactly`, async () => {
    const url = db.target.engine === "postgres" ? db.target.url : null;
    const second = url ? await openDatabase(url) : db;
    try {
      const limit = { name: "search:ip", max: 50, windowSeconds: 60 };
      const subject = `race-${Date.now()}`;
      const now = new Date();
      const calls = Array.from({ length: 80 }, (_, i) => hit(limit, subject, now, (i % 2 ? second : db).prisma));
      const results = await Promise.all(calls);
      expect(results.filter((r) => r.ok)).toHaveLength(50);
      expect(results.filter((r) => !r.ok)).toHaveLength(30);
      const [row] = await second.query<{ count: number }>(`SELECT "count" FROM "RateLimit" WHERE "key" = $1`, [`search:ip:${subject}`]);
      expect(Number(row.count)).toBe(80);
    } finally {
      if (second !== db) await second.close();
    }
  });
});
