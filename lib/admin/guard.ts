import "server-only";
import { notFound } from "next/navigation";
import { currentUser, hasRole, type SessionUser } from "@/lib/auth/session";
import type { UserRole } from "@/lib/generated/prisma/client";

/**
 * For /admin pages: the signed-in user when their role is at least `role`; null when signed out (the page shows
 * a sign-in notice); the not-found page for a signed-in account without the role, or with an unknown role
 * (fail closed, and the page does not admit it exists).
 */
export async function adminPageUser(role: UserRole): Promise<SessionUser | null> {
  const user = await currentUser();
  if (!user) return null;
  if (!hasRole(user.role, role)) notFound();
  return user;
}

/** One search parameter as a short string (arrays and huge values are cut down, never trusted). */
export function param(params: Record<string, string | string[] | undefined>, key: string, max = 200): string | undefined {
  const v = params[key];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s.slice(0, max) : undefined;
}

/** A 1-based page number from the query; anything odd is page 1, and a huge one is capped. */
export function pageParam(params: Record<string, string | string[] | undefined>): number {
  const n = Number(param(params, "page", 10));
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 10_000) : 1;
}

/** A date in the UTC calendar ("2026-11-28"), or undefined. */
export function dateParam(params: Record<string, string | string[] | undefined>, key: string): Date | undefined {
  const s = param(params, key, 10);
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export const utcTime = (d: Date) => d.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
