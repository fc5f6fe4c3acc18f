import { runWithRequest } from "@/lib/auth/request-scope";
import { currentUser } from "@/lib/auth/session";
import { getCompany } from "@/lib/data/companies";
import { getOwnReviews, getViewerMarks } from "@/lib/data/reviews";
import { nextReviewDate } from "@/lib/reviews/write";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "private, no-store" };

/**
 * GET /api/v1/companies/[slug]/me?ids=a,b → what the signed-in visitor sees of this company beyond the shared page:
 * { user: null } signed out; else { user: { name }, own: [their reviews of it, any status, with the editor's
 * reason], nextReviewDate (ISO, null when they may write now), marks: { own, reported, helpful } among `ids` }.
 * Company pages are cached and the same for everyone, so the browser asks here; never stored by a cache.
 */
export function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return runWithRequest(request, async () => {
    const user = await currentUser();
    if (!user) return Response.json({ user: null }, { headers });
    const profile = await getCompany((await params).slug);
    if (!profile) return Response.json({ error: "No such company." }, { status: 404, headers });
    const ids = (new URL(request.url).searchParams.get("ids") ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => /^[a-z0-9-]{1,40}$/.test(s))
      .slice(0, 50);
    const [own, marks] = await Promise.all([getOwnReviews(user.id, profile.id), getViewerMarks(user.id, ids)]);
    const now = new Date();
    const blocking = own.find((r) => r.status !== "REJECTED" && nextReviewDate(r.createdAt) > now);
    return Response.json({ user: { name: user.name }, own, nextReviewDate: blocking ? nextReviewDate(blocking.createdAt).toISOString() : null, marks }, { headers });
  });
}
