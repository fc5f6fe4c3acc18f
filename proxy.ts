import { NextResponse, type NextRequest } from "next/server";
import { newRequestId, REQUEST_ID_HEADER } from "@/lib/http/request-id";
import { countSearch, isSearch, searchCookieName } from "@/lib/http/search-limit";
import { logError } from "@/lib/log";
import { waitPhrase } from "@/lib/rate-limit";

/*
 * Runs before every page, action and API request (never static files):
 * 1. gives the request an id (x-request-id on the request and the response; a client's own is replaced);
 * 2. an address with broken percent-encoding ("/careers/%E0%A4%A") would make Next's router throw (a 500): a page
 *    address gets the site's 404 page instead, an API address a JSON 400;
 * 3. counts searches (lib/http/search-limit.ts) and answers 429 with Retry-After past the limit: JSON under /api,
 *    the /too-many-requests page otherwise. Here, before any cache, so cached pages stay cached.
 */
export async function proxy(request: NextRequest) {
  const requestId = newRequestId();
  const response = await answer(request, requestId);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

async function answer(request: NextRequest, requestId: string): Promise<NextResponse> {
  const path = request.nextUrl.pathname;
  const api = path.startsWith("/api/");
  if (path.includes("%") && !decodes(path)) {
    if (api) return NextResponse.json({ error: "The address has malformed percent-encoding.", requestId }, { status: 400 });
    return NextResponse.rewrite(new URL("/_bad-address", request.url), { status: 404 });
  }
  if (isSearch(request.nextUrl)) {
    const limited = await searchAllowed(request, requestId);
    if (limited) {
      const headers = { "Retry-After": String(limited), "Cache-Control": "no-store" };
      if (api) {
        const error = `Too many searches from your address or account. Try again in ${waitPhrase(limited)}.`;
        return NextResponse.json({ error, requestId }, { status: 429, headers });
      }
      return NextResponse.rewrite(new URL("/too-many-requests", request.url), { status: 429, headers });
    }
  }
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  return NextResponse.next({ request: { headers } });
}

/** Seconds to wait when over the search limit, else 0. A failing count lets the search through (logged). */
async function searchAllowed(request: NextRequest, requestId: string): Promise<number> {
  try {
    const result = await countSearch(request.headers, request.cookies.get(searchCookieName())?.value);
    return result.ok ? 0 : result.retryAfter;
  } catch (error) {
    logError("search_limit_failed", { requestId, path: request.nextUrl.pathname }, error);
    return 0;
  }
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // never static files or the icon
  matcher: ["/((?!_next/|favicon|icon).*)"],
};
