import "server-only";
import { env } from "@/lib/env";
import { readHeader } from "@/lib/auth/request-scope";

/**
 * The origin the operator configured (NEXTAUTH_URL), or null. Cached pages use only this (as metadataBase):
 * they are shared by everyone, so they never depend on the Host header of whoever rendered them.
 */
export function configuredOrigin(): string | null {
  const configured = env().NEXTAUTH_URL;
  return configured ? new URL(configured).origin : null;
}

/**
 * The site's public origin for absolute URLs (sitemap.xml, robots.txt, mail and share links): NEXTAUTH_URL when
 * the operator set it, else the host the request came to. Reading request headers makes the caller render on
 * request; inside runWithRequest the headers are the given Request's.
 */
export async function siteOrigin(): Promise<string> {
  const configured = configuredOrigin();
  if (configured) return configured;
  const host = (await readHeader("x-forwarded-host"))?.split(",")[0]?.trim() || (await readHeader("host")) || "localhost";
  const proto = (await readHeader("x-forwarded-proto"))?.split(",")[0]?.trim() || "http";
  // a Host header is client input: keep it to host[:port] characters
  const safeHost = /^[a-z0-9.-]+(:\d{1,5})?$/i.test(host) ? host : "localhost";
  return `${proto === "https" ? "https" : "http"}://${safeHost}`;
}
