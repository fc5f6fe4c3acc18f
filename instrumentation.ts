/**
 * Runs once when a server starts, before it takes requests: opens the database and builds the title-search index
 * (a few seconds on the full title set), so the first visitors do not wait for either. Building is CPU work on
 * the server's one thread, so doing it in the background would only stall the first requests instead.
 * Only when serving on Node.js: `next build` (NEXT_PHASE=phase-production-build) must never open the database.
 * A failure is logged and the index is built on the first search instead.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { warmTitleIndex } = await import("@/lib/data/search");
  await warmTitleIndex();
}
