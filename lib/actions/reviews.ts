"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { refreshCompany } from "@/lib/data/refresh";
import { titleIndex } from "@/lib/data/search";
import { authedAction, editorAction, fail, ok, type ActionState } from "@/lib/actions/authed-action";
import { ChangeRefused } from "@/lib/admin/audit";
import { hitAll, waitPhrase, type Limit } from "@/lib/rate-limit";
import { REVIEW_LIMITS } from "@/lib/reviews/limits";
import { moderationSchema, reportSchema, reviewFormSchema } from "@/lib/reviews/model";
import { decideReview } from "@/lib/reviews/moderation";
import { createReview, markHelpful, reportReview } from "@/lib/reviews/write";

/** Counts one write against the account's limit; the answer to give when it is over. */
async function limited(limit: Limit, userId: string): Promise<ActionState<never> | null> {
  const r = await hitAll([[limit, userId]]);
  return r.ok ? null : fail(429, `Too many in a short time. Try again in ${waitPhrase(r.retryAfter)}.`);
}

export const submitReviewAction = authedAction(reviewFormSchema, async (user, input): Promise<ActionState<{ id: string; careerTitle: string | null }>> => {
  const over = await limited(REVIEW_LIMITS.submit, user.id);
  if (over) return over;
  const outcome = await createReview(await db(), user.id, input, await titleIndex());
  if (!outcome.ok) return fail(outcome.status, outcome.message, outcome.fields);
  return ok(outcome.value, "Thank you. Your review is waiting for moderation; it will show on the company page once an editor approves it.");
});

export const reportReviewAction = authedAction(reportSchema, async (user, input) => {
  const over = await limited(REVIEW_LIMITS.report, user.id);
  if (over) return over;
  const outcome = await reportReview(await db(), user.id, input.reviewId, input.reason);
  if (!outcome.ok) return fail(outcome.status, outcome.message);
  return ok(undefined, "Reported. An editor will look at this review.");
});

export const helpfulReviewAction = authedAction(z.object({ reviewId: z.string().trim().min(1).max(40) }), async (user, input) => {
  const over = await limited(REVIEW_LIMITS.helpful, user.id);
  if (over) return over;
  const outcome = await markHelpful(await db(), user.id, input.reviewId);
  if (!outcome.ok) return fail(outcome.status, outcome.message);
  return ok(undefined, "Marked as helpful.");
});

export const moderateReviewAction = editorAction(moderationSchema, async (user, input) => {
  try {
    const { value } = await decideReview(await db(), user, input);
    // the company's profile is a cached page: the next visit renders it again with this decision
    refreshCompany(value.companySlug);
    return ok(undefined, `${input.decision === "approve" ? "Approved" : "Rejected"}: the review of ${value.company} ${input.decision === "approve" ? "is public now" : "stays hidden"}. The decision is in the audit log.`);
  } catch (error) {
    if (error instanceof ChangeRefused) return fail(error.status, error.message);
    throw error;
  }
});
