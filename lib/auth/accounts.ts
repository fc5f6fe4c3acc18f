import "server-only";
import { db } from "@/lib/db";
import { hashPassword, passwordProblem, verifyPassword } from "@/lib/auth/password";
import { hitAll, LIMITS, waitPhrase } from "@/lib/rate-limit";
import { fieldErrors, signInSchema, signUpSchema, type FieldErrors } from "@/lib/auth/schemas";
import { endAllSessions } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { adminEmails, promoteListedAdmin } from "@/lib/admin/roles";

export type AccountUser = { id: string; email: string; name: string };
export type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; status: 400 | 401 | 409; message: string; fields?: FieldErrors }
  | { ok: false; status: 429; message: string; retryAfter: number };

/** The one answer for a wrong password, an unknown email and a disabled account. */
export const SIGN_IN_FAILED = "That email and password do not match an account.";

const tooMany = (retryAfter: number): Outcome<never> => ({
  ok: false,
  status: 429,
  retryAfter,
  message: `Too many attempts. Try again in ${waitPhrase(retryAfter)}.`,
});

export async function signUp(input: unknown, ip: string): Promise<Outcome<AccountUser>> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, message: "Check the highlighted fields.", fields: fieldErrors(parsed.error) };
  const { email, name, password } = parsed.data;
  const problem = passwordProblem(password, [email, name]);
  if (problem) return { ok: false, status: 400, message: "Check the highlighted fields.", fields: { password: problem } };
  // Counted from here: what costs a hash or answers "that email exists" (typos above cost nothing).
  const limit = await hitAll([[LIMITS.signUpIp, ip], [LIMITS.signUpAccount, email]]);
  if (!limit.ok) return tooMany(limit.retryAfter);
  const prisma = await db();
  const passwordHash = await hashPassword(password);
  try {
    const user = await prisma.user.create({ data: { email, name, passwordHash }, select: { id: true, email: true, name: true } });
    await promoteListedAdmin(prisma, user, adminEmails(env().ADMIN_EMAILS));
    return { ok: true, value: user };
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
    return {
      ok: false,
      status: 409,
      message: "Check the highlighted fields.",
      fields: { email: "An account with this email already exists. Sign in, or reset its password." },
    };
  }
}

/**
 * Checks an email and password. Unknown email, wrong password and disabled account get the same answer, and
 * each costs one argon2id verification, so the time does not tell them apart either.
 */
export async function signInWithPassword(input: unknown, ip: string): Promise<Outcome<AccountUser>> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, message: "Check the highlighted fields.", fields: fieldErrors(parsed.error) };
  const { email } = parsed.data;
  const limit = await hitAll([[LIMITS.signInIp, ip], [LIMITS.signInAccount, email]]);
  if (!limit.ok) return tooMany(limit.retryAfter);
  const user = await (await db()).user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  const matches = await verifyPassword(user?.passwordHash, parsed.data.password);
  if (!user || !matches || user.disabledAt) return { ok: false, status: 401, message: SIGN_IN_FAILED };
  await promoteListedAdmin(await db(), user, adminEmails(env().ADMIN_EMAILS));
  return { ok: true, value: { id: user.id, email: user.email, name: user.name } };
}

/** Changes the password after checking the current one; every other session ends. */
export async function changePassword(userId: string, current: string, next: string): Promise<Outcome<null>> {
  const prisma = await db();
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true, passwordHash: true } });
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, current))) {
    return { ok: false, status: 400, message: "Check the highlighted fields.", fields: { current: "That is not your current password." } };
  }
  const problem = passwordProblem(next, [user.email, user.name]);
  if (problem) return { ok: false, status: 400, message: "Check the highlighted fields.", fields: { password: problem } };
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(next), version: { increment: 1 } } });
  await endAllSessions(userId);
  return { ok: true, value: null };
}

/** Deletes the user; sessions, reset tokens, OAuth links and saved comparisons go with it (ON DELETE CASCADE). */
export async function deleteAccount(userId: string) {
  await (await db()).user.delete({ where: { id: userId } });
}
