/** Account management for admins: list and search users, change a role, disable or enable an account. */
import type { PrismaClient, UserRole } from "@/lib/generated/prisma/client";
import { audited, ChangeRefused, type Actor, type Tx } from "./audit";

export const USERS_PER_PAGE = 25;

export type UserFilter = { q?: string; role?: UserRole; page: number };

export async function listUsers(prisma: PrismaClient, filter: UserFilter) {
  const q = filter.q?.trim().slice(0, 100);
  const where = {
    ...(q ? { OR: [{ email: { contains: q, mode: "insensitive" as const } }, { name: { contains: q, mode: "insensitive" as const } }] } : {}),
    ...(filter.role ? { role: filter.role } : {}),
  };
  const [total, users] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * USERS_PER_PAGE,
      take: USERS_PER_PAGE,
      select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
    }),
  ]);
  return { total, users };
}

const LAST_ADMIN = "This is the last active administrator: make another account an administrator first.";

/**
 * Refuses a change that would leave no active administrator. The admin rows are locked first, so two admins
 * demoting each other at the same moment cannot both succeed.
 */
async function keepAnAdmin(tx: Tx, target: { id: string; role: UserRole; disabledAt: Date | null }) {
  if (target.role !== "ADMIN" || target.disabledAt) return;
  await tx.$queryRaw`SELECT id FROM "User" WHERE role = 'ADMIN' FOR UPDATE`;
  const others = await tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: target.id } } });
  if (others === 0) throw new ChangeRefused(409, LAST_ADMIN);
}

const userSelect = { id: true, email: true, role: true, disabledAt: true } as const;

async function target(tx: Tx, id: string) {
  const user = await tx.user.findUnique({ where: { id }, select: userSelect });
  if (!user) throw new ChangeRefused(404, "That account does not exist.");
  return user;
}

/** Sets a user's role (audited as user.role). */
export async function setRole(prisma: PrismaClient, actor: Actor, userId: string, role: UserRole, revertOf?: string) {
  return audited(
    prisma,
    actor,
    "user.role",
    async (tx) => {
      const user = await target(tx, userId);
      if (user.role !== role && role !== "ADMIN") await keepAnAdmin(tx, user);
      await tx.user.update({ where: { id: userId }, data: { role, version: { increment: 1 } } });
      return { entityType: "User", entityId: userId, before: { email: user.email, role: user.role }, after: { email: user.email, role }, value: role };
    },
    { revertOf },
  );
}

/**
 * Disables an account (its sessions end at once: the session version is bumped and the session rows go, in the
 * same transaction) or enables it again. Audited as user.disable / user.enable.
 */
export async function setDisabled(prisma: PrismaClient, actor: Actor, userId: string, disabled: boolean, revertOf?: string) {
  return audited(
    prisma,
    actor,
    disabled ? "user.disable" : "user.enable",
    async (tx) => {
      const user = await target(tx, userId);
      if (disabled) await keepAnAdmin(tx, user);
      const disabledAt = disabled ? (user.disabledAt ?? new Date()) : null;
      await tx.user.update({
        where: { id: userId },
        data: { disabledAt, version: { increment: 1 }, ...(disabled ? { sessionVersion: { increment: 1 } } : {}) },
      });
      if (disabled) await tx.authSession.deleteMany({ where: { userId } });
      return {
        entityType: "User",
        entityId: userId,
        before: { email: user.email, disabledAt: user.disabledAt },
        after: { email: user.email, disabledAt },
        value: disabledAt,
      };
    },
    { revertOf },
  );
}
