import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { sendMail } from "@/lib/mail";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { fieldErrors, forgotSchema, resetSchema } from "@/lib/auth/schemas";
import { hitAll, LIMITS, waitPhrase } from "@/lib/rate-limit";
import { endAllSessions } from "@/lib/auth/session";
import type { Outcome } from "@/lib/auth/accounts";

/** A reset link works for one hour, once. */
export const RESET_TTL_MS = 60 * 60 * 1000;

const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Emails a reset link when the address has an account. The answer is the same either way (no enumeration);
 * only the SHA-256 of the token is stored, so a database leak does not reveal working links.
 */
export async function requestPasswordReset(input: unknown, ip: string, origin: string): Promise<Outcome<null>> {
  const parsed = forgotSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, message: "Check the highlighted fields.", fields: fieldErrors(parsed.error) };
  const { email } = parsed.data;
  const limit = await hitAll([[LIMITS.resetIp, ip], [LIMITS.resetAccount, email]]);
  if (!limit.ok) return { ok: false, status: 429, retryAfter: limit.retryAfter, message: `Too many requests. Try again in ${waitPhrase(limit.retryAfter)}.` };
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, disabledAt: true } });
  if (!user || user.disabledAt) return { ok: true, value: null };
  const token = randomBytes(32).toString("base64url");
  await prisma.passwordResetToken.create({
    data: { tokenHash: sha256(token), userId: user.id, expiresAt: new Date(Date.now() + RESET_TTL_MS) },
  });
  await sendMail({
    to: email,
    subject: "Reset your Careerlens password",
    text:
      `Someone (hopefully you) asked to reset the password of your Careerlens account.\n\n` +
      `Choose a new password here (the link works once, for one hour):\n${origin}/reset-password?token=${token}\n\n` +
      `If you did not ask for this, ignore this message: your password stays as it is.`,
  });
  return { ok: true, value: null };
}

/** Sets a new password with a reset token: the token must exist, be unexpired and unused; it is used up atomically. */
export async function resetPassword(input: unknown): Promise<Outcome<{ email: string }>> {
  const parsed = resetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, message: "This reset link is not valid. Ask for a new one.", fields: fieldErrors(parsed.error) };
  const prisma = await db();
  const tokenHash = sha256(parsed.data.token);
  const row = await prisma.passwordResetToken.findUnique({ where: { tokenHash }, select: { userId: true, expiresAt: true, usedAt: true, user: { select: { email: true, name: true } } } });
  const invalid = { ok: false as const, status: 400 as const, message: "This reset link has expired or was already used. Ask for a new one." };
  if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) return invalid;
  const problem = passwordProblem(parsed.data.password, [row.user.email, row.user.name]);
  if (problem) return { ok: false, status: 400, message: "Check the highlighted fields.", fields: { password: problem } };
  // Claim the token: only one concurrent request can flip usedAt from null.
  const claimed = await prisma.passwordResetToken.updateMany({ where: { tokenHash, usedAt: null }, data: { usedAt: new Date() } });
  if (claimed.count !== 1) return invalid;
  await prisma.user.update({ where: { id: row.userId }, data: { passwordHash: await hashPassword(parsed.data.password), version: { increment: 1 } } });
  await endAllSessions(row.userId);
  return { ok: true, value: { email: row.user.email } };
}
