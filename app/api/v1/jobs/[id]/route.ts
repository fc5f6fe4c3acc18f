import { NextResponse } from "next/server";
import { serverError } from "@/lib/api/server-error";
import { getPosting } from "@/lib/data/jobs";
import { detailJson } from "@/lib/jobs/api";

/** GET /api/v1/jobs/[id] → one posting with its pay context (BLS percentiles), or 404 { error }. */
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const posting = await getPosting(id);
    if (!posting) return NextResponse.json({ error: `No job posting with id "${id.slice(0, 60)}"` }, { status: 404 });
    return NextResponse.json(detailJson(posting));
  } catch (error) {
    return serverError(request, error, "Job postings are unavailable right now. Please try again.", 503);
  }
}
