import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import { ExampleSearches, NoMatches, SearchResults } from "@/components/search/search-results";
import { searchTitles } from "@/lib/data/search";
import { MAX_QUERY_LENGTH } from "@/lib/search/params";

export const metadata: Metadata = {
  title: "Find specific jobs",
  description: "Search tens of thousands of job titles and land on the occupation behind each one.",
  robots: { index: false },
  alternates: { canonical: "/search" },
};

type Props = { searchParams: Promise<{ [key: string]: string | string[] | undefined }> };

const RESULT_LIMIT = 20;

/** The first q parameter, whitespace collapsed and length capped; "" when absent. */
function queryFrom(value: string | string[] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? "").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
}

export default async function SearchPage({ searchParams }: Props) {
  const query = queryFrom((await searchParams).q);
  const results = query ? await searchTitles(query, RESULT_LIMIT) : [];
  return (
    <div className="page-width py-10 sm:py-14">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Find specific jobs</h1>
        <p className="mt-4 text-lg text-ink-muted">
          Type a job title as you would see it in a posting. Abbreviations, levels like “Sr.” or “II” and small typos
          are fine: each title leads to the occupation behind it, with its pay, outlook and what it takes to get in.
        </p>
        <div className="mt-6">
          <SearchForm key={query} id="page-search" size="large" defaultValue={query} />
        </div>
        <p id="search-status" role="status" className="mt-6 text-lg">
          {!query ? (
            "Type a job title above, such as “dental hygienist” or “data analyst”."
          ) : results.length > 0 ? (
            <>
              {results.length === 1 ? "1 occupation matches" : `${results.length} occupations match`}{" "}
              <q className="font-semibold break-words">{query}</q>, best match first.
            </>
          ) : (
            <>
              No occupation matches <q className="font-semibold break-words">{query}</q>.
            </>
          )}
        </p>
        {!query ? (
          <section aria-labelledby="examples-heading" className="mt-6">
            <h2 id="examples-heading" className="text-lg font-semibold">
              Try a search
            </h2>
            <ExampleSearches />
          </section>
        ) : results.length > 0 ? (
          <SearchResults results={results} labelledBy="search-status" />
        ) : (
          <NoMatches />
        )}
      </div>
    </div>
  );
}
