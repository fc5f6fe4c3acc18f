/**
 * Production configuration: a server reachable from other machines must know its public address (NEXTAUTH_URL),
 * so reset links never take their host from a request; session cookies are Secure, HttpOnly, SameSite=Lax and
 * __Secure- prefixed on https; a fresh clone's `npm start` (no configuration at all) still serves on localhost.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isLoopback, parseEnv } from "@/lib/env";

describe("NEXTAUTH_URL in production", () => {
  it("is required when the server listens beyond this machine, with a message that says what to set", () => {
    expect(() => parseEnv({ NODE_ENV: "production", HOST: "0.0.0.0" })).toThrow(
      /NEXTAUTH_URL: required in production when the server listens beyond this machine \(HOST=0\.0\.0\.0\)\. Set it to the site's public address/,
    );
    expect(() => parseEnv({ NODE_ENV: "production", HOST: "careers.internal" })).toThrow(/NEXTAUTH_URL: required/);
  });

  it("is optional on loopback, which is where a server without it listens by default", () => {
    const fresh = parseEnv({ NODE_ENV: "production" });
    expect(fresh.HOST).toBe("127.0.0.1");
    expect(parseEnv({ NODE_ENV: "production", HOST: "localhost" }).HOST).toBe("localhost");
    expect(parseEnv({ NODE_ENV: "production", HOST: "::1" }).HOST).toBe("::1");
    expect(isLoopback("127.0.0.2")).toBe(true);
    expect(isLoopback("0.0.0.0")).toBe(false);
  });

  it("with it set, the server listens on every interface unless HOST says otherwise", () => {
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "https://careers.example.org" }).HOST).toBe("0.0.0.0");
    expect(parseEnv({ NODE_ENV: "production", NEXTAUTH_URL: "https://careers.example.org", HOST: "10.0.0.5" }).HOST).toBe("10.0.0.5");
    // development never requires it
    expect(parseEnv({ HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
  });

  it("`npm start` refuses before touching the database, naming the variable", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cl-start-"));
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "NODE_ENV"));
    const env = { ...inherited, HOST: "0.0.0.0", NEXTAUTH_URL: "", DATABASE_URL: `pglite:${dir}/db` } as unknown as NodeJS.ProcessEnv;
    const run = spawnSync("npx", ["tsx", "scripts/start.ts"], { env, encoding: "utf8", timeout: 60_000 });
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.stderr).toMatch(/NEXTAUTH_URL: required in production/);
    expect(fs.existsSync(`${dir}/db`)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 90_000);
});

describe("session cookies", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
    vi.resetModules();
  });

  async function cookieWith(url: string | undefined, nodeEnv: string) {
    vi.resetModules();
    process.env = { ...saved, NEXTAUTH_SECRET: "test-secret-test-secret-test-secret", NODE_ENV: nodeEnv as NodeJS.ProcessEnv["NODE_ENV"] };
    if (url) process.env.NEXTAUTH_URL = url;
    else delete process.env.NEXTAUTH_URL;
    const { sessionCookie } = await import("@/lib/auth/session");
    return sessionCookie();
  }

  it("on https: __Secure- prefix, Secure, HttpOnly, SameSite=Lax, whole site", async () => {
    const cookie = await cookieWith("https://careers.example.org", "production");
    expect(cookie.name).toBe("__Secure-next-auth.session-token");
    expect(cookie.options).toEqual({ httpOnly: true, sameSite: "lax", path: "/", secure: true });
  });

  it("the Set-Cookie header a route handler sends says the same", async () => {
    await cookieWith("https://careers.example.org", "production");
    const { useTestDb, userWithSession } = await import("@/tests/accounts/helpers");
    const db = await useTestDb();
    try {
      const { user } = await userWithSession("cookie@example.com");
      const { sessionCookieHeader } = await import("@/lib/api/session-cookie");
      const header = await sessionCookieHeader(user);
      expect(header).toMatch(/^__Secure-next-auth\.session-token=[^;]+; Path=\/; Max-Age=2592000; HttpOnly; SameSite=Lax; Secure$/);
    } finally {
      await db.close();
    }
  });

  it("on a plain-http local address (e2e, quick start): HttpOnly and Lax, not Secure (the browser would drop it)", async () => {
    const cookie = await cookieWith("http://127.0.0.1:3100", "production");
    expect(cookie.name).toBe("next-auth.session-token");
    expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
  });

  it("in production with no address at all: Secure", async () => {
    expect((await cookieWith(undefined, "production")).secure).toBe(true);
  });
});
