/** Listing the audit trail, and reverting an entry (the revert is itself an audited change pointing back). */
import type { Prisma, PrismaClient, UserRole } from "@/lib/generated/prisma/client";
import type { TitleIndex } from "@/lib/search/title-index";
import { ALREADY_REVERTED, ChangeRefused, type Actor } from "./audit";
import { createRole, deleteRole, roleValuesOf, saveRole, type RoleSnapshot } from "./curated-roles";
import { postingFromSnapshot, savePosting, type PostingSnapshot } from "./jobs";
import { saveOccupationEdit, valuesOf, type OccupationEditSnapshot } from "./occupation-edits";
import { ROLES } from "./roles";
import { setDisabled, setRole } from "./users";
import { revertDecision } from "@/lib/reviews/moderation";

export const AUDIT_PER_PAGE = 30;

/**
 * The changes an admin can undo: a role, an account's disabled state, a posting's fields or expiry, an
 * occupation's editorial overlay, a curated role's creation, fields or deletion.
 */
export const REVERTIBLE = new Set([
  "user.role",
  "user.disable",
  "user.enable",
  "job.update",
  "job.expire",
  "job.unexpire",
  "occupation.edit",
  "occupation.reset",
  "role.create",
  "role.update",
  "role.delete",
  "review.approve",
  "review.reject",
]);

/** The occupations whose pages an entry's change (or its revert) touches, for lib/admin/refresh. */
export function touchedOccupations(entry: { entityType: string; entityId: string; before: unknown; after: unknown }): string[] {
  if (entry.entityType === "Occupation") return [entry.entityId];
  if (entry.entityType !== "Role") return [];
  const codes = [entry.before, entry.after].map((s) => (s as { onetCode?: unknown } | null)?.onetCode);
  return codes.filter((c): c is string => typeof c === "string");
}

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
  // an early answer for the common case; the guarantee is inside the revert's own transaction (audited)
  if (await prisma.auditLog.findFirst({ where: { revertOf: auditId }, select: { id: true } })) throw new ChangeRefused(409, ALREADY_REVERTED);
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
  if (entry.entityType === "Occupation" || entry.entityType === "Role") return revertEditorial(prisma, actor, entry, auditId);
  const earlier = entry.before as unknown as PostingSnapshot | null;
  const later = entry.after as unknown as PostingSnapshot | null;
  if (!earlier || !later) throw new ChangeRefused(400, "That change cannot be reverted.");
  try {
    return await savePosting(prisma, actor, entry.entityId, later.version, postingFromSnapshot(earlier), index, { action: "job.revert", revertOf: auditId });
  } catch (error) {
    if (error instanceof ChangeRefused && error.status === 409 && error.message !== ALREADY_REVERTED) throw new ChangeRefused(409, CHANGED_SINCE);
    throw error;
  }
}

/**
 * Reverts an occupation overlay or a curated role: writes the entry's `before` back, on condition that the
 * record is still at the entry's `after` version (else 409: it changed since). The version check, the write and
 * the revert's own audit entry are one transaction.
 */
async function revertEditorial(prisma: PrismaClient, actor: Actor, entry: { action: string; entityId: string; before: unknown; after: unknown }, auditId: string) {
  const options = { revertOf: auditId };
  try {
    if (entry.action.startsWith("occupation.")) {
      const before = entry.before as OccupationEditSnapshot | null;
      const after = entry.after as OccupationEditSnapshot | null;
      if (!before || !after) throw new ChangeRefused(400, "That change cannot be reverted.");
      return await saveOccupationEdit(prisma, actor, entry.entityId, after.version, valuesOf(before), { ...options, action: "occupation.revert" });
    }
    const before = entry.before as RoleSnapshot | null;
    const after = entry.after as RoleSnapshot | null;
    if (entry.action === "role.create" && after) return await deleteRole(prisma, actor, entry.entityId, after.version, { ...options, action: "role.revert" });
    if (entry.action === "role.update" && before && after) return await saveRole(prisma, actor, entry.entityId, after.version, roleValuesOf(before), { ...options, action: "role.revert" });
    if (entry.action === "role.delete" && before) {
      if (await prisma.role.findUnique({ where: { id: entry.entityId }, select: { id: true } })) throw new ChangeRefused(409, CHANGED_SINCE);
      return await createRole(prisma, actor, roleValuesOf(before), { ...options, id: entry.entityId, action: "role.revert" });
    }
    throw new ChangeRefused(400, "That change cannot be reverted.");
  } catch (error) {
    if (error instanceof ChangeRefused && error.status === 404) throw new ChangeRefused(409, CHANGED_SINCE);
    if (error instanceof ChangeRefused && error.status === 409 && error.message !== ALREADY_REVERTED) throw new ChangeRefused(409, CHANGED_SINCE);
    throw error;
  }
}
