import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ExploreJobs } from "@/components/jobs/explore";
import { JobSearchForm } from "@/components/jobs/job-search-form";
import { PostingCard } from "@/components/jobs/posting-card";
import { findJobs, getFilterNames, getJobFacets } from "@/lib/data/jobs";
import { EMPLOYMENT_LABELS } from "@/lib/jobs/model";
import { jobSearchQuery, parseJobSearch, PAGE_SIZE, type JobSearch } from "@/lib/jobs/params";
import { stateName } from "@/lib/jobs/states";

export const metadata: Metadata = {
  title: "Explore jobs",
  description: "Search job postings by title, place, pay and career, and see each one's pay next to the official BLS figures for that work.",
  alternates: { canonical: "/jobs" },
};

type Props = { searchParams: Promise<{ [key: string]: string | string[] | undefined }> };

function toParams(raw: { [key: string]: string | string[] | undefined }): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) out.set(k, first);
  }
  return out;
}

const filterKeys = ["q", "where", "state", "remote", "payMin", "type", "posted", "company", "career", "group"] as const;

export default async function JobsPage({ searchParams }: Props) {
  await connection();
  const parsed = parseJobSearch(toParams(await searchParams));
  const search = parsed.value;
  const filtering = filterKeys.some((k) => search[k] !== undefined && search[k] !== false);
  const [result, facets, names] = await Promise.all([findJobs(search), filtering ? null : getJobFacets(), getFilterNames(search.career, search.company, search.group)]);
  const now = new Date();
  const chips = activeFilters(search, names);
  const first = (result.page - 1) * PAGE_SIZE + 1;
  return (
    <div className="page-width py-10 sm:py-14">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Explore jobs</h1>
        <p className="mt-4 text-lg text-ink-muted">
          Find specific jobs by title, place and pay. Every posting is matched to its career, so you can see how its pay compares with what the Bureau of Labor Statistics says that work pays.
        </p>
      </div>
      <div className="mt-6">
        <JobSearchForm search={search} />
      </div>
      {!parsed.ok ? (
        <p role="alert" className="mt-4 rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50">
          Some of the search could not be used and was left out: {parsed.error}.
        </p>
      ) : null}
      {chips.length ? (
        <ul aria-label="Active filters" className="mt-4 flex flex-wrap gap-2 text-sm">
          {chips.map((c) => (
            <li key={c.key}>
              <Link href={`/jobs${jobSearchQuery(search, { [c.key]: undefined, page: undefined })}`} className="inline-flex items-center gap-1 rounded-full border border-line-strong bg-surface px-3 py-1 no-underline hover:border-accent">
                {c.label} <span aria-hidden>×</span>
                <span className="sr-only">(remove this filter)</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}

      {facets ? (
        <section aria-labelledby="explore-heading" className="mt-10">
          <h2 id="explore-heading" className="text-2xl font-semibold tracking-tight">
            Browse open postings
          </h2>
          <p className="mt-1 text-ink-muted">{facets.total.toLocaleString("en-US")} open postings.</p>
          <div className="mt-4">
            <ExploreJobs facets={facets} />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="results-heading" className="mt-10 max-w-3xl">
        <h2 id="results-heading" className="text-2xl font-semibold tracking-tight">
          {filtering ? "Matching postings" : "Latest postings"}
        </h2>
        <p id="jobs-status" role="status" className="mt-1 text-ink-muted">
          {result.total === 0
            ? "No open postings match. Try fewer filters or another place."
            : `${first.toLocaleString("en-US")}–${(first + result.postings.length - 1).toLocaleString("en-US")} of ${result.total.toLocaleString("en-US")} open postings${describeOrder(search, Boolean(result.keyword))}.`}
          {result.keyword?.occupations.length ? (
            <>
              {" "}
              Your words read as{" "}
              {result.keyword.occupations.map((o, i) => (
                <span key={o.onetCode}>
                  {i > 0 ? ", " : ""}
                  <Link href={`/careers/${o.slug}`} className="text-accent underline-offset-4 hover:underline">
                    {o.title}
                  </Link>
                </span>
              ))}
              .
            </>
          ) : null}
        </p>
        {result.postings.length ? (
          <ol className="mt-4 space-y-3" aria-labelledby="results-heading">
            {result.postings.map((p) => (
              <li key={p.id}>
                <PostingCard posting={p} now={now} />
              </li>
            ))}
          </ol>
        ) : null}
        {result.pages > 1 ? (
          <nav aria-label="Pages of results" className="mt-6 flex items-center justify-between gap-4">
            {result.page > 1 ? (
              <Link rel="prev" href={`/jobs${jobSearchQuery(search, { page: result.page - 1 })}`} className="rounded-lg border border-line-strong px-4 py-2 no-underline hover:border-accent">
                ← Previous
              </Link>
            ) : (
              <span />
            )}
            <span className="text-sm text-ink-muted">
              Page {result.page} of {result.pages}
            </span>
            {result.page < result.pages ? (
              <Link rel="next" href={`/jobs${jobSearchQuery(search, { page: result.page + 1 })}`} className="rounded-lg border border-line-strong px-4 py-2 no-underline hover:border-accent">
                Next →
              </Link>
            ) : (
              <span />
            )}
          </nav>
        ) : null}
      </section>
    </div>
  );
}

function describeOrder(s: JobSearch, keyword: boolean): string {
  const sort = s.sort ?? (keyword ? "relevance" : "date");
  return sort === "pay" ? ", highest pay first" : sort === "relevance" ? ", best match first" : ", newest first";
}

function activeFilters(s: JobSearch, names: { career: string | null; company: string | null; group: string | null }): { key: keyof JobSearch; label: string }[] {
  const out: { key: keyof JobSearch; label: string }[] = [];
  if (s.q) out.push({ key: "q", label: `“${s.q}”` });
  if (s.where) out.push({ key: "where", label: `In ${s.where}` });
  if (s.state) out.push({ key: "state", label: stateName(s.state) ?? s.state });
  if (s.remote) out.push({ key: "remote", label: "Remote" });
  if (s.payMin !== undefined) out.push({ key: "payMin", label: `Pay ≥ $${s.payMin.toLocaleString("en-US")} a year` });
  if (s.type) out.push({ key: "type", label: EMPLOYMENT_LABELS[s.type] });
  if (s.posted) out.push({ key: "posted", label: `Posted within ${s.posted === 1 ? "1 day" : `${s.posted} days`}` });
  if (s.company) out.push({ key: "company", label: names.company ?? s.company });
  if (s.career) out.push({ key: "career", label: names.career ?? s.career });
  if (s.group) out.push({ key: "group", label: names.group ?? `Career group ${s.group}` });
  return out;
}
