import { NextResponse } from "next/server";
import { serverError } from "@/lib/api/server-error";
import { findJobs } from "@/lib/data/jobs";
import { searchJson } from "@/lib/jobs/api";
import { parseJobSearch } from "@/lib/jobs/params";

/**
 * GET /api/v1/jobs?q=&where=&state=&remote=1&payMin=&type=&posted=&company=&career=&group=&sort=&page= → open
 * postings, 20 a page: { total, page, pages, interpretedAs, results: [...] }. Bad parameters → 400 { error }.
 */
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = parseJobSearch(new URL(request.url).searchParams);
  if (!parsed.ok) return NextResponse.json({ error: parsed.error }, { status: 400 });
  try {
    return NextResponse.json(searchJson(await findJobs(parsed.value)), { headers: { "Cache-Control": "public, max-age=60" } });
  } catch (error) {
    return serverError(request, error, "Job search is unavailable right now. Please try again.", 503);
  }
}
