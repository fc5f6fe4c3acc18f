import "server-only";
import { env } from "@/lib/env";
import { readHeader } from "@/lib/auth/request-scope";

/**
 * The site's public origin for absolute URLs (sitemap.xml, robots.txt, mail and share links): NEXTAUTH_URL when
 * the operator set it, else the host the request came to. Reading request headers makes the caller render on
 * request; inside runWithRequest the headers are the given Request's.
 */
export async function siteOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const host = (await readHeader("x-forwarded-host"))?.split(",")[0]?.trim() || (await readHeader("host")) || "localhost";
  const proto = (await readHeader("x-forwarded-proto"))?.split(",")[0]?.trim() || "http";
  // a Host header is client input: keep it to host[:port] characters
  const safeHost = /^[a-z0-9.-]+(:\d{1,5})?$/i.test(host) ? host : "localhost";
  return `${proto === "https" ? "https" : "http"}://${safeHost}`;
}
