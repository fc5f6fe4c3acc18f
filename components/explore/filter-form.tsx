import Link from "next/link";
import type { MajorGroup } from "@/lib/data/explore";
import type { OutlookBaseline } from "@/lib/data/outlook";
import { JOB_ZONES } from "@/lib/data/careers";
import { DEFAULT_DIRECTION, EDUCATION_LEVELS, PAGE_SIZES, SORT_LABELS, SORTS, type ExploreFilters } from "@/lib/explore/params";
import { formatMoney } from "@/lib/format";
import "./explore.css";

const PAY_MIN_OPTIONS = [30_000, 40_000, 50_000, 60_000, 75_000, 100_000, 125_000, 150_000, 200_000, 300_000];
const PAY_MAX_OPTIONS = [30_000, 40_000, 50_000, 60_000, 75_000, 100_000, 125_000, 150_000, 200_000];
const GROWTH_OPTIONS = [0, 5, 10, 20, 30];

/** A number list with the current value added when it is not one of the offered ones (e.g. from a shared URL). */
function withCurrent(options: number[], current: number | null) {
  return current != null && !options.includes(current) ? [...options, current].sort((a, b) => a - b) : options;
}

/**
 * The filters as a plain GET form to /careers: it works without JavaScript, and the URL it produces holds the
 * whole view, so it can be bookmarked and shared. Drawn once, inside a disclosure (explore-filters in
 * ./explore.css): from lg up it stands open under its own heading; below, it waits behind the summary so the
 * results come first.
 */
export function FilterForm({
  filters: f,
  groups,
  baseline,
  activeCount,
}: {
  filters: ExploreFilters;
  groups: MajorGroup[];
  baseline: OutlookBaseline | null;
  /** How many filters are set, for the summary. */
  activeCount: number;
}) {
  const growthOptions = GROWTH_OPTIONS.map((g) => ({ value: g, label: g === 0 ? "0% (not shrinking)" : `${g}%` }));
  if (baseline) {
    growthOptions.push(
      { value: baseline.averageGrowth, label: `${baseline.averageGrowth}% (all occupations)` },
      { value: baseline.growthThreshold, label: `${baseline.growthThreshold}% (twice all occupations)` },
    );
  }
  if (f.growthMin != null && !growthOptions.some((o) => o.value === f.growthMin)) {
    growthOptions.push({ value: f.growthMin, label: `${f.growthMin}%` });
  }
  growthOptions.sort((a, b) => a.value - b.value);

  return (
    <details className="explore-filters">
      <summary>
        <span>
          Filter and sort
          {activeCount > 0 ? <span className="font-normal text-ink-muted"> ({activeCount} active)</span> : null}
        </span>
        <span aria-hidden="true" className="text-accent">
          ▾
        </span>
      </summary>
      <FilterFields f={f} groups={groups} growthOptions={growthOptions} />
    </details>
  );
}

/** The form itself: its fields, "Show careers" and "Clear all". */
function FilterFields({
  f,
  groups,
  growthOptions,
}: {
  f: ExploreFilters;
  groups: MajorGroup[];
  growthOptions: { value: number; label: string }[];
}) {
  return (
    <form action="/careers#results" method="get" aria-label="Filter and sort">
      {/* Shown where the form stands open; where it is a disclosure, the summary names it. */}
      <h2 data-wide-only className="text-lg font-semibold">
        Filter and sort
      </h2>
      <div className="mt-4 grid grid-cols-2 gap-x-3 gap-y-4 sm:gap-x-4 lg:grid-cols-4">
        <label className="filter-field col-span-2">
          <span className="font-medium">Title contains</span>
          <input
            type="search"
            name="q"
            defaultValue={f.q}
            maxLength={100}
            placeholder="e.g. nurse"
            className="filter-control"
          />
        </label>
        <label className="filter-field col-span-2">
          <span className="font-medium">Field (SOC major group)</span>
          <select name="group" defaultValue={f.group ?? ""} className="filter-control">
            <option value="">All fields</option>
            {groups.map((g) => (
              <option key={g.code} value={g.code}>
                {g.title.replace(/ Occupations$/, "")} ({g.count})
              </option>
            ))}
          </select>
        </label>
        <label className="filter-field">
          <span className="font-medium">Median pay at least</span>
          <select name="payMin" defaultValue={f.payMin ?? ""} className="filter-control">
            <option value="">Any</option>
            {withCurrent(PAY_MIN_OPTIONS, f.payMin).map((v) => (
              <option key={v} value={v}>
                {formatMoney(v)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-field">
          <span className="font-medium">Median pay at most</span>
          <select name="payMax" defaultValue={f.payMax ?? ""} className="filter-control">
            <option value="">Any</option>
            {withCurrent(PAY_MAX_OPTIONS, f.payMax).map((v) => (
              <option key={v} value={v}>
                {formatMoney(v)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-field">
          <span className="font-medium">Projected growth at least</span>
          <select name="growthMin" defaultValue={f.growthMin ?? ""} className="filter-control">
            <option value="">Any</option>
            {growthOptions.map((o) => (
              <option key={`${o.value}-${o.label}`} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-field">
          <span className="font-medium">Typical entry education</span>
          <select name="education" defaultValue={f.education ?? ""} className="filter-control">
            <option value="">Any</option>
            {EDUCATION_LEVELS.map((l) => (
              <option key={l.key} value={l.key}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-field col-span-2">
          <span className="font-medium">Job zone (preparation needed)</span>
          <select name="zone" defaultValue={f.jobZone ?? ""} className="filter-control">
            <option value="">Any</option>
            {Object.entries(JOB_ZONES).map(([zone, label]) => (
              <option key={zone} value={zone}>
                {zone}: {label}
              </option>
            ))}
          </select>
        </label>
        <label className="col-span-2 flex items-start gap-2 self-end pb-1 text-sm">
          <input
            type="checkbox"
            name="bright"
            value="1"
            defaultChecked={f.bright}
            className="mt-1 size-4 shrink-0 accent-(--color-accent)"
          />
          <span>
            <span className="font-medium">Bright outlook only</span>
            <span className="block text-ink-muted">Fast growth or many openings</span>
          </span>
        </label>
        <label className="filter-field">
          <span className="font-medium">Sort by</span>
          <select name="sort" defaultValue={f.sort} className="filter-control">
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-field">
          <span className="font-medium">Order</span>
          <select name="dir" defaultValue={f.dir === DEFAULT_DIRECTION[f.sort] ? "" : f.dir} className="filter-control">
            <option value="">Default</option>
            <option value="asc">Low to high, A–Z</option>
            <option value="desc">High to low, Z–A</option>
          </select>
        </label>
        <label className="filter-field">
          <span className="font-medium">Careers a page</span>
          <select name="per" defaultValue={String(f.perPage)} className="filter-control">
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="mt-5 flex flex-wrap items-center gap-3">
        <button type="submit" className="inline-flex h-10 items-center rounded-lg bg-accent px-4 font-semibold text-accent-ink hover:bg-accent-strong">
          Show careers
        </button>
        <Link href="/careers#results" className="text-sm font-medium text-accent underline hover:text-accent-strong">
          Clear all
        </Link>
      </div>
    </form>
  );
}
