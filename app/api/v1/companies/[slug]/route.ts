import { NextResponse } from "next/server";
import { serverError } from "@/lib/api/server-error";
import { companyToApi, getCompany } from "@/lib/data/companies";
import { getCompanyReviews, getRatingSummary } from "@/lib/data/reviews";
import { REVIEW_SORTS, type ReviewSort } from "@/lib/reviews/read";

/**
 * GET /api/v1/companies/[slug]?reviews=PAGE&order=newest|helpful → { company: {…, source, release, reviewCount,
 * rating, adjustedRating, openJobs}, ratings: { count, average, adjusted, siteMean, priorWeight, distribution
 * (1★…5★), sub: [{ key, label, average }] }, reviews: { total, page, pageCount, order, items: [{ id, overall, …,
 * pros, cons, jobTitle, careerSlug, careerTitle, currentEmployee, helpfulCount, isSample, createdAt }] },
 * peers: [{…}] }. Published (approved) reviews only; unknown slug → 404 { error }.
 */
// reads the database: answered on request, never at build
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const query = new URL(request.url).searchParams;
  const order = (REVIEW_SORTS as readonly string[]).includes(query.get("order") ?? "") ? (query.get("order") as ReviewSort) : "newest";
  const n = Number(query.get("reviews") ?? 1);
  const page = Number.isInteger(n) && n >= 1 ? Math.min(n, 10_000) : 1;
  try {
    const profile = await getCompany(slug);
    if (!profile) return NextResponse.json({ error: `No company has the slug "${slug.slice(0, 100)}".` }, { status: 404 });
    const [ratings, reviews] = await Promise.all([getRatingSummary(profile.id), getCompanyReviews(profile.id, order, page)]);
    return NextResponse.json(
      {
        company: companyToApi(profile.company, profile),
        ratings,
        reviews: { total: reviews.total, page: reviews.page, pageCount: reviews.pageCount, order: reviews.sort, items: reviews.reviews },
        peers: profile.peers.map((p) => ({ slug: p.slug, name: p.name, ticker: p.ticker, subIndustry: p.subIndustry })),
      },
      { headers: { "Cache-Control": "public, max-age=300" } },
    );
  } catch (error) {
    return serverError(request, error, "Companies are unavailable right now. Please try again.", 503);
  }
}
