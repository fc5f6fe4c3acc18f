import { runWithRequest } from "@/lib/auth/request-scope";
import { currentUser } from "@/lib/auth/session";
import { getSaved } from "@/lib/data/saved";
import { deleteSaved, setVisibility, updateSaved } from "@/lib/actions/saved";
import { NOT_FOUND, type ActionState } from "@/lib/actions/authed-action";
import { fromAction, jsonBody, unauthorized } from "@/lib/api/respond";
import { mutation } from "@/lib/api/mutation";

export const dynamic = "force-dynamic";
type Context = { params: Promise<{ id: string }> };

/** GET /api/v1/saved/:id — 401 without a session; 404 when missing or someone else's. */
export function GET(request: Request, { params }: Context) {
  return runWithRequest(request, async () => {
    const user = await currentUser();
    if (!user) return unauthorized();
    const item = await getSaved((await params).id, user.id);
    if (!item) return Response.json({ error: NOT_FOUND }, { status: 404, headers: { "Cache-Control": "no-store" } });
    return Response.json(item, { headers: { "Cache-Control": "no-store" } });
  });
}

/** PATCH /api/v1/saved/:id { version, title?, note? } and/or { visibility: "PRIVATE" | "LINK" }. */
export function PATCH(request: Request, { params }: Context) {
  return mutation(request, async () => {
    const { id } = await params;
    const body = await jsonBody(request);
    let state: ActionState<unknown> | undefined;
    if ("title" in body || "note" in body) state = await updateSaved(undefined, { ...body, id });
    if ((!state || state.ok) && "visibility" in body) state = await setVisibility(undefined, { id, visibility: body.visibility });
    return fromAction(state ?? (await updateSaved(undefined, { ...body, id })));
  });
}

/** DELETE /api/v1/saved/:id — soft delete (restorable from /saved for a day). */
export function DELETE(request: Request, { params }: Context) {
  return mutation(request, async () => fromAction(await deleteSaved(undefined, { id: (await params).id })));
}
