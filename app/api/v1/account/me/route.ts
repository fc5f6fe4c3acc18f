import { runWithRequest } from "@/lib/auth/request-scope";
import { currentUser, hasRole } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/account/me: who is signed in, for the header's account corner ({ user: null } when nobody is).
 * Pages are cached and shared by everyone, so the one per-user part of the header asks here from the browser;
 * the answer is never stored by any cache.
 */
export function GET(request: Request) {
  return runWithRequest(request, async () => {
    const user = await currentUser();
    const body = user ? { user: { name: user.name, email: user.email, editor: hasRole(user.role, "EDITOR") } } : { user: null };
    return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
  });
}
