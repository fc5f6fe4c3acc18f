/**
 * A company's rating: the adjusted (Bayesian) and raw averages with the review count, the 1–5 distribution as a
 * table whose cells carry bars (screen readers read the numbers), and the five sub-ratings.
 */
import Link from "next/link";
import type { RatingSummary as Summary } from "@/lib/reviews/read";
import { ratingText, Stars } from "./stars";

export function RatingSummary({ summary }: { summary: Summary }) {
  if (summary.count === 0) {
    return <p className="text-ink-muted">No published reviews yet. Ratings appear here once a review has passed moderation.</p>;
  }
  const max = Math.max(...summary.distribution, 1);
  return (
    <div className="grid gap-6 md:grid-cols-3">
      <div>
        <p className="text-4xl font-semibold tabular-nums">{summary.adjusted?.toFixed(2) ?? "–"}</p>
        <p className="mt-1 flex items-center gap-2">
          <Stars value={summary.adjusted ?? 0} />
          <span className="sr-only">Adjusted rating {ratingText(summary.adjusted, 2)}</span>
        </p>
        <p className="mt-2 text-sm text-ink-muted">
          Adjusted rating from {summary.count.toLocaleString("en-US")} {summary.count === 1 ? "review" : "reviews"}; the plain average is{" "}
          <span className="font-semibold text-ink tabular-nums">{summary.average?.toFixed(2)}</span>.{" "}
          <Link href="/companies/best#method" className="text-accent underline underline-offset-4">
            How the adjustment works
          </Link>
        </p>
      </div>
      <table className="w-full text-sm">
        <caption className="mb-2 text-left font-semibold">Reviews by overall rating</caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Rating</th>
            <th scope="col">Reviews</th>
          </tr>
        </thead>
        <tbody>
          {[5, 4, 3, 2, 1].map((star) => {
            const n = summary.distribution[star - 1];
            return (
              <tr key={star}>
                <th scope="row" className="w-16 py-1 pr-2 text-left font-medium whitespace-nowrap">
                  {star} {star === 1 ? "star" : "stars"}
                </th>
                <td className="py-1">
                  <span className="flex items-center gap-2">
                    <span className="h-3 flex-1 rounded-sm bg-subtle" aria-hidden>
                      <span className="block h-3 rounded-sm bg-amber-600 dark:bg-amber-400" style={{ width: `${(n / max) * 100}%` }} />
                    </span>
                    <span className="w-8 text-right tabular-nums">{n}</span>
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div>
        <h3 className="mb-2 text-sm font-semibold">Ratings by topic</h3>
        <dl className="space-y-1.5 text-sm">
          {summary.sub.map((s) => (
            <div key={s.key} className="flex items-center justify-between gap-3">
              <dt>{s.label}</dt>
              <dd className="flex items-center gap-2">
                {s.average === null ? (
                  <span className="text-ink-muted italic">not rated</span>
                ) : (
                  <>
                    <Stars value={s.average} size="sm" />
                    <span className="w-8 text-right font-semibold tabular-nums">{s.average.toFixed(1)}</span>
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
