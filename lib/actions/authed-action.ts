import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { currentUser, hasRole, type SessionUser } from "@/lib/auth/session";
import type { UserRole } from "@/lib/generated/prisma/client";
import { fieldErrors, type FieldErrors } from "@/lib/auth/schemas";
import { clientIp, readHeader } from "@/lib/auth/request-scope";
import { REQUEST_ID_HEADER, requestIdOf } from "@/lib/http/request-id";
import { logError } from "@/lib/log";
import { hitWriteLimits, waitPhrase, type WriteKind } from "@/lib/rate-limit";

/** What every action answers: shown next to the form (message in an aria-live region, fields next to fields). */
export type ActionState<T = undefined> = {
  ok: boolean;
  /** HTTP-like status: 200, 400 invalid input, 401 signed out, 403 role too low, 404 not yours or missing, 409 stale, 429, 500. */
  status: number;
  message?: string;
  fields?: FieldErrors;
  data?: T;
  /** With status 429: seconds to wait (route handlers send it as Retry-After). */
  retryAfter?: number;
  /** Changes with every answer, so a form can tell two identical answers apart. */
  at?: number;
};

export const ok = <T,>(data?: T, message?: string): ActionState<T> => ({ ok: true, status: 200, data, message, at: Date.now() });
export const fail = (status: number, message: string, fields?: FieldErrors): ActionState<never> => ({ ok: false, status, message, fields, at: Date.now() });
export const NOT_FOUND = "That saved comparison does not exist, or it is not yours.";

/** Form fields as an object; a repeated field ("slugs") becomes a list. */
export function formObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

/**
 * The one wrapper for every mutation that needs an account: it finds the signed-in user (401 otherwise), validates
 * the input with `schema` (400 with field messages), and turns unexpected errors into a generic 500 answer
 * (logged). Every call counts against the write limits (429 past them; `limit`: "admin" for editor and admin
 * actions, the default for those roles, false for none). `fn` gets the user and the parsed input and must scope
 * every query by the user's id. The result works with useActionState (state, formData) and with a plain object
 * (route handlers, tests).
 */
export function authedAction<S extends z.ZodType, T = undefined>(
  schema: S,
  fn: (user: SessionUser, input: z.output<S>) => Promise<ActionState<T>>,
  options: { role?: UserRole; limit?: WriteKind | false } = {},
) {
  return async function action(_previous: ActionState<T> | undefined, input: FormData | Record<string, unknown>): Promise<ActionState<T>> {
    const user = await currentUser();
    if (!user) return fail(401, "Sign in to do that.");
    // checked before the input is even parsed; an unknown role on either side is refused (hasRole)
    if (options.role && !hasRole(user.role, options.role)) return fail(403, "Your account is not allowed to do that.");
    const kind = options.limit ?? (options.role && options.role !== "USER" ? "admin" : "write");
    if (kind) {
      const limited = await writeLimited(kind, user.id);
      if (limited) return limited;
    }
    const raw = input instanceof FormData ? formObject(input) : input;
    // PostgreSQL cannot store a NUL character in text: refuse it here, with a message, instead of failing in the query
    if (containsNul(raw)) return fail(400, "The form contains a NUL character, which cannot be stored. Remove it and try again.");
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return fail(400, "Check the highlighted fields.", fieldErrors(parsed.error));
    try {
      return await fn(user, parsed.data);
    } catch (error) {
      unstable_rethrow(error);
      const requestId = requestIdOf(await requestHeaders());
      logError("action_error", { requestId, userId: user.id }, error);
      return fail(500, `Something went wrong on our side. Please try again; if it keeps happening, quote reference ${requestId}.`);
    }
  };
}

/** True when any string in `value` (nested in lists and objects) contains U+0000. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 8 || value === null || typeof value !== "object") return false;
  return Object.values(value).some((v) => containsNul(v, depth + 1));
}

/** The request's headers as far as the request id goes (none outside a request: scripts). */
async function requestHeaders(): Promise<Pick<Headers, "get">> {
  const id = await readHeader(REQUEST_ID_HEADER).catch(() => null);
  return { get: () => id };
}

/** 429 when the account or its address is over the write limit, else null; counting errors are logged, not fatal. */
async function writeLimited(kind: WriteKind, userId: string): Promise<ActionState<never> | null> {
  try {
    const result = await hitWriteLimits(kind, userId, await clientIp());
    if (result.ok) return null;
    return { ...fail(429, `Too many changes in a short time. Please wait ${waitPhrase(result.retryAfter)} and try again.`), retryAfter: result.retryAfter };
  } catch (error) {
    unstable_rethrow(error);
    console.error("Write limit check failed; letting the change through:", error);
    return null;
  }
}

/** authedAction for editors and admins (403 for anyone else). */
export function editorAction<S extends z.ZodType, T = undefined>(schema: S, fn: (user: SessionUser, input: z.output<S>) => Promise<ActionState<T>>) {
  return authedAction(schema, fn, { role: "EDITOR" });
}

/** authedAction for admins only (403 for anyone else). */
export function adminAction<S extends z.ZodType, T = undefined>(schema: S, fn: (user: SessionUser, input: z.output<S>) => Promise<ActionState<T>>) {
  return authedAction(schema, fn, { role: "ADMIN" });
}
