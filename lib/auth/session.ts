import "server-only";
import { randomBytes } from "node:crypto";
import { cache } from "react";
import { notFound, redirect, unstable_rethrow } from "next/navigation";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authSecret } from "@/lib/auth/secret";
import { inRequestScope, readCookie } from "@/lib/auth/request-scope";
import type { UserRole } from "@/lib/generated/prisma/client";

/** A session lasts 30 days from sign-in. */
export const SESSION_MAX_AGE = 30 * 24 * 60 * 60;

export type SessionUser = { id: string; email: string; name: string; role: UserRole; sessionId: string };

/**
 * Cookie settings: HttpOnly and SameSite=Lax always; Secure in production unless NEXTAUTH_URL is plain http
 * (a local run on http://127.0.0.1). The __Secure- prefix is used when the site address is https.
 */
export function sessionCookie() {
  const url = env().NEXTAUTH_URL ?? "";
  const secure = url.startsWith("https://") || (process.env.NODE_ENV === "production" && !url.startsWith("http://"));
  const name = url.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
  return { name, secure, options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure } };
}

/** Records a new signed-in browser for the user; its id and the user's session version go into the cookie. */
export async function startSession(userId: string): Promise<{ sid: string; sv: number }> {
  const prisma = await db();
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  const sid = randomBytes(32).toString("base64url");
  await prisma.authSession.create({ data: { id: sid, userId, expiresAt: new Date(Date.now() + SESSION_MAX_AGE * 1000) } });
  return { sid, sv: user.sessionVersion };
}

/** The encrypted session token (a next-auth JWT) for a session started with startSession. */
export function sessionToken(user: { id: string; email: string; name: string }, session: { sid: string; sv: number }) {
  return encode({
    token: { sub: user.id, email: user.email, name: user.name, sid: session.sid, sv: session.sv },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE,
  });
}

/** Signs the user in from a server action: starts a session and sets the cookie. */
export async function signInUser(user: { id: string; email: string; name: string }) {
  const session = await startSession(user.id);
  const cookie = sessionCookie();
  (await cookies()).set(cookie.name, await sessionToken(user, session), { ...cookie.options, maxAge: SESSION_MAX_AGE });
}

/** Ends this browser's session on the server (the row goes, so a copy of the cookie stops working) and clears it. */
export async function signOutCurrent() {
  const user = await currentUser();
  if (user) await (await db()).authSession.deleteMany({ where: { id: user.sessionId } });
  if (!inRequestScope()) (await cookies()).delete(sessionCookie().name);
}

/** Ends every session of the user, everywhere: bumps the session version and drops the session rows. */
export async function endAllSessions(userId: string) {
  const prisma = await db();
  await prisma.$transaction([
    prisma.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } }),
    prisma.authSession.deleteMany({ where: { userId } }),
  ]);
}

/**
 * The signed-in user of this request, or null. Checked against the database on every call: the session row
 * must exist and be unexpired, the token's session version must equal the user's, the user must not be
 * disabled. Any failure (bad cookie, database error) answers null: fail closed.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  try {
    const raw = await readCookie(sessionCookie().name);
    if (!raw) return null;
    const token = await decode({ token: raw, secret: authSecret() }).catch(() => null); // forged or stale secret
    if (!token || typeof token.sub !== "string" || typeof token.sid !== "string" || typeof token.sv !== "number") return null;
    const session = await (await db()).authSession.findUnique({
      where: { id: token.sid },
      select: { userId: true, expiresAt: true, user: { select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabledAt: true } } },
    });
    if (!session || session.userId !== token.sub || session.expiresAt.getTime() <= Date.now()) return null;
    const { user } = session;
    if (user.disabledAt || user.sessionVersion !== token.sv) return null;
    return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: token.sid };
  } catch (error) {
    unstable_rethrow(error); // Next's own signals (e.g. "this page reads cookies, render it on request")
    console.warn("Session check failed; treating the request as signed out:", (error as Error).message);
    return null;
  }
});

const RANK: Record<string, number> = { USER: 1, EDITOR: 2, ADMIN: 3 };

/** True when `role` is at least `needed`; an unknown role on either side is refused. */
export function hasRole(role: string | undefined, needed: UserRole): boolean {
  const have = role ? RANK[role] : undefined;
  const want = RANK[needed];
  return have !== undefined && want !== undefined && have >= want;
}

/** For pages: the signed-in user, or a redirect to /signin that comes back to `returnTo`. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** For pages: the signed-in user with at least `role`; others get the not-found page (fail closed). */
export async function requireRole(role: UserRole, returnTo: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!hasRole(user.role, role)) notFound();
  return user;
}

/** Only same-site paths are followed after sign-in ("/saved?x=1"); anything else goes to `fallback`. */
export function safeCallback(value: unknown, fallback = "/saved"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value.slice(0, 2000);
}
