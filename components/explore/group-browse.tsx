import Link from "next/link";
import type { MajorGroup } from "@/lib/data/explore";
import { exploreHref, type ExploreFilters } from "@/lib/explore/params";

/** The SOC major groups as links that set the group filter (other filters and the sort are kept). */
export function GroupBrowse({ groups, filters }: { groups: MajorGroup[]; filters: ExploreFilters }) {
  return (
    <section id="fields" aria-labelledby="fields-heading" className="scroll-mt-20">
      <h2 id="fields-heading" className="text-2xl font-semibold tracking-tight">
        Browse by field
      </h2>
      <p className="mt-2 max-w-3xl text-ink-muted">
        The {groups.length} major groups of the Standard Occupational Classification (SOC 2018), with the number of careers in
        each.
      </p>
      <ul className="mt-5 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {groups.map((g) => {
          const current = filters.group === g.code;
          return (
            <li key={g.code}>
              <Link
                href={`${exploreHref(filters, { group: g.code })}#results`}
                aria-current={current ? "true" : undefined}
                className={`flex h-full items-center justify-between gap-3 rounded-lg border px-3 py-2 text-sm no-underline hover:border-accent ${
                  current ? "border-accent bg-accent-soft font-semibold text-ink" : "border-line bg-surface text-ink"
                }`}
              >
                <span className="min-w-0 break-words">{g.title.replace(/ Occupations$/, "")}</span>
                <span className="shrink-0 rounded-full bg-subtle px-2 text-xs text-ink-muted tabular-nums">{g.count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
