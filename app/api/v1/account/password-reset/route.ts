import { clientIp } from "@/lib/auth/request-scope";
import { mutation } from "@/lib/api/mutation";
import { mailOrigin } from "@/lib/site-origin";
import { requestPasswordReset } from "@/lib/auth/reset";
import { fromOutcome, jsonBody } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

/** POST /api/v1/account/password-reset { email } → 202 whether or not the address has an account; 429 (Retry-After). */
export function POST(request: Request) {
  return mutation(request, async () => fromOutcome(await requestPasswordReset(await jsonBody(request), await clientIp(), mailOrigin()), 202));
}
