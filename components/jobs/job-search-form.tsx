import { EMPLOYMENT_TYPES, EMPLOYMENT_LABELS } from "@/lib/jobs/model";
import { POSTED_WITHIN, type JobSearch } from "@/lib/jobs/params";

const PAY_STEPS = [30_000, 50_000, 75_000, 100_000, 150_000, 200_000];
const field = "w-full rounded-lg border border-line-strong bg-surface px-3 py-2 text-ink placeholder:text-ink-muted focus-visible:border-accent";
const label = "mb-1 block text-sm font-semibold";

/** The job search form: a plain GET form, so the URL holds the query and it works without JavaScript. */
export function JobSearchForm({ search }: { search: JobSearch }) {
  return (
    <form action="/jobs" method="get" role="search" aria-label="Search job postings" className="rounded-xl border border-line bg-surface p-4 shadow-xs sm:p-5">
      <div className="grid gap-3 sm:grid-cols-[2fr_1.4fr_auto] sm:items-end">
        <div>
          <label htmlFor="jobs-q" className={label}>
            Job title, keyword or company
          </label>
          <input id="jobs-q" name="q" type="search" defaultValue={search.q ?? ""} maxLength={200} placeholder="e.g. sr desktop support tech" className={field} />
        </div>
        <div>
          <label htmlFor="jobs-where" className={label}>
            Where
          </label>
          <input id="jobs-where" name="where" type="text" defaultValue={search.where ?? ""} maxLength={100} placeholder="City, state, or remote" className={field} />
        </div>
        <button type="submit" className="rounded-lg bg-accent px-5 py-2 font-semibold text-accent-ink hover:bg-accent-strong">
          Search jobs
        </button>
      </div>
      <fieldset className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <legend className="sr-only">Filters and order</legend>
        <div>
          <label htmlFor="jobs-pay" className={label}>
            Pay at least
          </label>
          <select id="jobs-pay" name="payMin" defaultValue={search.payMin ?? ""} className={field}>
            <option value="">Any pay</option>
            {PAY_STEPS.map((p) => (
              <option key={p} value={p}>
                ${p / 1000}k a year
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="jobs-type" className={label}>
            Type
          </label>
          <select id="jobs-type" name="type" defaultValue={search.type ?? ""} className={field}>
            <option value="">Any type</option>
            {EMPLOYMENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {EMPLOYMENT_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="jobs-posted" className={label}>
            Posted within
          </label>
          <select id="jobs-posted" name="posted" defaultValue={search.posted ?? ""} className={field}>
            <option value="">Any time</option>
            {POSTED_WITHIN.map((d) => (
              <option key={d} value={d}>
                {d === 1 ? "1 day" : `${d} days`}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="jobs-sort" className={label}>
            Sort by
          </label>
          <select id="jobs-sort" name="sort" defaultValue={search.sort ?? ""} className={field}>
            <option value="">Best match</option>
            <option value="date">Newest</option>
            <option value="pay">Highest pay</option>
          </select>
        </div>
        <div className="col-span-2 flex items-center gap-2 sm:col-span-4">
          <input id="jobs-remote" name="remote" type="checkbox" value="1" defaultChecked={search.remote} className="size-4 accent-[var(--color-accent)]" />
          <label htmlFor="jobs-remote" className="text-sm">
            Remote only
          </label>
        </div>
      </fieldset>
      {search.company ? <input type="hidden" name="company" value={search.company} /> : null}
      {search.career ? <input type="hidden" name="career" value={search.career} /> : null}
      {search.group ? <input type="hidden" name="group" value={search.group} /> : null}
      {search.state ? <input type="hidden" name="state" value={search.state} /> : null}
    </form>
  );
}
