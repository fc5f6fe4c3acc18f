import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { currentUser, hasRole, type SessionUser } from "@/lib/auth/session";
import type { UserRole } from "@/lib/generated/prisma/client";
import { fieldErrors, type FieldErrors } from "@/lib/auth/schemas";

/** What every action answers: shown next to the form (message in an aria-live region, fields next to fields). */
export type ActionState<T = undefined> = {
  ok: boolean;
  /** HTTP-like status: 200, 400 invalid input, 401 signed out, 403 role too low, 404 not yours or missing, 409 stale, 429, 500. */
  status: number;
  message?: string;
  fields?: FieldErrors;
  data?: T;
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
 * (logged). `fn` gets the user and the parsed input and must scope every query by the user's id. The result
 * works with useActionState (state, formData) and with a plain object (route handlers, tests).
 */
export function authedAction<S extends z.ZodType, T = undefined>(
  schema: S,
  fn: (user: SessionUser, input: z.output<S>) => Promise<ActionState<T>>,
  options: { role?: UserRole } = {},
) {
  return async function action(_previous: ActionState<T> | undefined, input: FormData | Record<string, unknown>): Promise<ActionState<T>> {
    const user = await currentUser();
    if (!user) return fail(401, "Sign in to do that.");
    // checked before the input is even parsed; an unknown role on either side is refused (hasRole)
    if (options.role && !hasRole(user.role, options.role)) return fail(403, "Your account is not allowed to do that.");
    const parsed = schema.safeParse(input instanceof FormData ? formObject(input) : input);
    if (!parsed.success) return fail(400, "Check the highlighted fields.", fieldErrors(parsed.error));
    try {
      return await fn(user, parsed.data);
    } catch (error) {
      unstable_rethrow(error);
      console.error("Action failed:", error);
      return fail(500, "Something went wrong on our side. Please try again.");
    }
  };
}

/** authedAction for editors and admins (403 for anyone else). */
export function editorAction<S extends z.ZodType, T = undefined>(schema: S, fn: (user: SessionUser, input: z.output<S>) => Promise<ActionState<T>>) {
  return authedAction(schema, fn, { role: "EDITOR" });
}

/** authedAction for admins only (403 for anyone else). */
export function adminAction<S extends z.ZodType, T = undefined>(schema: S, fn: (user: SessionUser, input: z.output<S>) => Promise<ActionState<T>>) {
  return authedAction(schema, fn, { role: "ADMIN" });
}
