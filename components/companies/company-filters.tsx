import Link from "next/link";
import { COMPANY_SORTS, SORT_LABELS, type CompanyList, type Facet } from "@/lib/data/companies";

const field = "mt-1 block w-full rounded-lg border border-line-strong bg-surface px-3 py-2 text-sm text-ink";
const label = "block text-sm font-semibold";

/** The filter form: a plain GET form, so the URL holds the view and it works without JavaScript. */
export function CompanyFilters({ list }: { list: CompanyList }) {
  const { view, facets } = list;
  return (
    <form action="/companies" method="get" role="search" aria-label="Filter companies" className="rounded-xl border border-line bg-surface p-4 shadow-xs sm:p-5">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <div className="lg:col-span-2">
          <label htmlFor="company-q" className={label}>
            Name or ticker
          </label>
          <input id="company-q" name="q" type="search" defaultValue={view.q ?? ""} maxLength={100} placeholder="e.g. Apple or AAPL" className={field} />
        </div>
        <Select id="company-sector" name="sector" label="Sector" value={view.sector} options={facets.sectors} />
        <Select id="company-sub" name="subIndustry" label="Sub-industry" value={view.subIndustry} options={facets.subIndustries} />
        <Select id="company-state" name="state" label="Headquarters" value={view.state} options={facets.states} />
      </div>
      <div className="mt-4 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="company-sort" className={label}>
            Sort
          </label>
          <select id="company-sort" name="sort" defaultValue={view.sort} className={field}>
            {COMPANY_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-accent-ink hover:bg-accent-strong">
          Show companies
        </button>
        <Link href="/companies" className="py-2 text-sm font-semibold text-accent underline-offset-4 hover:underline">
          Clear filters
        </Link>
      </div>
    </form>
  );
}

function Select({ id, name, label: text, value, options }: { id: string; name: string; label: string; value?: string; options: Facet[] }) {
  // keep a selected value that no longer has matches, so the form shows what the URL asks for
  const missing = value && !options.some((o) => o.value.toLowerCase() === value.toLowerCase());
  const selected = options.find((o) => value && o.value.toLowerCase() === value.toLowerCase())?.value ?? value ?? "";
  return (
    <div>
      <label htmlFor={id} className={label}>
        {text}
      </label>
      <select id={id} name={name} defaultValue={selected} className={field}>
        <option value="">All</option>
        {missing ? <option value={value}>{value} (0)</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.value} ({o.count})
          </option>
        ))}
      </select>
    </div>
  );
}
