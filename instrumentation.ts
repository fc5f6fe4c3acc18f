/**
 * Runs once when a server starts. Starts building the title-search index in the background so the first
 * search does not wait for it (a few seconds on the full title set). Only when serving on Node.js: `next build`
 * (NEXT_PHASE=phase-production-build) must never open the database.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { warmTitleIndex } = await import("@/lib/data/search");
  // not awaited: the server answers requests meanwhile; a search that comes first waits for the same build
  void warmTitleIndex();
}
