import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The site's public origin for absolute URLs (sitemap.xml, robots.txt): NEXTAUTH_URL when the operator set it,
 * else the host the request came to. Reading request headers makes the caller render on request.
 */
export async function siteOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host") || "localhost";
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  // a Host header is client input: keep it to host[:port] characters
  const safeHost = /^[a-z0-9.-]+(:\d{1,5})?$/i.test(host) ? host : "localhost";
  return `${proto === "https" ? "https" : "http"}://${safeHost}`;
}
