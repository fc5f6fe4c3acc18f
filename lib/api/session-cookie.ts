import "server-only";
import { SESSION_MAX_AGE, sessionCookie, sessionToken, startSession } from "@/lib/auth/session";

/** A Set-Cookie header value starting a new session for `user` (for route handlers). */
export async function sessionCookieHeader(user: { id: string; email: string; name: string }): Promise<string> {
  const cookie = sessionCookie();
  const token = await sessionToken(user, await startSession(user.id));
  return [`${cookie.name}=${token}`, "Path=/", `Max-Age=${SESSION_MAX_AGE}`, "HttpOnly", "SameSite=Lax", ...(cookie.secure ? ["Secure"] : [])].join("; ");
}
