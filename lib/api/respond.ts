import "server-only";
import type { ActionState } from "@/lib/actions/authed-action";
import type { Outcome } from "@/lib/auth/accounts";

const noStore = { "Cache-Control": "no-store" };

/** A JSON answer with the action's status; private data is never cached. */
export function fromAction(state: ActionState<unknown>, created = false): Response {
  const status = state.ok ? (created ? 201 : 200) : state.status;
  const body = state.ok ? { ok: true, ...(state.data ?? {}) } : { error: state.message, fields: state.fields };
  const headers: Record<string, string> = { ...noStore, ...(state.status === 429 && state.retryAfter ? { "Retry-After": String(state.retryAfter) } : {}) };
  return Response.json(body, { status, headers });
}

/** A JSON answer for an account outcome; 429 carries Retry-After in seconds. */
export function fromOutcome(outcome: Outcome<unknown>, okStatus = 200, extra: HeadersInit = {}): Response {
  if (outcome.ok) return Response.json({ ok: true }, { status: okStatus, headers: { ...noStore, ...extra } });
  const headers: Record<string, string> = { ...noStore };
  if (outcome.status === 429) headers["Retry-After"] = String(outcome.retryAfter);
  return Response.json({ error: outcome.message, fields: "fields" in outcome ? outcome.fields : undefined }, { status: outcome.status, headers });
}

export const unauthorized = () => Response.json({ error: "Sign in first." }, { status: 401, headers: noStore });

/** A JSON body, or an empty object when the body is missing or not JSON (validation then names the fields). */
export async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  try {
    const body = await request.json();
    return body && typeof body === "object" && !Array.isArray(body) ? body : {};
  } catch {
    return {};
  }
}
