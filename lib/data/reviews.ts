import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { companyHiring } from "@/lib/jobs/company-hiring";
import { readBest } from "@/lib/reviews/best";
import { readQueue, type QueueFilter } from "@/lib/reviews/moderation";
import { companyReviews, ownReviews, ratingSummary, viewerMarks, type ReviewSort } from "@/lib/reviews/read";

/* Reads for reviews, rankings and a company's hiring. Public reads (published reviews only) are shared by every
 * visitor; the per-user ones (own reviews, marks) and the moderation queue take the user explicitly. */

export const getRatingSummary = cache(async (companyId: number) => ratingSummary(await db(), companyId));
export const getCompanyReviews = cache(async (companyId: number, sort: ReviewSort, page: number) => companyReviews(await db(), companyId, sort, page));
export const getCompanyHiring = cache(async (companyId: number) => companyHiring(await db(), companyId));
export const getBestCompanies = cache(async () => readBest(await db()));

export async function getOwnReviews(userId: string, companyId: number) {
  return ownReviews(await db(), userId, companyId);
}
export async function getViewerMarks(userId: string, reviewIds: string[]) {
  return viewerMarks(await db(), userId, reviewIds);
}
export async function getModerationQueue(filter: QueueFilter) {
  return readQueue(await db(), filter);
}
