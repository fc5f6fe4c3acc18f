import { NextResponse } from "next/server";
import { serverError } from "@/lib/api/server-error";
import { comparisonCsv, comparisonJson, csvFileName, parseCompareParams } from "@/lib/compare/export";
import { isResolved } from "@/lib/compare/resolve";
import { getComparison } from "@/lib/data/compare";

/**
 * GET /api/v1/compare?slugs=a,b[,c,d][&format=csv] → the figures of the comparison page, per career, each with
 * its source and year. Slugs are career slugs or job titles ("lead-technician"). Bad input → 400 { error,
 * message }; a slug nothing matches → 404 { error, message, unknown: [{ slug, suggestions }] }.
 */
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const parsed = parseCompareParams(new URL(request.url).searchParams);
  if (!parsed.ok) return NextResponse.json({ error: parsed.error, message: parsed.message }, { status: 400 });
  try {
    const result = await getComparison(parsed.slugs.join(","));
    if (!result.ok) {
      const unknown = result.careers.filter((c) => !isResolved(c));
      return NextResponse.json(
        {
          error: "not_found",
          message: `No career matches ${unknown.map((u) => `"${u.slug}"`).join(", ")}.`,
          unknown: unknown.map((u) => ({ slug: u.slug, suggestions: "suggestions" in u ? u.suggestions : [] })),
        },
        { status: 404 },
      );
    }
    const headers = { "Cache-Control": "public, max-age=3600" };
    if (parsed.format === "csv") {
      return new NextResponse(comparisonCsv(result.comparison), {
        headers: {
          ...headers,
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${csvFileName(result.comparison)}"`,
        },
      });
    }
    return NextResponse.json(comparisonJson(result.comparison), { headers });
  } catch (error) {
    return serverError(request, error, "Something went wrong on our side. Please try again.", 500);
  }
}
