import { NextResponse, type NextRequest } from "next/server";

/*
 * One job: an address with broken percent-encoding ("/careers/%E0%A4%A") would make Next's router throw (a 500);
 * a page address gets the site's 404 page instead, an API address a JSON 400. Every other request passes
 * through untouched after one `includes` check.
 */
export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (!path.includes("%") || decodes(path)) return NextResponse.next();
  if (path.startsWith("/api/")) {
    return NextResponse.json({ error: "The address has malformed percent-encoding." }, { status: 400 });
  }
  return NextResponse.rewrite(new URL("/_bad-address", request.url), { status: 404 });
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
