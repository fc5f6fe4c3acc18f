"use client";

/**
 * The per-visitor parts of a company profile, filled in from the browser (ViewerProvider) so the page itself is
 * the same for everyone and can be cached: the visitor's own reviews with their moderation status and the way to
 * write one, and "helpful"/"report" under each published review.
 */
import Link from "next/link";
import { helpfulReviewAction, reportReviewAction } from "@/lib/actions/reviews";
import { buttonClass } from "@/components/forms/styles";
import { ReviewActions } from "./review-actions";
import { ReviewCard } from "./review-card";
import { useViewer } from "./use-viewer";

const day = (iso: string) => new Date(iso).toLocaleDateString("en-US", { dateStyle: "long", timeZone: "UTC" });

export function OwnReviews({ company }: { company: { slug: string; name: string } }) {
  const viewer = useViewer();
  const write = `/companies/${company.slug}/review`;
  if (viewer === undefined) return <p className="mt-4 min-h-11 text-sm text-ink-muted">Checking whether you are signed in…</p>;
  if (!viewer.user) {
    return (
      <p className="mt-4">
        <Link href={`/signin?callbackUrl=${encodeURIComponent(write)}`} className={`${buttonClass} no-underline`}>
          Sign in to review {company.name}
        </Link>
      </p>
    );
  }
  const own = viewer.own ?? [];
  return (
    <div className="mt-4 space-y-4">
      {viewer.nextReviewDate ? (
        <p className="text-sm text-ink-muted">
          You can review {company.name} again from {day(viewer.nextReviewDate)} (one review per company every 12 months).
        </p>
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
export function ReviewActionsSlot({ reviewId }: { reviewId: string }) {
  const viewer = useViewer();
  if (!viewer?.user || !viewer.marks) return null;
  if (viewer.marks.own.includes(reviewId)) return <p className="mt-3 border-t border-line pt-3 text-sm text-ink-muted">You wrote this review.</p>;
  return (
    <ReviewActions
      reviewId={reviewId}
      helpful={helpfulReviewAction}
      report={reportReviewAction}
      marked={viewer.marks.helpful.includes(reviewId)}
      reported={viewer.marks.reported.includes(reviewId)}
    />
  );
}
