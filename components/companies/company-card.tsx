import Link from "next/link";
import type { CompanyFacts } from "@/lib/data/companies";

export function headquarters(c: Pick<CompanyFacts, "hqCity" | "hqState">): string | null {
  return [c.hqCity, c.hqState].filter(Boolean).join(", ") || null;
}

/** One company in a list: name, ticker, sector, headquarters, its adjusted rating, reviews and open jobs. */
export function CompanyCard({ company: c }: { company: CompanyFacts }) {
  const hq = headquarters(c);
  return (
    <Link
      href={`/companies/${c.slug}`}
      className="group flex h-full flex-col rounded-xl border border-line bg-surface px-4 py-3 shadow-xs hover:border-accent"
    >
      <span className="flex items-baseline justify-between gap-3">
        <span className="font-semibold text-accent group-hover:underline group-hover:underline-offset-4">{c.name}</span>
        {c.ticker ? <span className="font-mono text-xs text-ink-muted">{c.ticker}</span> : null}
      </span>
      <span className="mt-1 text-sm text-ink-muted">{[c.sector, c.subIndustry].filter(Boolean).join(" · ") || "Sector not published"}</span>
      <span className="text-sm text-ink-muted">{hq ?? "Headquarters not published"}</span>
      <span className="mt-2 flex flex-wrap gap-x-3 text-sm text-ink">
        <span>
          {c.adjustedRating === null ? (
            <span className="text-ink-muted">No reviews yet</span>
          ) : (
            <>
              <span aria-hidden className="text-amber-700 dark:text-amber-400">
                ★{" "}
              </span>
              <span className="font-semibold tabular-nums">{c.adjustedRating.toFixed(2)}</span>
              <span className="sr-only"> out of 5 (adjusted)</span> · {c.reviewCount} {c.reviewCount === 1 ? "review" : "reviews"}
            </>
          )}
        </span>
        <span>
          {c.openJobs} open {c.openJobs === 1 ? "job" : "jobs"}
        </span>
      </span>
    </Link>
  );
}
