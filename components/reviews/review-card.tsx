/** One review as the public sees it. Pros and cons are plain text: React escapes them; line breaks are kept by CSS. */
import Link from "next/link";
import type { PublicReview } from "@/lib/reviews/read";
import { SUB_RATINGS } from "@/lib/reviews/fields";
import { ratingText, SampleReviewBadge, Stars } from "./stars";

const date = (d: Date) => d.toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" });

export function ReviewCard({ review, note, children }: { review: PublicReview; note?: React.ReactNode; children?: React.ReactNode }) {
  const heading = `review-${review.id}`;
  return (
    <article aria-labelledby={heading} className="rounded-xl border border-line bg-surface p-4 shadow-xs sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={heading} className="flex flex-wrap items-center gap-2 text-lg font-semibold">
          <Stars value={review.overall} />
          <span>
            <span className="sr-only">Rated {ratingText(review.overall, 0)} by a </span>
            {review.jobTitle}
          </span>
        </h3>
        {review.isSample ? <SampleReviewBadge /> : null}
      </div>
      <p className="mt-1 text-sm text-ink-muted">
        {review.currentEmployee ? "Current employee" : "Former employee"} · {date(review.createdAt)}
        {review.careerTitle ? (
          <>
            {" "}
            · mapped to{" "}
            {review.careerSlug ? (
              <Link href={`/careers/${review.careerSlug}`} className="text-accent underline underline-offset-4">
                {review.careerTitle}
              </Link>
            ) : (
              review.careerTitle
            )}
          </>
        ) : null}
      </p>
      {note}
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <h4 className="text-sm font-semibold text-accent-strong">Pros</h4>
          <p className="mt-1 whitespace-pre-line break-words">{review.pros}</p>
        </div>
        <div>
          <h4 className="text-sm font-semibold text-red-800 dark:text-red-300">Cons</h4>
          <p className="mt-1 whitespace-pre-line break-words">{review.cons}</p>
        </div>
      </div>
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-muted">
        {SUB_RATINGS.map((s) => (
          <li key={s.key}>
            {s.label}: <span className="font-semibold text-ink tabular-nums">{review[s.key]}</span>/5
          </li>
        ))}
        <li>
          {review.helpfulCount} {review.helpfulCount === 1 ? "person" : "people"} found this helpful
        </li>
      </ul>
      {children}
    </article>
  );
}
