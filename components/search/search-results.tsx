import Link from "next/link";
import { ArrowRightIcon } from "@/components/ui/icons";

export type SearchResultItem = {
  slug: string;
  title: string;
  socCode: string;
  onetCode: string;
  matchedTitle: string;
  /** Set when the result is a curated role: the occupation it is based on. */
  basedOn?: { slug: string; title: string };
};

/** Example searches offered on an empty page and after a search that found nothing. */
export const exampleSearches = ["Registered nurse", "Software engineer", "Truck driver", "Admin assistant", "HVAC tech"];

/**
 * The occupations a search found, best first: each links to its career page and shows the title that matched.
 * `labelledBy` names the element that summarises the search (the page's status line).
 */
export function SearchResults({ results, labelledBy }: { results: SearchResultItem[]; labelledBy: string }) {
  return (
    <ol aria-labelledby={labelledBy} className="mt-6 space-y-3">
      {results.map((result) => {
        const sameTitle = result.matchedTitle.toLowerCase() === result.title.toLowerCase();
        return (
          <li key={result.onetCode}>
            <Link
              href={`/careers/${result.slug}`}
              className="group flex items-start justify-between gap-4 rounded-xl border border-line bg-surface p-4 no-underline shadow-xs transition-colors hover:border-accent sm:p-5"
            >
              <span className="min-w-0">
                <span className="block font-semibold break-words text-ink group-hover:text-accent-strong">
                  {result.title}
                </span>
                {sameTitle ? null : (
                  <span className="mt-1 block text-sm break-words text-ink-muted">
                    Matched title: <span className="text-ink">{result.matchedTitle}</span>
                  </span>
                )}
                {result.basedOn ? <span className="mt-1 block text-sm text-ink-muted">A curated role based on {result.basedOn.title}</span> : null}
                <span className="mt-1 block text-sm text-ink-muted">
                  SOC {result.socCode}
                  {result.onetCode.endsWith(".00") ? null : <> · O*NET-SOC {result.onetCode}</>}
                </span>
              </span>
              <ArrowRightIcon className="mt-1 size-4 shrink-0 text-accent transition-transform group-hover:translate-x-0.5" />
            </Link>
          </li>
        );
      })}
    </ol>
  );
}

/** Links that run an example search. */
export function ExampleSearches() {
  return (
    <ul className="mt-3 flex flex-wrap gap-2">
      {exampleSearches.map((example) => (
        <li key={example}>
          <Link
            href={`/search?q=${encodeURIComponent(example.toLowerCase())}`}
            className="inline-block rounded-full border border-line bg-surface px-3 py-1.5 text-sm text-ink no-underline hover:border-accent"
          >
            {example}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** What to do when nothing matched. */
export function NoMatches() {
  return (
    <section aria-labelledby="suggestions-heading" className="mt-6 rounded-xl border border-line bg-surface p-5">
      <h2 id="suggestions-heading" className="text-lg font-semibold">
        Suggestions
      </h2>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-ink-muted">
        <li>Check the spelling, or try a shorter title: “nurse” rather than “nurse, nights, ICU, remote”.</li>
        <li>Leave out company names, places and pay; keep the job itself, e.g. “warehouse associate”.</li>
        <li>Try another word for the same job: “attorney” or “lawyer”, “server” or “waiter”.</li>
      </ul>
      <p className="mt-4 font-medium">Or try one of these:</p>
      <ExampleSearches />
      <p className="mt-4 text-ink-muted">
        You can also{" "}
        <Link href="/careers" className="font-medium text-accent underline hover:text-accent-strong">
          browse careers by field
        </Link>{" "}
        or{" "}
        <Link href="/professions" className="font-medium text-accent underline hover:text-accent-strong">
          look through job titles A–Z
        </Link>
        .
      </p>
    </section>
  );
}
