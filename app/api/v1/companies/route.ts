import { NextResponse } from "next/server";
import { serverError } from "@/lib/api/server-error";
import { companyToApi, getCompanies, parseCompanyView } from "@/lib/data/companies";

/**
 * GET /api/v1/companies?q=&sector=&subIndustry=&state=&sort=name|-name|rating|reviews|jobs&page=&limit= →
 * { companies: [{ slug, name, ticker, sector, subIndustry, hqCity, hqState, founded, cik, source, release,
 *   reviewCount, rating, adjustedRating, openJobs }], total, page, pageCount, limit }. rating is the plain mean of
 * approved overall ratings, adjustedRating the Bayesian average of /companies/best (both null without reviews).
 * Unknown or malformed parameters fall back to their defaults; limit 1–100.
 */
// reads the database: answered on request, never at build
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const view = parseCompanyView(Object.fromEntries(new URL(request.url).searchParams));
  try {
    const list = await getCompanies(view);
    return NextResponse.json(
      {
        companies: list.items.map((c) => companyToApi(c, list)),
        total: list.total,
        page: view.page,
        pageCount: list.pageCount,
        limit: view.limit,
      },
      { headers: { "Cache-Control": "public, max-age=300" } },
    );
  } catch (error) {
    return serverError(request, error, "Companies are unavailable right now. Please try again.", 503);
  }
}
