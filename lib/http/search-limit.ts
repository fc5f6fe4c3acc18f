import "server-only";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { authSecret } from "@/lib/auth/secret";
import { sessionCookie } from "@/lib/auth/session";
import { clientAddress } from "@/lib/http/client-address";
import { hitAll, LIMITS, type LimitResult } from "@/lib/rate-limit";

/** Pages whose `q` runs a search; with an empty q they are plain listings and not counted. */
const SEARCH_PAGES = new Set(["/search", "/jobs", "/careers", "/companies", "/api/v1/jobs", "/api/v1/companies"]);

/** Whether a request runs a search: the typeahead API always, the search pages and list APIs when q is set. */
export function isSearch(url: URL): boolean {
  if (url.pathname === "/api/v1/search") return true;
  return SEARCH_PAGES.has(url.pathname) && (url.searchParams.get("q") ?? "").trim() !== "";
}

/**
 * The account a session cookie names, without a database lookup: the token is encrypted with the server's
 * secret, so its subject cannot be forged; an ended session still counts against its own account, which is fine.
 */
async function accountOf(cookieValue: string | undefined): Promise<string | undefined> {
  if (!cookieValue) return undefined;
  const token = await decode({ token: cookieValue, secret: authSecret() }).catch(() => null);
  return typeof token?.sub === "string" ? token.sub : undefined;
}

/** Counts one search per client address and, when signed in, per account (LIMITS.searchIp / searchAccount). */
export async function countSearch(headers: Pick<Headers, "get">, sessionCookieValue: string | undefined): Promise<LimitResult> {
  const checks: Parameters<typeof hitAll>[0] = [[LIMITS.searchIp, clientAddress(headers, env().TRUST_PROXY)]];
  const account = await accountOf(sessionCookieValue);
  if (account) checks.push([LIMITS.searchAccount, account]);
  return hitAll(checks);
}

export const searchCookieName = () => sessionCookie().name;
