import type { Instrumentation } from "next";

/**
 * Runs once when a server starts, before it takes requests:
 * - checks the configuration (lib/env.ts): a production server refuses to start without NEXTAUTH_URL unless it
 *   listens on loopback only; the message names the variable;
 * - records each request's TCP peer address for the per-IP limits (lib/http/peer-address.ts);
 * - opens the database and builds the title-search index (a few seconds on the full title set), so the first
 *   visitors do not wait for either. Building is CPU work on the server's one thread, so doing it in the
 *   background would only stall the first requests instead. A failure is logged and the index is built on the
 *   first search instead.
 * Only when serving on Node.js: `next build` (NEXT_PHASE=phase-production-build) must never open the database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/env");
  env();
  const { recordPeerAddresses } = await import("@/lib/http/peer-address");
  recordPeerAddresses();
  const { warmTitleIndex } = await import("@/lib/data/search");
  await warmTitleIndex();
}

/**
 * Every error Next catches while answering (a page, a server action, a route handler, proxy.ts) becomes one
 * JSON log line with the request id proxy.ts gave the request and the digest the error page shows as its
 * reference, so either one finds the line.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { logError } = await import("@/lib/log");
  const { requestIdOf } = await import("@/lib/http/request-id");
  const header = request.headers["x-request-id"];
  logError(
    "request_error",
    {
      requestId: requestIdOf({ get: () => (Array.isArray(header) ? header[0] : header) ?? null }),
      digest: (error as { digest?: string }).digest,
      method: request.method,
      path: request.path,
      routerKind: context.routerKind,
      routePath: context.routePath,
      routeType: context.routeType,
    },
    error,
  );
};
