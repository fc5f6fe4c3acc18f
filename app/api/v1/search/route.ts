import { NextResponse } from "next/server";
import { serverError } from "@/lib/api/server-error";
import { searchTitles } from "@/lib/data/search";
import { parseSearchParams } from "@/lib/search/params";

/**
 * GET /api/v1/search?q=TEXT&limit=N → { results: [{ slug, title, socCode, onetCode, matchedTitle, score }] },
 * best first. q: 1–200 characters after trimming; limit: 1–50, default 10. Bad input → 400 { error }.
 */
// reads the database: answered on request, never at build
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = parseSearchParams(new URL(request.url).searchParams);
  if (!parsed.ok) return NextResponse.json({ error: parsed.error }, { status: 400 });
  try {
    const results = await searchTitles(parsed.value.q, parsed.value.limit);
    return NextResponse.json({ results }, { headers: { "Cache-Control": "public, max-age=300" } });
  } catch (error) {
    return serverError(request, error, "Search is unavailable right now. Please try again.", 503);
  }
}
