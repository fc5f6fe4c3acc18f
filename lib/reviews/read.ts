/**
 * Reading reviews: only APPROVED reviews count and show publicly. Rating totals per company, a company's summary
 * (raw and Bayesian average, 1–5 distribution, sub-ratings), its reviews page by page, and an author's own reviews.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SUB_RATINGS, type SubRatingKey } from "./fields";
import { bayesianAverage, METHOD, siteMean, type RatingTotals } from "./ranking";

export const REVIEWS_PER_PAGE = 10;
export const REVIEW_SORTS = ["newest", "helpful"] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

const PUBLISHED = { status: "APPROVED" as const };

/** Count and sum of approved overall ratings per company id. */
export async function ratingTotals(prisma: PrismaClient): Promise<Map<number, RatingTotals>> {
  const rows = await prisma.companyReview.groupBy({ by: ["companyId"], where: PUBLISHED, _count: { _all: true }, _sum: { overall: true } });
  return new Map(rows.map((r) => [r.companyId, { count: r._count._all, sum: r._sum.overall ?? 0 }]));
}

/** Open (not expired) postings per company id. */
export async function openJobCounts(prisma: PrismaClient, now = new Date()): Promise<Map<number, number>> {
  const rows = await prisma.jobPosting.groupBy({
    by: ["companyId"],
    where: { companyId: { not: null }, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.companyId!, r._count._all]));
}

export type RatingSummary = {
  count: number;
  /** raw mean of the overall ratings (null without reviews) */
  average: number | null;
  /** the ranking's Bayesian average (null without reviews on the site) */
  adjusted: number | null;
  /** the site-wide mean it shrinks toward, and the prior weight */
  siteMean: number | null;
  priorWeight: number;
  /** reviews per overall rating, index 0 = 1 star … 4 = 5 stars */
  distribution: number[];
  sub: { key: SubRatingKey; label: string; average: number | null }[];
};

/** The rating summary of one company against the site-wide mean of approved ratings. */
export async function ratingSummary(prisma: PrismaClient, companyId: number): Promise<RatingSummary> {
  const [site, byStar, subs] = await Promise.all([
    prisma.companyReview.aggregate({ where: PUBLISHED, _count: { _all: true }, _sum: { overall: true } }),
    prisma.companyReview.groupBy({ by: ["overall"], where: { ...PUBLISHED, companyId }, _count: { _all: true } }),
    prisma.companyReview.aggregate({
      where: { ...PUBLISHED, companyId },
      _avg: { payBenefits: true, workLife: true, careerGrowth: true, management: true, culture: true },
    }),
  ]);
  const distribution = [1, 2, 3, 4, 5].map((star) => byStar.find((r) => r.overall === star)?._count._all ?? 0);
  const count = distribution.reduce((a, b) => a + b, 0);
  const sum = distribution.reduce((a, n, i) => a + n * (i + 1), 0);
  const mean = siteMean([{ count: site._count._all, sum: site._sum.overall ?? 0 }]);
  return {
    count,
    average: count ? sum / count : null,
    adjusted: count && mean !== null ? bayesianAverage({ count, sum }, mean, METHOD.priorWeight) : null,
    siteMean: mean,
    priorWeight: METHOD.priorWeight,
    distribution,
    sub: SUB_RATINGS.map((s) => ({ key: s.key, label: s.label, average: subs._avg[s.key] ?? null })),
  };
}

export const publicReviewSelect = {
  id: true,
  overall: true,
  payBenefits: true,
  workLife: true,
  careerGrowth: true,
  management: true,
  culture: true,
  pros: true,
  cons: true,
  jobTitle: true,
  careerSlug: true,
  careerTitle: true,
  currentEmployee: true,
  helpfulCount: true,
  isSample: true,
  createdAt: true,
} as const;

/** One page of a company's published reviews: newest first, or most helpful first (then newest). */
export async function companyReviews(prisma: PrismaClient, companyId: number, sort: ReviewSort, page: number) {
  const where = { ...PUBLISHED, companyId };
  const [total, reviews] = await Promise.all([
    prisma.companyReview.count({ where }),
    prisma.companyReview.findMany({
      where,
      orderBy: sort === "helpful" ? [{ helpfulCount: "desc" }, { createdAt: "desc" }, { id: "asc" }] : [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * REVIEWS_PER_PAGE,
      take: REVIEWS_PER_PAGE,
      select: publicReviewSelect,
    }),
  ]);
  return { total, reviews, page, sort, pageCount: Math.max(1, Math.ceil(total / REVIEWS_PER_PAGE)) };
}
export type PublicReview = Awaited<ReturnType<typeof companyReviews>>["reviews"][number];

/** The signed-in person's own reviews of a company, whatever their status (they see theirs while pending). */
export async function ownReviews(prisma: PrismaClient, authorId: string, companyId: number) {
  return prisma.companyReview.findMany({
    where: { authorId, companyId },
    orderBy: { createdAt: "desc" },
    select: { ...publicReviewSelect, status: true, moderationReason: true },
  });
}

/** Which of `reviewIds` this person wrote, already reported or marked helpful. */
export async function viewerMarks(prisma: PrismaClient, userId: string, reviewIds: string[]) {
  const [own, reports, votes] = await Promise.all([
    prisma.companyReview.findMany({ where: { authorId: userId, id: { in: reviewIds } }, select: { id: true } }),
    prisma.reviewReport.findMany({ where: { userId, reviewId: { in: reviewIds } }, select: { reviewId: true } }),
    prisma.reviewHelpfulVote.findMany({ where: { userId, reviewId: { in: reviewIds } }, select: { reviewId: true } }),
  ]);
  return { own: own.map((r) => r.id), reported: reports.map((r) => r.reviewId), helpful: votes.map((v) => v.reviewId) };
}
