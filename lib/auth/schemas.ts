import { z } from "zod";
import { PASSWORD_MAX } from "@/lib/auth/password";

export const emailField = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter an email address like name@example.com."));

export const nameField = z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters.");

/** Length and policy are checked by passwordProblem(); here only the hard cap, so huge bodies stop early. */
export const newPasswordField = z.string({ error: "Choose a password." }).max(PASSWORD_MAX * 4, `Use at most ${PASSWORD_MAX} characters.`);
export const passwordField = z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(PASSWORD_MAX * 4);

export const signUpSchema = z.object({ email: emailField, name: nameField, password: newPasswordField });
export const signInSchema = z.object({ email: emailField, password: passwordField });
export const forgotSchema = z.object({ email: emailField });
export const resetSchema = z.object({ token: z.string().min(10).max(200), password: newPasswordField });
export const changePasswordSchema = z.object({ current: z.string().max(PASSWORD_MAX * 4), password: newPasswordField });
export const deleteAccountSchema = z.object({ confirm: z.string() });

export type FieldErrors = Record<string, string>;

/** The first message per field, for showing next to each field. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
