import { clientIp } from "@/lib/auth/request-scope";
import { mutation } from "@/lib/api/mutation";
import { signUp } from "@/lib/auth/accounts";
import { fromOutcome, jsonBody } from "@/lib/api/respond";
import { sessionCookieHeader } from "@/lib/api/session-cookie";

export const dynamic = "force-dynamic";

/** POST /api/v1/account/signup { email, name, password } → 201 with a session cookie; 400, 409, 429 (Retry-After). */
export function POST(request: Request) {
  return mutation(request, async () => {
    const outcome = await signUp(await jsonBody(request), await clientIp());
    if (!outcome.ok) return fromOutcome(outcome);
    return fromOutcome(outcome, 201, { "Set-Cookie": await sessionCookieHeader(outcome.value) });
  });
}
