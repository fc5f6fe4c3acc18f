/** Roles: who may do what under /admin, and the accounts ADMIN_EMAILS makes administrators. */
import type { PrismaClient, UserRole } from "@/lib/generated/prisma/client";

export const ROLES = ["USER", "EDITOR", "ADMIN"] as const satisfies readonly UserRole[];

export const ROLE_LABELS: Record<UserRole, string> = { USER: "User", EDITOR: "Editor", ADMIN: "Administrator" };

/** The addresses in ADMIN_EMAILS ("a@x.org, b@y.org"), lower-cased. */
export function adminEmails(value: string | undefined): Set<string> {
  return new Set(
    (value ?? "")
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );
}

/**
 * Makes the account an ADMIN when its address is listed in ADMIN_EMAILS (on sign-up and sign-in). The promotion
 * is audited with the account itself as actor, so the log says where the first admin came from.
 */
export async function promoteListedAdmin(prisma: PrismaClient, user: { id: string; email: string }, listed: Set<string>): Promise<boolean> {
  if (!listed.has(user.email.toLowerCase())) return false;
  return prisma.$transaction(async (tx) => {
    const row = await tx.user.findUnique({ where: { id: user.id }, select: { role: true, disabledAt: true } });
    if (!row || row.role === "ADMIN" || row.disabledAt) return false;
    await tx.user.update({ where: { id: user.id }, data: { role: "ADMIN", version: { increment: 1 } } });
    await tx.auditLog.create({
      data: {
        actorId: user.id,
        actorEmail: user.email,
        action: "user.role",
        entityType: "User",
        entityId: user.id,
        before: { email: user.email, role: row.role },
        after: { email: user.email, role: "ADMIN", reason: "ADMIN_EMAILS" },
      },
    });
    return true;
  });
}
