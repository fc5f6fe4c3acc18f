/**
 * The moderation queue: reviews waiting for a first decision (PENDING) and published reviews someone reported
 * (flaggedAt). An editor approves or rejects with a reason; each decision is written with its AuditLog entry in one
 * transaction (lib/admin/audit.ts), only if the review still has the version the editor saw, and can be reverted.
 */
import type { PrismaClient, ReviewStatus } from "@/lib/generated/prisma/client";
import { audited, ChangeRefused, type Actor } from "@/lib/admin/audit";

export const QUEUE_PER_PAGE = 20;

/** What the audit log keeps of a review before and after a decision. */
export type ReviewState = {
  company: string;
  companySlug: string;
  status: ReviewStatus;
  moderationReason: string | null;
  flaggedAt: string | null;
  version: number;
};

const stateSelect = { status: true, moderationReason: true, flaggedAt: true, version: true, company: { select: { name: true, slug: true } } } as const;

function toState(r: { status: ReviewStatus; moderationReason: string | null; flaggedAt: Date | null; version: number; company: { name: string; slug: string } }): ReviewState {
  return { company: r.company.name, companySlug: r.company.slug, status: r.status, moderationReason: r.moderationReason, flaggedAt: r.flaggedAt?.toISOString() ?? null, version: r.version };
}

const CHANGED = "Someone else decided on this review, or it was reported again, since you opened the queue. Reload to see it as it is now.";

/**
 * Sets the review's status (approve or reject). Approving also clears the report flag; the reports stay on record.
 * `revertOf` makes it the undoing of an earlier decision, restoring that decision's `before` state.
 */
export async function decideReview(
  prisma: PrismaClient,
  actor: Actor,
  input: { reviewId: string; version: number; decision: "approve" | "reject"; reason: string },
  now = new Date(),
) {
  const status: ReviewStatus = input.decision === "approve" ? "APPROVED" : "REJECTED";
  return audited(prisma, actor, `review.${input.decision}`, async (tx) => {
    const current = await tx.companyReview.findUnique({ where: { id: input.reviewId }, select: stateSelect });
    if (!current) throw new ChangeRefused(404, "That review does not exist.");
    const claimed = await tx.companyReview.updateMany({
      where: { id: input.reviewId, version: input.version },
      data: { status, moderationReason: input.reason || null, moderatorId: actor.id, moderatedAt: now, flaggedAt: null, version: { increment: 1 } },
    });
    if (claimed.count !== 1) throw new ChangeRefused(409, CHANGED);
    const after = await tx.companyReview.findUniqueOrThrow({ where: { id: input.reviewId }, select: stateSelect });
    return { entityType: "CompanyReview", entityId: input.reviewId, before: toState(current), after: toState(after), value: toState(after) };
  });
}

/** Undoes a decision recorded in the audit log, if the review is still as that decision left it. */
export async function revertDecision(prisma: PrismaClient, actor: Actor, entry: { id: string; entityId: string; before: unknown; after: unknown }) {
  const before = entry.before as ReviewState | null;
  const after = entry.after as ReviewState | null;
  if (!before || !after) throw new ChangeRefused(400, "That change cannot be reverted.");
  return audited(
    prisma,
    actor,
    "review.revert",
    async (tx) => {
      const current = await tx.companyReview.findUnique({ where: { id: entry.entityId }, select: stateSelect });
      if (!current) throw new ChangeRefused(404, "That review no longer exists.");
      const claimed = await tx.companyReview.updateMany({
        where: { id: entry.entityId, version: after.version, status: after.status },
        data: {
          status: before.status,
          moderationReason: before.moderationReason,
          flaggedAt: before.flaggedAt ? new Date(before.flaggedAt) : null,
          version: { increment: 1 },
        },
      });
      if (claimed.count !== 1) throw new ChangeRefused(409, "This record has changed since that entry: revert the later changes first, or edit it directly.");
      const now = await tx.companyReview.findUniqueOrThrow({ where: { id: entry.entityId }, select: stateSelect });
      return { entityType: "CompanyReview", entityId: entry.entityId, before: toState(current), after: toState(now), value: toState(now) };
    },
    { revertOf: entry.id },
  );
}

export type QueueFilter = { kind?: "pending" | "reported"; page: number };

/** The queue, oldest first (first come, first decided): pending reviews and reported published ones. */
export async function readQueue(prisma: PrismaClient, filter: QueueFilter) {
  const pending = { status: "PENDING" as const };
  const reported = { flaggedAt: { not: null } };
  const where = filter.kind === "pending" ? pending : filter.kind === "reported" ? reported : { OR: [pending, reported] };
  const [total, pendingCount, reportedCount, reviews] = await Promise.all([
    prisma.companyReview.count({ where }),
    prisma.companyReview.count({ where: pending }),
    prisma.companyReview.count({ where: reported }),
    prisma.companyReview.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: (filter.page - 1) * QUEUE_PER_PAGE,
      take: QUEUE_PER_PAGE,
      select: {
        id: true, version: true, status: true, overall: true, payBenefits: true, workLife: true, careerGrowth: true, management: true, culture: true,
        pros: true, cons: true, jobTitle: true, careerTitle: true, currentEmployee: true, createdAt: true, flaggedAt: true, reportCount: true,
        moderationReason: true, isSample: true,
        company: { select: { slug: true, name: true } },
        author: { select: { email: true, name: true } },
        reports: { select: { reason: true, createdAt: true }, orderBy: { createdAt: "asc" }, take: 5 },
      },
    }),
  ]);
  return { total, pendingCount, reportedCount, reviews, pageCount: Math.max(1, Math.ceil(total / QUEUE_PER_PAGE)) };
}
export type QueueItem = Awaited<ReturnType<typeof readQueue>>["reviews"][number];
