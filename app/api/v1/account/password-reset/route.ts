import { runWithRequest, clientIp } from "@/lib/auth/request-scope";
import { requestPasswordReset } from "@/lib/auth/reset";
import { fromOutcome, jsonBody } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** POST /api/v1/account/password-reset { email } → 202 whether or not the address has an account; 429 (Retry-After). */
export function POST(request: Request) {
  return runWithRequest(request, async () => {
    const origin = process.env.NEXTAUTH_URL ?? new URL(request.url).origin;
    return fromOutcome(await requestPasswordReset(await jsonBody(request), await clientIp(), origin.replace(/\/$/, "")), 202);
  });
}
