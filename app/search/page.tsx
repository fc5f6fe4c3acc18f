import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import { sections } from "@/components/site/sections";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = {
  title: "Find specific jobs",
  description: "Search tens of thousands of job titles and land on the occupation behind each one.",
  robots: { index: false },
};

type Props = { searchParams: Promise<{ [key: string]: string | string[] | undefined }> };

/** The first q parameter, whitespace collapsed and length capped; "" when absent. */
function queryFrom(value: string | string[] | undefined): string {
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? "").replace(/\s+/g, " ").trim().slice(0, 200);
}

export default async function SearchPage({ searchParams }: Props) {
  const query = queryFrom((await searchParams).q);
  return (
    <ComingSoon
      title="Find specific jobs"
      description="Title search will match what you type against tens of thousands of official and reported job titles and take you to the occupation behind each one: its pay, its outlook and what it takes to get in."
      related={[sections.careers, sections.professions, sections.jobs]}
    >
      <SearchForm id="page-search" size="large" defaultValue={query} />
      <p className="mt-4 text-ink-muted" role="status">
        {query ? (
          <>
            You searched for <q className="font-semibold text-ink break-words">{query}</q>. Results will appear here
            once title search is ready.
          </>
        ) : (
          "Type a job title above, such as “dental hygienist” or “data analyst”."
        )}
      </p>
    </ComingSoon>
  );
}
