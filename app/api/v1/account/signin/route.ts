import { clientIp } from "@/lib/auth/request-scope";
import { mutation } from "@/lib/api/mutation";
import { signInWithPassword } from "@/lib/auth/accounts";
import { fromOutcome, jsonBody } from "@/lib/api/respond";
import { sessionCookieHeader } from "@/lib/api/session-cookie";

export const dynamic = "force-dynamic";

/** POST /api/v1/account/signin { email, password } → 200 with a session cookie; 401 (one answer for every failure), 429. */
export function POST(request: Request) {
  return mutation(request, async () => {
    const outcome = await signInWithPassword(await jsonBody(request), await clientIp());
    if (!outcome.ok) return fromOutcome(outcome);
    return fromOutcome(outcome, 200, { "Set-Cookie": await sessionCookieHeader(outcome.value) });
  });
}
