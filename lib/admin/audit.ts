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
  const run = prisma.$transaction(async (tx) => {
    // inside the transaction, and backed by the unique index on AuditLog.revertOf: of two reverts of one entry
    // racing each other, exactly one commits (the other sees this row, or fails on the index and rolls back)
    if (options.revertOf && (await tx.auditLog.findFirst({ where: { revertOf: options.revertOf }, select: { id: true } }))) {
      throw new ChangeRefused(409, ALREADY_REVERTED);
    }
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
  return options.revertOf
    ? run.catch((error: unknown) => {
        if (isUniqueViolation(error, "revertOf")) throw new ChangeRefused(409, ALREADY_REVERTED);
        throw error;
      })
    : run;
}

export const ALREADY_REVERTED = "That change was already reverted.";

/** A unique-constraint failure (Prisma P2002), optionally on a field whose name appears in the error. */
export function isUniqueViolation(error: unknown, field?: string): boolean {
  if (!error || typeof error !== "object" || (error as { code?: unknown }).code !== "P2002") return false;
  return !field || JSON.stringify((error as { meta?: unknown }).meta ?? {}).includes(field) || String((error as Error).message).includes(field);
}
