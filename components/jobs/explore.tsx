import Link from "next/link";
import type { Facet, JobFacets } from "@/lib/jobs/search";

function FacetList({ id, title, facets, href }: { id: string; title: string; facets: Facet[]; href: (f: Facet) => string }) {
  return (
    <section aria-labelledby={id} className="min-w-0 rounded-xl border border-line bg-surface p-5 shadow-xs">
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      {facets.length ? (
        <ul className="mt-3 max-h-96 space-y-1 overflow-y-auto pr-1 text-sm">
          {facets.map((f) => (
            <li key={f.key} className="flex justify-between gap-3">
              <Link href={href(f)} className="min-w-0 text-accent underline-offset-4 hover:underline">
                {f.label}
              </Link>
              <span className="shrink-0 text-ink-muted tabular-nums">{f.count}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-ink-muted italic">No open postings yet.</p>
      )}
    </section>
  );
}

/** Explore jobs: open postings by career group, by state and by company, each with its count. */
export function ExploreJobs({ facets }: { facets: JobFacets }) {
  return (
    <div className="grid gap-4 md:grid-cols-3">
      <FacetList id="by-group" title="By career group" facets={facets.groups.map((g) => ({ ...g, label: g.label.replace(/ Occupations$/, "") }))} href={(f) => `/jobs?group=${f.key}`} />
      <FacetList id="by-state" title="By state" facets={facets.states} href={(f) => `/jobs?state=${f.key}`} />
      <FacetList id="by-company" title="By company" facets={facets.companies} href={(f) => `/jobs?company=${f.key}`} />
    </div>
  );
}
