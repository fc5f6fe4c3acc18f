// @ts-check
import { securityHeaders } from "./lib/http/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
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
