/** `npm run admin:create`: make an account an administrator, or create it as one. Audited. */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { emailField, nameField } from "@/lib/auth/schemas";

const ACTOR = "admin:create (command line)";

/** What happened, as one line for the terminal; throws with the reason when it cannot. */
export async function createOrPromoteAdmin(prisma: PrismaClient, input: { email?: string; name?: string; password?: string }): Promise<string> {
  const email = emailField.safeParse(input.email ?? "");
  if (!email.success) throw new Error(`--email: ${email.error.issues[0].message}`);
  const address = email.data;
  const existing = await prisma.user.findUnique({ where: { email: address }, select: { id: true, role: true, disabledAt: true } });
  if (existing) {
    const note = existing.disabledAt ? " Note: this account is disabled; enable it at /admin/users before signing in." : "";
    if (existing.role === "ADMIN") return `${address} is already an administrator; nothing changed.${note}`;
    await prisma.$transaction([
      prisma.user.update({ where: { id: existing.id }, data: { role: "ADMIN", version: { increment: 1 } } }),
      prisma.auditLog.create({
        data: { actorEmail: ACTOR, action: "user.role", entityType: "User", entityId: existing.id, before: { email: address, role: existing.role }, after: { email: address, role: "ADMIN" } },
      }),
    ]);
    return `Promoted ${address} from ${existing.role} to ADMIN.${note}`;
  }
  if (!input.password) throw new Error(`No account uses ${address}. To create it, pass --password-from-env VAR with the password in the environment variable VAR.`);
  const name = nameField.safeParse(input.name ?? address.split("@")[0]);
  if (!name.success) throw new Error(`--name: ${name.error.issues[0].message}`);
  const problem = passwordProblem(input.password, [address, name.data]);
  if (problem) throw new Error(`Password refused: ${problem}`);
  const passwordHash = await hashPassword(input.password);
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email: address, name: name.data, role: "ADMIN", passwordHash }, select: { id: true } });
    await tx.auditLog.create({ data: { actorEmail: ACTOR, action: "user.create", entityType: "User", entityId: user.id, after: { email: address, role: "ADMIN" } } });
  });
  return `Created the administrator account ${address} (${name.data}).`;
}
