/** One ranked list as a table (rank, company, adjusted rating, plain average, reviews), and its thin-data note. */
import Link from "next/link";
import type { Ranking } from "@/lib/reviews/ranking";
import type { BestCandidate } from "@/lib/reviews/best";

export function RankingTable({ ranking, caption, minReviews, limit }: { ranking: Ranking<BestCandidate>; caption: string; minReviews: number; limit?: number }) {
  const rows = limit ? ranking.ranked.slice(0, limit) : ranking.ranked;
  return (
    <div>
      {ranking.tooFew ? (
        <p className="rounded-lg border border-line bg-subtle px-3 py-2 text-sm">
          {ranking.ranked.length === 0
            ? `No company here has ${minReviews} or more published reviews yet, so there is no ranking: we would rather say so than invent an order.`
            : `Only one company here has ${minReviews} or more published reviews, so there is nothing to rank it against yet.`}
        </p>
      ) : null}
      {rows.length ? (
        <div className="mt-3 overflow-x-auto rounded-xl border border-line" role="region" aria-label={caption} tabIndex={0}>
          <table className="w-full min-w-[30rem] text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-subtle text-left">
              <tr>
                <th scope="col" className="w-14 px-3 py-2">
                  Rank
                </th>
                <th scope="col" className="px-3 py-2">
                  Company
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Adjusted rating
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Average
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  Reviews
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.slug} className="border-t border-line">
                  <td className="px-3 py-2 font-semibold tabular-nums">{ranking.tooFew ? "–" : c.rank}</td>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    <Link href={`/companies/${c.slug}`} className="text-accent underline-offset-4 hover:underline">
                      {c.name}
                    </Link>
                  </th>
                  <td className="px-3 py-2 text-right font-semibold tabular-nums">{c.score.toFixed(2)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{c.average.toFixed(2)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{c.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {ranking.thin.length ? (
        <p className="mt-2 text-sm text-ink-muted">
          Not ranked yet (fewer than {minReviews} reviews):{" "}
          {ranking.thin.map((c, i) => (
            <span key={c.slug}>
              {i ? ", " : ""}
              <Link href={`/companies/${c.slug}`} className="text-accent underline underline-offset-4">
                {c.name}
              </Link>{" "}
              ({c.count} {c.count === 1 ? "review" : "reviews"})
            </span>
          ))}
          .
        </p>
      ) : null}
    </div>
  );
}
