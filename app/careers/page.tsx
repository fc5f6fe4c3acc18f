import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { ActiveFilters, activeFilterChips } from "@/components/explore/active-filters";
import { FilterForm } from "@/components/explore/filter-form";
import { GroupBrowse } from "@/components/explore/group-browse";
import { Pagination } from "@/components/explore/pagination";
import { ExploreResults } from "@/components/explore/results";
import { TopLists } from "@/components/explore/top-lists";
import { exploreCareers, getExploreData, topLists } from "@/lib/data/explore";
import { brightOutlookRule } from "@/lib/data/outlook";
import { exploreHref, exploreSearchParams, hasFilters, parseExploreParams, SORT_LABELS, type RawParams } from "@/lib/explore/params";
import { formatCount } from "@/lib/format";

type Props = { searchParams: Promise<RawParams> };

const TOP_N = 10;

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  await connection();
  const { filters } = parseExploreParams(await searchParams);
  const data = await getExploreData();
  const group = filters.group ? data.groups.find((g) => g.code === filters.group) : undefined;
  const what = group ? `${group.title.replace(/ Occupations$/, "")} careers` : "Explore careers";
  const { page: shown } = exploreCareers(data, filters);
  const page = shown > 1 ? `, page ${shown}` : "";
  return {
    title: hasFilters(filters) && !group ? `Explore careers: filtered list${page}` : `${what}${page}`,
    description: group
      ? `${group.count} ${group.title.toLowerCase()} compared by median pay, projected growth, openings and typical education, from BLS and O*NET data.`
      : "Browse every U.S. occupation by field; filter and sort by median pay, projected growth, openings, typical education, job zone and bright outlook. Figures from BLS and O*NET.",
    // One URL per view: the filters in their normal form (defaults left out).
    alternates: { canonical: exploreHref(filters, { page: shown }) },
  };
}

export default async function CareersPage({ searchParams }: Props) {
  // Reads the database on request, so `next build` never opens it.
  await connection();
  const raw = await searchParams;
  const { filters, notes } = parseExploreParams(raw);

  // A form submission carries every field, empty ones too: send it on to the view's one clean URL.
  if (notes.length === 0) {
    const given = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (v == null ? [] : [v].flat().map((x) => [k, x]))));
    const normal = exploreSearchParams(filters);
    if (given.toString() !== normal.toString()) redirect(exploreHref(filters, { page: filters.page }));
  }

  const data = await getExploreData();
  const result = exploreCareers(data, filters);
  const allNotes = result.pageNote ? [...notes, result.pageNote] : notes;
  const lists = topLists(data, TOP_N);
  const activeCount = activeFilterChips(filters, data.groups).length;
  const first = (result.page - 1) * result.perPage + 1;
  const last = first + result.rows.length - 1;
  const caption = `Careers${filters.sort !== "name" ? ` by ${SORT_LABELS[filters.sort].toLowerCase()}` : ""}, ${first}–${last} of ${formatCount(result.total)}`;

  return (
    <div className="page-width py-8 sm:py-12">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Explore careers</h1>
        <p className="mt-4 text-lg text-ink-muted">
          Every U.S. occupation with what it pays, how fast it is growing, how many openings it has a year and what it
          takes to get in. Narrow the list, sort it by what matters to you, and open any career for its full profile.
        </p>
        <nav aria-label="On this page" className="mt-4">
          <ul className="flex flex-wrap gap-2 text-sm">
            {[
              ["#results", "Filter and sort"],
              ["#fields", "Browse by field"],
              ["#top-lists", "Top lists"],
            ].map(([href, label]) => (
              <li key={href}>
                <a
                  href={href}
                  className="inline-block rounded-full border border-line bg-surface px-3 py-1 text-ink no-underline hover:border-accent hover:text-accent"
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <div id="results" className="mt-8 scroll-mt-20 space-y-6 lg:space-y-8">
        <FilterForm filters={filters} groups={data.groups} baseline={data.baseline} activeCount={activeCount} />
        <section aria-labelledby="results-heading" className="min-w-0">
          <h2 id="results-heading" className="sr-only">
            Careers
          </h2>
          {allNotes.length > 0 ? (
            <div role="note" aria-label="About this address" className="mb-4 rounded-lg border border-line-strong bg-subtle p-3 text-sm">
              <ul className="space-y-1">
                {allNotes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <p role="status" className="text-lg">
            {result.total === 0 ? (
              "No careers match these filters."
            ) : (
              <>
                <strong className="tabular-nums">{formatCount(result.total)}</strong> {result.total === 1 ? "career" : "careers"}
                {result.pages > 1 ? (
                  <span className="text-ink-muted">
                    {" "}
                    · showing {first}–{last}, page {result.page} of {result.pages}
                  </span>
                ) : null}
                {filters.sort !== "name" ? (
                  <span className="text-ink-muted">
                    {" "}
                    · by {SORT_LABELS[filters.sort].toLowerCase()}, {filters.dir === "desc" ? "highest" : "lowest"} first
                  </span>
                ) : null}
              </>
            )}
          </p>
          <ActiveFilters filters={filters} groups={data.groups} />
          {result.total === 0 ? (
            <div className="mt-4 rounded-xl border border-line bg-surface p-5">
              <p>Try fewer filters: widen the pay range, lower the growth, or pick another field.</p>
              <p className="mt-3">
                <Link href="/careers#results" className="font-medium text-accent underline hover:text-accent-strong">
                  Clear all filters
                </Link>{" "}
                or{" "}
                <Link href="/search" className="font-medium text-accent underline hover:text-accent-strong">
                  search by job title
                </Link>
                .
              </p>
            </div>
          ) : (
            <>
              <ExploreResults rows={result.rows} filters={filters} caption={caption} />
              <Pagination filters={filters} page={result.page} pages={result.pages} />
            </>
          )}
          <SourcesNote data={data} />
        </section>
      </div>

      <div className="mt-14 border-t border-line pt-10">
        <GroupBrowse groups={data.groups} filters={filters} />
      </div>

      <section id="top-lists" aria-labelledby="top-lists-heading" className="mt-14 scroll-mt-20 border-t border-line pt-10">
        <h2 id="top-lists-heading" className="text-2xl font-semibold tracking-tight">
          Top lists
        </h2>
        <p className="mt-2 max-w-3xl text-ink-muted">
          The top {TOP_N} careers by each measure. Where several careers share one set of BLS figures, only the main
          one is listed.
        </p>
        <div className="mt-6">
          <TopLists lists={lists} data={data} headingLevel={3} />
        </div>
      </section>
    </div>
  );
}

function SourcesNote({ data }: { data: Awaited<ReturnType<typeof getExploreData>> }) {
  return (
    <div className="mt-6 space-y-1 text-xs text-ink-muted">
      {data.pay ? (
        <p>
          Median pay (yearly; hourly where BLS publishes only hourly) and employment: {data.pay.source}, {data.pay.period}.
        </p>
      ) : null}
      {data.projection ? (
        <p>
          Growth, openings a year and typical entry education: {data.projection.source}, {data.projection.year}–
          {data.projection.targetYear}.
        </p>
      ) : null}
      <p>
        Job zone: {data.jobZone.source} ({data.jobZone.year}). “Figures for SOC …”: BLS publishes this career’s figures
        only for a broader or shared occupation code.
      </p>
      {data.baseline ? <p>{brightOutlookRule(data.baseline)}</p> : null}
    </div>
  );
}
