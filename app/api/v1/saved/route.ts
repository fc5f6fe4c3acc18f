import { runWithRequest } from "@/lib/auth/request-scope";
import { currentUser } from "@/lib/auth/session";
import { listSaved } from "@/lib/data/saved";
import { saveComparison } from "@/lib/actions/saved";
import { fromAction, jsonBody, unauthorized } from "@/lib/api/respond";
import { mutation } from "@/lib/api/mutation";

export const dynamic = "force-dynamic";

/** GET /api/v1/saved: the signed-in user's saved comparisons (401 without a session). */
export function GET(request: Request) {
  return runWithRequest(request, async () => {
    const user = await currentUser();
    if (!user) return unauthorized();
    const items = await listSaved(user.id);
    return Response.json({ results: items }, { headers: { "Cache-Control": "no-store" } });
  });
}

/** POST /api/v1/saved { slugs: [..], title }: saves a comparison. */
export function POST(request: Request) {
  return mutation(request, async () => fromAction(await saveComparison(undefined, await jsonBody(request)), true));
}
