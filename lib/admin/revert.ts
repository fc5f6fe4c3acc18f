/** Listing the audit trail, and reverting an entry (the revert is itself an audited change pointing back). */
import type { Prisma, PrismaClient, UserRole } from "@/lib/generated/prisma/client";
import type { TitleIndex } from "@/lib/search/title-index";
import { ChangeRefused, type Actor } from "./audit";
import { postingFromSnapshot, savePosting, type PostingSnapshot } from "./jobs";
import { ROLES } from "./roles";
import { setDisabled, setRole } from "./users";
import { revertDecision } from "@/lib/reviews/moderation";

export const AUDIT_PER_PAGE = 30;

/** The changes an admin can undo: a role, an account's disabled state, a posting's fields or expiry, a moderation decision. */
export const REVERTIBLE = new Set(["user.role", "user.disable", "user.enable", "job.update", "job.expire", "job.unexpire", "review.approve", "review.reject"]);

export type AuditFilter = { actor?: string; entityType?: string; action?: string; from?: Date; to?: Date; page: number };

export async function listAudit(prisma: PrismaClient, f: AuditFilter) {
  const where: Prisma.AuditLogWhereInput = {
    ...(f.actor ? { actorEmail: { contains: f.actor.trim().toLowerCase().slice(0, 254) } } : {}),
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.from || f.to ? { createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } } : {}),
  };
  const [total, entries] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (f.page - 1) * AUDIT_PER_PAGE, take: AUDIT_PER_PAGE }),
  ]);
  const reverted = new Set(
    (await prisma.auditLog.findMany({ where: { revertOf: { in: entries.map((e) => e.id) } }, select: { revertOf: true } })).map((r) => r.revertOf),
  );
  return { total, entries: entries.map((e) => ({ ...e, reverted: reverted.has(e.id), revertible: REVERTIBLE.has(e.action) && !e.revertOf && !reverted.has(e.id) })) };
}

const CHANGED_SINCE = "This record has changed since that entry: revert the later changes first, or edit it directly.";

export async function revertEntry(prisma: PrismaClient, actor: Actor, auditId: string, index: TitleIndex | null) {
  const entry = await prisma.auditLog.findUnique({ where: { id: auditId } });
  if (!entry) throw new ChangeRefused(404, "That audit entry does not exist.");
  if (!REVERTIBLE.has(entry.action) || entry.revertOf) throw new ChangeRefused(400, "That change cannot be reverted.");
  if (await prisma.auditLog.findFirst({ where: { revertOf: auditId }, select: { id: true } })) throw new ChangeRefused(409, "That change was already reverted.");
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  if (entry.action === "user.role") {
    const user = await prisma.user.findUnique({ where: { id: entry.entityId }, select: { role: true } });
    if (!user) throw new ChangeRefused(404, "That account no longer exists.");
    const role = before.role as UserRole;
    if (user.role !== after.role || !ROLES.includes(role)) throw new ChangeRefused(409, CHANGED_SINCE);
    return setRole(prisma, actor, entry.entityId, role, auditId);
  }
  if (entry.action === "user.disable" || entry.action === "user.enable") {
    const user = await prisma.user.findUnique({ where: { id: entry.entityId }, select: { disabledAt: true } });
    if (!user) throw new ChangeRefused(404, "That account no longer exists.");
    if (Boolean(user.disabledAt) !== Boolean(after.disabledAt)) throw new ChangeRefused(409, CHANGED_SINCE);
    return setDisabled(prisma, actor, entry.entityId, Boolean(before.disabledAt), auditId);
  }
  if (entry.action === "review.approve" || entry.action === "review.reject") return revertDecision(prisma, actor, entry);
  const earlier = entry.before as unknown as PostingSnapshot | null;
  const later = entry.after as unknown as PostingSnapshot | null;
  if (!earlier || !later) throw new ChangeRefused(400, "That change cannot be reverted.");
  try {
    return await savePosting(prisma, actor, entry.entityId, later.version, postingFromSnapshot(earlier), index, { action: "job.revert", revertOf: auditId });
  } catch (error) {
    if (error instanceof ChangeRefused && error.status === 409) throw new ChangeRefused(409, CHANGED_SINCE);
    throw error;
  }
}
