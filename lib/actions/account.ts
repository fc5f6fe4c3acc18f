"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { changePassword, deleteAccount, signInWithPassword, signUp, type Outcome } from "@/lib/auth/accounts";
import { requestPasswordReset, resetPassword } from "@/lib/auth/reset";
import { clientIp } from "@/lib/auth/request-scope";
import { mailOrigin } from "@/lib/site-origin";
import { endAllSessions, safeCallback, signInUser, signOutCurrent } from "@/lib/auth/session";
import { authedAction, fail, formObject, ok, type ActionState } from "@/lib/actions/authed-action";
import { changePasswordSchema } from "@/lib/auth/schemas";

function answer(outcome: Outcome<unknown>): ActionState<never> {
  if (outcome.ok) return ok();
  return fail(outcome.status, outcome.message, "fields" in outcome ? outcome.fields : undefined);
}

export async function signUpAction(_previous: ActionState | undefined, form: FormData): Promise<ActionState> {
  const input = formObject(form);
  const outcome = await signUp(input, await clientIp());
  if (!outcome.ok) return answer(outcome);
  await signInUser(outcome.value);
  redirect(safeCallback(input.callbackUrl));
}

export async function signInAction(_previous: ActionState | undefined, form: FormData): Promise<ActionState> {
  const input = formObject(form);
  const outcome = await signInWithPassword(input, await clientIp());
  if (!outcome.ok) return answer(outcome);
  await signInUser(outcome.value);
  redirect(safeCallback(input.callbackUrl));
}

export async function signOutAction(): Promise<void> {
  await signOutCurrent();
  redirect("/");
}

export async function forgotPasswordAction(_previous: ActionState | undefined, form: FormData): Promise<ActionState> {
  const outcome = await requestPasswordReset(formObject(form), await clientIp(), mailOrigin());
  if (!outcome.ok) return answer(outcome);
  return ok(undefined, "If an account uses that address, we have sent it a link to choose a new password. It works once, for one hour.");
}

export async function resetPasswordAction(_previous: ActionState | undefined, form: FormData): Promise<ActionState> {
  const outcome = await resetPassword(formObject(form));
  if (!outcome.ok) return answer(outcome);
  redirect("/signin?reset=1");
}

export const changePasswordAction = authedAction(changePasswordSchema, async (user, input) => {
  const outcome = await changePassword(user.id, input.current, input.password);
  if (!outcome.ok) return answer(outcome);
  await signInUser(user); // every session ended with the change; this browser gets a fresh one
  return ok(undefined, "Password changed. Other devices have been signed out.");
});

export const signOutEverywhereAction = authedAction(z.object({}), async (user) => {
  await endAllSessions(user.id);
  await signOutCurrent();
  redirect("/signin?signedOut=everywhere");
});

export const deleteAccountAction = authedAction(z.object({ confirm: z.string() }), async (user, input) => {
  if (input.confirm.trim().toLowerCase() !== user.email.toLowerCase()) {
    return fail(400, "Check the highlighted fields.", { confirm: "Type your email address exactly to confirm." });
  }
  await deleteAccount(user.id);
  await signOutCurrent();
  redirect("/?accountDeleted=1");
});
