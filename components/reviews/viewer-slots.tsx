/**
 * The per-visitor parts of a company profile, kept apart from the shared (cacheable) page: the visitor's own
 * reviews with their moderation status, and "helpful"/"report" on each published review. Each reads the session
 * and must be rendered inside a Suspense boundary.
 */
import Link from "next/link";
import { currentUser } from "@/lib/auth/session";
import { getOwnReviews, getViewerMarks } from "@/lib/data/reviews";
import { helpfulReviewAction, reportReviewAction } from "@/lib/actions/reviews";
import { buttonClass } from "@/components/forms/styles";
import { nextReviewDate } from "@/lib/reviews/write";
import { ReviewActions } from "./review-actions";
import { ReviewCard } from "./review-card";

const day = (d: Date) => d.toLocaleDateString("en-US", { dateStyle: "long", timeZone: "UTC" });

/** "Write a review" (or why not now), and the visitor's own reviews of this company, whatever their status. */
export async function OwnReviews({ companyId, company }: { companyId: number; company: { slug: string; name: string } }) {
  const user = await currentUser();
  const write = `/companies/${company.slug}/review`;
  if (!user) {
    return (
      <p className="mt-4">
        <Link href={`/signin?callbackUrl=${encodeURIComponent(write)}`} className={`${buttonClass} no-underline`}>
          Sign in to review {company.name}
        </Link>
      </p>
    );
  }
  const own = await getOwnReviews(user.id, companyId);
  const blocking = own.find((r) => r.status !== "REJECTED" && nextReviewDate(r.createdAt) > new Date());
  return (
    <div className="mt-4 space-y-4">
      {blocking ? (
        <p className="text-sm text-ink-muted">You can review {company.name} again from {day(nextReviewDate(blocking.createdAt))} (one review per company every 12 months).</p>
      ) : (
        <p>
          <Link href={write} className={`${buttonClass} no-underline`}>
            Write a review of {company.name}
          </Link>
        </p>
      )}
      {own.length ? (
        <section aria-labelledby="own-heading">
          <h3 id="own-heading" className="text-lg font-semibold">
            Your {own.length === 1 ? "review" : "reviews"}
          </h3>
          <ul className="mt-2 space-y-3">
            {own.map((r) => (
              <li key={r.id}>
                <ReviewCard
                  review={r}
                  note={
                    r.status === "PENDING" ? (
                      <p className="mt-2 rounded-lg border border-amber-400 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
                        Waiting for moderation: only you can see this review until an editor approves it.
                      </p>
                    ) : r.status === "REJECTED" ? (
                      <p className="mt-2 rounded-lg border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
                        Not published. The editor’s reason: {r.moderationReason ?? "none given"}. You may write a new review.
                      </p>
                    ) : (
                      <p className="mt-2 text-sm font-medium text-accent-strong">Published.</p>
                    )
                  }
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** "Helpful" and "Report" under a published review, for a signed-in visitor other than its author. */
export async function ReviewActionsSlot({ reviewId }: { reviewId: string }) {
  const user = await currentUser();
  if (!user) return null;
  const marks = await getViewerMarks(user.id, [reviewId]);
  if (marks.own.includes(reviewId)) return <p className="mt-3 border-t border-line pt-3 text-sm text-ink-muted">You wrote this review.</p>;
  return <ReviewActions reviewId={reviewId} helpful={helpfulReviewAction} report={reportReviewAction} marked={marks.helpful.includes(reviewId)} reported={marks.reported.includes(reviewId)} />;
}
