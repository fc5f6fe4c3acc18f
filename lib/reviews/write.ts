/**
 * Writing reviews, reports and helpful votes. The one-review-per-company-per-12-months rule is enforced inside a
 * transaction that first takes a PostgreSQL advisory lock on (author, company): two submissions at once queue on
 * the lock, and the second sees the first's row and is refused. A rejected review does not count against the rule.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TitleIndex } from "@/lib/search/title-index";
import { classifyTitle } from "@/lib/jobs/classify";
import { REVIEW_WINDOW_MONTHS } from "./fields";
import type { ReviewForm } from "./model";

export type WriteOutcome<T> = { ok: true; value: T } | { ok: false; status: 404 | 409; message: string; fields?: Record<string, string> };

const WINDOW_MS = (REVIEW_WINDOW_MONTHS * 365.25 * 86_400_000) / 12;

const day = (d: Date) => d.toLocaleDateString("en-US", { dateStyle: "long", timeZone: "UTC" });

/** The earliest date an author may review the company again after a review written at `at`. */
export function nextReviewDate(at: Date): Date {
  const next = new Date(at);
  next.setUTCMonth(next.getUTCMonth() + REVIEW_WINDOW_MONTHS);
  return next;
}

/** The career a job title maps to (the site's title search), or nulls when it maps to none with confidence. */
export async function mapJobTitle(prisma: PrismaClient, index: TitleIndex | null, title: string) {
  const hit = index ? classifyTitle(index, title) : null;
  if (!hit) return { onetCode: null, careerSlug: null, careerTitle: null };
  const occ = await prisma.occupation.findUnique({ where: { onetCode: hit.onetCode }, select: { slug: true, title: true } });
  return { onetCode: hit.onetCode, careerSlug: occ?.slug ?? null, careerTitle: occ?.title ?? null };
}

export async function createReview(
  prisma: PrismaClient,
  authorId: string,
  form: ReviewForm,
  index: TitleIndex | null,
  now = new Date(),
): Promise<WriteOutcome<{ id: string; careerTitle: string | null }>> {
  const company = await prisma.company.findUnique({ where: { slug: form.company }, select: { id: true, name: true } });
  if (!company) return { ok: false, status: 404, message: "That company does not exist." };
  const career = await mapJobTitle(prisma, index, form.jobTitle);
  const since = new Date(now.getTime() - WINDOW_MS);
  return prisma.$transaction(async (tx) => {
    // serializes concurrent submissions of this author for this company, in every process sharing the database
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`review:${authorId}:${company.id}`}, 0))`;
    const earlier = await tx.companyReview.findFirst({
      where: { authorId, companyId: company.id, createdAt: { gt: since }, status: { not: "REJECTED" } },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    if (earlier) {
      return {
        ok: false as const,
        status: 409 as const,
        message: `You reviewed ${company.name} on ${day(earlier.createdAt)}. You can review it again from ${day(nextReviewDate(earlier.createdAt))}.`,
      };
    }
    const review = await tx.companyReview.create({
      data: {
        companyId: company.id,
        authorId,
        overall: form.overall,
        payBenefits: form.payBenefits,
        workLife: form.workLife,
        careerGrowth: form.careerGrowth,
        management: form.management,
        culture: form.culture,
        pros: form.pros,
        cons: form.cons,
        jobTitle: form.jobTitle,
        ...career,
        currentEmployee: form.currentEmployee === "yes",
        createdAt: now,
      },
      select: { id: true, careerTitle: true },
    });
    return { ok: true as const, value: review };
  });
}

/** Visible to others: approved. Reports and votes are only possible on what the public can see. */
async function visibleReview(prisma: PrismaClient, reviewId: string) {
  return prisma.companyReview.findFirst({ where: { id: reviewId, status: "APPROVED" }, select: { id: true, authorId: true } });
}

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === "P2002";

/**
 * A report puts the review back in the moderation queue (flaggedAt) without hiding it: one person cannot take
 * down someone else's review; an editor decides. Once per person and review.
 */
export async function reportReview(prisma: PrismaClient, userId: string, reviewId: string, reason: string, now = new Date()): Promise<WriteOutcome<null>> {
  const review = await visibleReview(prisma, reviewId);
  if (!review) return { ok: false, status: 404, message: "That review does not exist or is not published." };
  if (review.authorId === userId) return { ok: false, status: 409, message: "You wrote this review; you cannot report it." };
  try {
    await prisma.$transaction(async (tx) => {
      await tx.reviewReport.create({ data: { reviewId, userId, reason, createdAt: now } });
      await tx.companyReview.update({ where: { id: reviewId }, data: { flaggedAt: now, reportCount: { increment: 1 }, version: { increment: 1 } } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, status: 409, message: "You have already reported this review. An editor will look at it." };
    throw error;
  }
  return { ok: true, value: null };
}

/** "Helpful": once per person and review, not on one's own. */
export async function markHelpful(prisma: PrismaClient, userId: string, reviewId: string): Promise<WriteOutcome<null>> {
  const review = await visibleReview(prisma, reviewId);
  if (!review) return { ok: false, status: 404, message: "That review does not exist or is not published." };
  if (review.authorId === userId) return { ok: false, status: 409, message: "You cannot mark your own review as helpful." };
  try {
    await prisma.$transaction(async (tx) => {
      await tx.reviewHelpfulVote.create({ data: { reviewId, userId } });
      await tx.companyReview.update({ where: { id: reviewId }, data: { helpfulCount: { increment: 1 } } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, status: 409, message: "You already marked this review as helpful." };
    throw error;
  }
  return { ok: true, value: null };
}
