import Link from "next/link";
import type { MajorGroup } from "@/lib/data/explore";
import { exploreHref, type ExploreFilters } from "@/lib/explore/params";
import "./explore.css";

/** The SOC major groups as links (field-link in ./explore.css) that set the group filter (other filters and the sort are kept). */
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
        {groups.map((g) => (
          <li key={g.code}>
            <Link href={`${exploreHref(filters, { group: g.code })}#results`} aria-current={filters.group === g.code ? "true" : undefined} className="field-link">
              <span>{g.title.replace(/ Occupations$/, "")}</span>
              <span>{g.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
