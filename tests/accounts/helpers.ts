import type { Database } from "@/lib/db/connect";
import { createTestDb } from "@/tests/helpers/testdb";
import { sessionCookie, sessionToken, startSession } from "@/lib/auth/session";
import { signUp } from "@/lib/auth/accounts";

/** The session secret for tests (set before anything reads the environment). */
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret";
/** Tests play the proxy in front of the server: the client address comes from X-Forwarded-For (TRUST_PROXY). */
process.env.TRUST_PROXY ??= "1";

/** A fresh database that lib/db.ts hands out as the server's database. */
export async function useTestDb(): Promise<Database> {
  const db = await createTestDb();
  (globalThis as unknown as { careerlensDb?: Promise<Database> }).careerlensDb = Promise.resolve(db);
  return db;
}

export const STRONG = "correct horse battery staple orbit";

let ipCounter = 0;
/** A different client address per call, so per-IP limits do not interfere between tests. */
export const freshIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

/** Creates a user through the real sign-up and returns a cookie header for a new session of theirs. */
export async function userWithSession(email: string, name = "Test Person") {
  const outcome = await signUp({ email, name, password: STRONG }, freshIp());
  if (!outcome.ok) throw new Error(`sign-up failed: ${outcome.message} ${JSON.stringify("fields" in outcome ? outcome.fields : {})}`);
  return { user: outcome.value, cookie: await cookieFor(outcome.value) };
}

/** A Cookie header carrying a new session for `user`, exactly as the browser would send it. */
export async function cookieFor(user: { id: string; email: string; name: string }) {
  return `${sessionCookie().name}=${await sessionToken(user, await startSession(user.id))}`;
}

/** A Request as Next hands it to a route handler, with an optional cookie and client address. */
export function request(url: string, init: { method?: string; cookie?: string; ip?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { "x-forwarded-for": init.ip ?? freshIp() };
  if (init.cookie) headers.cookie = init.cookie;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  return new Request(`http://localhost${url}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}
