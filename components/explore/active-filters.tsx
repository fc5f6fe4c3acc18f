import Link from "next/link";
import type { MajorGroup } from "@/lib/data/explore";
import { JOB_ZONES } from "@/lib/data/careers";
import { EDUCATION_LEVELS, exploreHref, hasFilters, type ExploreFilters } from "@/lib/explore/params";
import { formatMoney } from "@/lib/format";
import { CloseIcon } from "@/components/ui/icons";

type Chip = { label: string; remove: Partial<ExploreFilters> };

/** Each active filter in words, with what removing it changes. */
export function activeFilterChips(f: ExploreFilters, groups: MajorGroup[]): Chip[] {
  const chips: Chip[] = [];
  if (f.q) chips.push({ label: `Title: “${f.q}”`, remove: { q: "" } });
  if (f.group) {
    const title = groups.find((g) => g.code === f.group)?.title ?? `SOC ${f.group}-0000`;
    chips.push({ label: title, remove: { group: null } });
  }
  if (f.payMin != null) chips.push({ label: `Pay ≥ ${formatMoney(f.payMin)}`, remove: { payMin: null } });
  if (f.payMax != null) chips.push({ label: `Pay ≤ ${formatMoney(f.payMax)}`, remove: { payMax: null } });
  if (f.growthMin != null) chips.push({ label: `Growth ≥ ${f.growthMin}%`, remove: { growthMin: null } });
  if (f.education) {
    chips.push({ label: EDUCATION_LEVELS.find((l) => l.key === f.education)!.label, remove: { education: null } });
  }
  if (f.jobZone != null) chips.push({ label: `Job zone ${f.jobZone}: ${JOB_ZONES[f.jobZone]}`, remove: { jobZone: null } });
  if (f.bright) chips.push({ label: "Bright outlook", remove: { bright: false } });
  return chips;
}

/** The active filters as removable chips (links), with "Clear all". Nothing when no filter is set. */
export function ActiveFilters({ filters, groups }: { filters: ExploreFilters; groups: MajorGroup[] }) {
  if (!hasFilters(filters)) return null;
  const chips = activeFilterChips(filters, groups);
  const clear: Partial<ExploreFilters> = { q: "", group: null, payMin: null, payMax: null, growthMin: null, education: null, jobZone: null, bright: false };
  return (
    <div className="mt-3">
      <h3 className="sr-only">Active filters</h3>
      <ul className="flex flex-wrap items-center gap-2">
        {chips.map((chip) => (
          <li key={chip.label}>
            <Link
              href={`${exploreHref(filters, chip.remove)}#results`}
              className="inline-flex max-w-full items-center gap-1.5 rounded-full border border-accent bg-accent-soft py-1 pr-2 pl-3 text-sm text-ink no-underline hover:border-accent-strong"
            >
              <span className="min-w-0 break-words">{chip.label}</span>
              <CloseIcon className="size-3.5 shrink-0 text-accent-strong" />
              <span className="sr-only">(remove this filter)</span>
            </Link>
          </li>
        ))}
        <li>
          <Link href={`${exploreHref(filters, clear)}#results`} className="px-1 text-sm font-medium text-accent underline hover:text-accent-strong">
            Clear all filters
          </Link>
        </li>
      </ul>
    </div>
  );
}
