import "server-only";
import { db } from "@/lib/db";

export type Limit = { name: string; max: number; windowSeconds: number };
export type LimitResult = { ok: true } | { ok: false; retryAfter: number };

/** The limits on what an attacker would repeat. Per IP and per account; both must allow the attempt. */
export const LIMITS = {
  signInIp: { name: "signin:ip", max: 30, windowSeconds: 15 * 60 },
  signInAccount: { name: "signin:account", max: 10, windowSeconds: 15 * 60 },
  signUpIp: { name: "signup:ip", max: 20, windowSeconds: 60 * 60 },
  signUpAccount: { name: "signup:account", max: 5, windowSeconds: 60 * 60 },
  resetIp: { name: "reset:ip", max: 10, windowSeconds: 60 * 60 },
  resetAccount: { name: "reset:account", max: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

/**
 * Counts one attempt against `limit` for `subject` (an IP address or a lower-cased email) in a fixed window.
 * One atomic INSERT … ON CONFLICT per call, so concurrent requests in any number of processes sharing the
 * database count exactly; an expired window restarts at 1.
 */
export async function hit(limit: Limit, subject: string, now = new Date()): Promise<LimitResult> {
  const key = `${limit.name}:${subject}`;
  const expires = new Date(now.getTime() + limit.windowSeconds * 1000);
  const prisma = await db();
  const rows = await prisma.$queryRaw<{ count: number; expiresAt: Date }[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowStart", "expiresAt") VALUES (${key}, 1, ${now}, ${expires})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."expiresAt" <= ${now} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."expiresAt" <= ${now} THEN ${now} ELSE "RateLimit"."windowStart" END,
      "expiresAt" = CASE WHEN "RateLimit"."expiresAt" <= ${now} THEN ${expires} ELSE "RateLimit"."expiresAt" END
    RETURNING "count", "expiresAt"`;
  const { count, expiresAt } = rows[0];
  if (count <= limit.max) return { ok: true };
  return { ok: false, retryAfter: Math.max(1, Math.ceil((new Date(expiresAt).getTime() - now.getTime()) / 1000)) };
}

/** Counts the attempt against every (limit, subject) pair; refused when any is over, with the longest wait. */
export async function hitAll(checks: [Limit, string][], now = new Date()): Promise<LimitResult> {
  if (Math.random() < 0.01) await pruneRateLimits(now); // now and then, drop windows that ended
  const results = await Promise.all(checks.map(([limit, subject]) => hit(limit, subject, now)));
  const waits = results.flatMap((r) => (r.ok ? [] : [r.retryAfter]));
  return waits.length ? { ok: false, retryAfter: Math.max(...waits) } : { ok: true };
}

/** Drops windows that ended (hitAll calls it on about one attempt in a hundred; rows are tiny either way). */
export async function pruneRateLimits(now = new Date()) {
  await (await db()).rateLimit.deleteMany({ where: { expiresAt: { lt: now } } });
}

/** "5 minutes" for a Retry-After in seconds. */
export function waitPhrase(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
