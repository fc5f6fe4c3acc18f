import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { SourceNote } from "@/components/careers/parts";
import { RankingTable } from "@/components/reviews/ranking-table";
import { getBestCompanies } from "@/lib/data/reviews";

export const metadata: Metadata = {
  title: "Best companies",
  description: "Companies ranked by their reviews with a published method: a Bayesian average with a minimum number of reviews, overall, by sector and by headquarters state.",
  alternates: { canonical: "/companies/best" },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const VIEWS = [
  { key: "overall", label: "Overall" },
  { key: "sector", label: "By sector" },
  { key: "state", label: "By headquarters state" },
] as const;
type View = (typeof VIEWS)[number]["key"];

export default async function BestCompaniesPage({ searchParams }: Props) {
  // Reads the database on every request, so `next build` never opens it.
  await connection();
  const by = (await searchParams).by;
  const view: View = VIEWS.some((v) => v.key === by) ? (by as View) : "overall";
  const best = await getBestCompanies();
  const { method } = best;
  const m = best.mean;
  const groups = view === "sector" ? best.sectors : view === "state" ? best.states : [];

  return (
    <div className="page-width py-8 sm:py-12">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Best companies</h1>
        <p className="mt-4 text-lg text-ink-muted">
          Companies ranked by what people who work there say, from {best.reviews.toLocaleString("en-US")} published{" "}
          {best.reviews === 1 ? "review" : "reviews"} of {best.reviewedCompanies.toLocaleString("en-US")}{" "}
          {best.reviewedCompanies === 1 ? "company" : "companies"}. One glowing review is not enough to top a list: see{" "}
          <a href="#method" className="font-semibold text-accent underline underline-offset-4">
            how we rank
          </a>
          .
        </p>
      </header>

      <nav aria-label="Rankings" className="mt-8 flex flex-wrap gap-1 border-b border-line pb-3">
        {VIEWS.map((v) => (
          <Link
            key={v.key}
            href={v.key === "overall" ? "/companies/best" : `/companies/best?by=${v.key}`}
            aria-current={view === v.key ? "page" : undefined}
            className="inline-flex min-h-11 items-center rounded-lg px-3 font-medium text-ink no-underline hover:bg-subtle aria-[current]:bg-accent-soft aria-[current]:text-accent-strong"
          >
            {v.label}
          </Link>
        ))}
      </nav>

      {view === "overall" ? (
        <section aria-labelledby="overall-heading" className="mt-8">
          <h2 id="overall-heading" className="text-2xl font-semibold tracking-tight">
            Overall
          </h2>
          <div className="mt-3">
            <RankingTable ranking={best.overall} caption="Best companies overall" minReviews={method.minReviews} limit={50} />
          </div>
          {best.overall.ranked.length > 50 ? <p className="mt-2 text-sm text-ink-muted">The top 50 of {best.overall.ranked.length} ranked companies.</p> : null}
        </section>
      ) : (
        <div className="mt-8 space-y-10">
          {groups.length === 0 ? <p className="text-ink-muted">No reviewed companies yet.</p> : null}
          {groups.map((g) => {
            const id = `group-${g.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
            return (
              <section key={g.name} aria-labelledby={id}>
                <h2 id={id} className="text-xl font-semibold tracking-tight">
                  {g.name}
                </h2>
                <div className="mt-2">
                  <RankingTable ranking={g} caption={`Best companies: ${g.name}`} minReviews={method.minReviews} />
                </div>
              </section>
            );
          })}
        </div>
      )}

      <section id="method" aria-labelledby="method-heading" className="mt-12 max-w-3xl scroll-mt-20 border-t border-line pt-8">
        <h2 id="method-heading" className="text-2xl font-semibold tracking-tight">
          How we rank
        </h2>
        <p className="mt-3">
          Each company’s score is a <strong>Bayesian average</strong> of its published overall ratings (1 to 5):
        </p>
        <p className="mt-3 rounded-lg bg-subtle px-4 py-3 font-mono text-sm" aria-label="score equals, C times m plus the sum of the company's ratings, divided by C plus n">
          score = (C × m + Σ ratings) ÷ (C + n)
        </p>
        <ul className="mt-3 list-disc space-y-1.5 pl-6">
          <li>
            <strong>m = {m === null ? "not yet known (no reviews)" : m.toFixed(2)}</strong>: the mean of every published overall rating on the site.
          </li>
          <li>
            <strong>C = {method.priorWeight}</strong>: every company starts as if it had {method.priorWeight} reviews at the site-wide mean, so a few
            ratings move its score only a little and many ratings count for more.
          </li>
          <li>
            <strong>n</strong>: the company’s number of published reviews. A company needs at least <strong>{method.minReviews}</strong> to be
            ranked; those with fewer are listed as “not ranked yet”.
          </li>
          <li>
            <strong>Ties</strong> (equal scores to four decimals) go to the company with more reviews, then to the name in alphabetical order.
          </li>
          <li>
            <strong>Thin data:</strong> a list with fewer than {method.minRanked} ranked companies shows no order at all; it says so instead. Sector and
            state lists use the same site-wide m, so a company’s score is the same on every list.
          </li>
          <li>Only reviews an editor approved count. Pending and rejected reviews never do; reported reviews count until an editor rejects them.</li>
        </ul>
        <p className="mt-3 text-sm text-ink-muted">
          Example, with m = 3.5 and C = {method.priorWeight}: one 5-star review would score ({method.priorWeight} × 3.5 + 5) ÷ {method.priorWeight + 1} ={" "}
          {((method.priorWeight * 3.5 + 5) / (method.priorWeight + 1)).toFixed(2)} (were it ranked at all), below thirty reviews averaging 4.0, which score (
          {method.priorWeight} × 3.5 + 120) ÷ {method.priorWeight + 30} = {((method.priorWeight * 3.5 + 120) / (method.priorWeight + 30)).toFixed(2)}. The reasoning
          is in the project’s decision notes (company reviews and ranking).
        </p>
      </section>

      <SourceNote className="mt-8">
        Reviews by people with an account on this site, published after moderation; sample reviews (labelled) come with a new install. Sector: GICS,
        from the S&amp;P 500 list; headquarters state as that list gives it (companies known only from job postings have none).
      </SourceNote>
    </div>
  );
}
