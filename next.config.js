// @ts-check
import { securityHeaders } from "./lib/http/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // Next hashes every HTML and RSC body in JavaScript for its ETag, on every request, cached or not: a third of the
  // server's time on a career page. Pages are cached by Next and any CDN (s-maxage), so a 304 saves little
  // (docs/decisions/013-no-etags.md).
  generateEtags: false,
  reactStrictMode: true,
  typedRoutes: false,
  // "/" is rendered by app/home/[edition] so it can be cached on its first visit (docs/decisions/008-page-cache.md)
  async rewrites() {
    return [{ source: "/", destination: "/home/current" }];
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders({ dev: process.env.NODE_ENV === "development" }) }];
  },
};

export default nextConfig;
