import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { effectiveLimit, LIMITS, type Limit } from "@/lib/limits";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export { LIMITS, type Limit } from "@/lib/limits";
export type LimitResult = { ok: true } | { ok: false; retryAfter: number };

/**
 * Counts one attempt against `limit` for `subject` (an IP address or a lower-cased email) in a fixed window.
 * One atomic INSERT … ON CONFLICT per call, so concurrent requests in any number of processes sharing the
 * database count exactly; an expired window restarts at 1. `client`: another connection (tests of that).
 */
export async function hit(limit: Limit, subject: string, now = new Date(), client?: PrismaClient): Promise<LimitResult> {
  const key = `${limit.name}:${subject}`;
  const expires = new Date(now.getTime() + limit.windowSeconds * 1000);
  const prisma = client ?? (await db());
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

/**
 * Counts the attempt against every (limit, subject) pair, after RATE_LIMITS overrides (a limit switched off is
 * skipped); refused when any is over, with the longest wait.
 */
export async function hitAll(checks: [Limit, string][], now = new Date()): Promise<LimitResult> {
  const active = checks.flatMap(([limit, subject]) => {
    const effective = effectiveLimit(limit, env().RATE_LIMITS);
    return effective ? [[effective, subject] as const] : [];
  });
  if (active.length === 0) return { ok: true };
  if (Math.random() < 0.01) await pruneRateLimits(now); // now and then, drop windows that ended
  const results = await Promise.all(active.map(([limit, subject]) => hit(limit, subject, now)));
  const waits = results.flatMap((r) => (r.ok ? [] : [r.retryAfter]));
  return waits.length ? { ok: false, retryAfter: Math.max(...waits) } : { ok: true };
}

export type WriteKind = "write" | "admin";

/**
 * The shared limit on writes: counts one change per client address and per account (LIMITS.writeIp/-Account
 * for people's own data, adminIp/-Account for editor and admin changes). authedAction calls it for every action;
 * a write that does not go through authedAction calls it itself before changing anything.
 */
export function hitWriteLimits(kind: WriteKind, accountId: string, ip: string, now = new Date()): Promise<LimitResult> {
  return kind === "admin"
    ? hitAll([[LIMITS.adminIp, ip], [LIMITS.adminAccount, accountId]], now)
    : hitAll([[LIMITS.writeIp, ip], [LIMITS.writeAccount, accountId]], now);
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
