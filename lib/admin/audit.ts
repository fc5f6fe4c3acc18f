/**
 * The audit trail: every change made through /admin is written by `audited`, which runs the change and its
 * AuditLog entry in ONE transaction, so there is never a change without its entry nor an entry without its change.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;
export type Actor = { id: string; email: string };

/** What a change reports back for its audit entry. `value` is returned to the caller. */
export type Change<T> = { entityType: string; entityId: string; before: unknown; after: unknown; value: T };

/** JSON for the before/after columns: dates as ISO strings, undefined dropped. */
export function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === null || value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

export class ChangeRefused extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
  }
}

/**
 * Runs `write` and records its audit entry in the same transaction. `write` may throw (ChangeRefused or any
 * error): then neither the change nor the entry lands. `revertOf` names the entry a revert undoes.
 */
export async function audited<T>(
  prisma: PrismaClient,
  actor: Actor,
  action: string,
  write: (tx: Tx) => Promise<Change<T>>,
  options: { revertOf?: string } = {},
): Promise<{ value: T; auditId: string }> {
  return prisma.$transaction(async (tx) => {
    const change = await write(tx);
    const entry = await tx.auditLog.create({
      data: {
        actorId: actor.id,
        actorEmail: actor.email,
        action,
        entityType: change.entityType,
        entityId: change.entityId,
        before: snapshot(change.before),
        after: snapshot(change.after),
        revertOf: options.revertOf ?? null,
      },
      select: { id: true },
    });
    return { value: change.value, auditId: entry.id };
  });
}
