import "server-only";
import { unstable_rethrow } from "next/navigation";
import { runWithRequest } from "@/lib/auth/request-scope";
import { env } from "@/lib/env";
import { serverError } from "@/lib/api/server-error";

const SAME = new Set(["same-origin", "none"]);

/**
 * Why a state-changing request must be refused as cross-site, or null. Browsers send Origin (and Sec-Fetch-Site)
 * with every POST, PUT, PATCH and DELETE: it must be this site's origin (NEXTAUTH_URL, else the Host the request
 * came to). A request with neither header is not from a browser page, so it carries no visitor's cookies by
 * accident, and is allowed. Next applies the same rule to server actions itself; route handlers use this.
 */
export function crossSiteReason(request: Request, siteUrl = env().NEXTAUTH_URL): string | null {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && !SAME.has(fetchSite)) return `Sec-Fetch-Site is ${fetchSite}`;
  const origin = request.headers.get("origin");
  if (origin === null) return null;
  let from: URL;
  try {
    from = new URL(origin);
  } catch {
    return `Origin ${origin.slice(0, 100)} is not an origin`;
  }
  if (siteUrl) return from.origin === new URL(siteUrl).origin ? null : `Origin ${from.origin} is not ${new URL(siteUrl).origin}`;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0].trim() || request.headers.get("host") || new URL(request.url).host;
  return from.host === host ? null : `Origin ${from.origin} does not match the host ${host}`;
}

/**
 * The one wrapper for every mutating route handler (POST, PUT, PATCH, DELETE): refuses cross-site requests
 * with 403, runs `fn` with `request` as the current request (session and client address come from it), and
 * turns an unexpected error into a 500 with the request id (lib/api/server-error.ts).
 */
export async function mutation(request: Request, fn: () => Promise<Response>): Promise<Response> {
  const reason = crossSiteReason(request);
  if (reason) {
    return Response.json(
      { error: "Refused: this change was sent from another site. Make it on Careerlens itself." },
      { status: 403, headers: { "Cache-Control": "no-store" } },
    );
  }
  return runWithRequest(request, async () => {
    try {
      return await fn();
    } catch (error) {
      unstable_rethrow(error);
      return serverError(request, error);
    }
  });
}
