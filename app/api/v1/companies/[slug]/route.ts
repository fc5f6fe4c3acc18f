import { NextResponse } from "next/server";
import { serverError } from "@/lib/api/server-error";
import { companyToApi, getCompany } from "@/lib/data/companies";

/** GET /api/v1/companies/[slug] → { company: {…, source, release}, peers: [{…}] }; unknown slug → 404 { error }. */
// reads the database: answered on request, never at build
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  try {
    const profile = await getCompany(slug);
    if (!profile) return NextResponse.json({ error: `No company has the slug "${slug.slice(0, 100)}".` }, { status: 404 });
    return NextResponse.json(
      {
        company: companyToApi(profile.company, profile),
        peers: profile.peers.map((p) => ({ slug: p.slug, name: p.name, ticker: p.ticker, subIndustry: p.subIndustry })),
      },
      { headers: { "Cache-Control": "public, max-age=300" } },
    );
  } catch (error) {
    return serverError(request, error, "Companies are unavailable right now. Please try again.", 503);
  }
}
