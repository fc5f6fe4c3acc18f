import Link from "next/link";
import type { ExploreRow } from "@/lib/data/explore";
import { brightOutlookReason } from "@/lib/data/outlook";
import { DEFAULT_DIRECTION, exploreHref, type ExploreFilters, type Sort } from "@/lib/explore/params";
import { BrightOutlookBadge } from "./bright-outlook-badge";
import { employmentText, growthText, isMissing, openingsText, payText } from "./figures";

function Figure({ text }: { text: string }) {
  return <span className={isMissing(text) ? "text-ink-muted italic" : "tabular-nums"}>{text}</span>;
}

function Shared({ row }: { row: ExploreRow }) {
  if (!row.sharedFigures || !row.statCode) return null;
  return <span className="block text-xs text-ink-muted">Figures for SOC {row.statCode}</span>;
}

/** A column heading that sorts by its figure: a link, so it works without JavaScript. */
function SortHeader({ filters, sort, label, align = "right" }: { filters: ExploreFilters; sort: Sort; label: string; align?: "left" | "right" }) {
  const active = filters.sort === sort;
  const nextDir = active ? (filters.dir === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[sort];
  const arrow = active ? (filters.dir === "asc" ? "↑" : "↓") : "";
  return (
    <th
      scope="col"
      aria-sort={active ? (filters.dir === "asc" ? "ascending" : "descending") : undefined}
      className={`px-3 py-2 font-semibold whitespace-nowrap ${align === "right" ? "text-right" : "text-left"}`}
    >
      <Link href={`${exploreHref(filters, { sort, dir: nextDir })}#results`} className="text-ink underline-offset-4 hover:text-accent hover:underline">
        {label}
        <span aria-hidden="true" className="ml-1 inline-block w-2 text-accent">
          {arrow}
        </span>
        <span className="sr-only">
          {active ? `, sorted ${filters.dir === "asc" ? "lowest" : "highest"} first; sort the other way` : ", sort by this"}
        </span>
      </Link>
    </th>
  );
}

/** The careers of one page: a table from tablet width up, cards on phones. */
export function ExploreResults({ rows, filters, caption }: { rows: ExploreRow[]; filters: ExploreFilters; caption: string }) {
  return (
    <>
      <div className="mt-4 hidden overflow-x-auto rounded-xl border border-line bg-surface shadow-xs md:block">
        <table className="w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="border-b border-line bg-subtle">
            <tr>
              <SortHeader filters={filters} sort="name" label="Career" align="left" />
              <SortHeader filters={filters} sort="pay" label="Median pay" />
              <SortHeader filters={filters} sort="growth" label="Growth" />
              <SortHeader filters={filters} sort="openings" label="Openings a year" />
              <SortHeader filters={filters} sort="employment" label="Employment" />
              <th scope="col" className="px-3 py-2 text-left font-semibold">
                Entry education
              </th>
              <th scope="col" className="px-3 py-2 text-right font-semibold whitespace-nowrap">
                Job zone
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.onetCode} className="border-b border-line last:border-b-0 align-top">
                <th scope="row" className="max-w-72 px-3 py-3 text-left font-normal">
                  <Link href={`/careers/${r.slug}`} className="font-semibold break-words text-accent underline-offset-4 hover:text-accent-strong hover:underline">
                    {r.title}
                  </Link>
                  <Shared row={r} />
                  {r.outlook.bright ? (
                    <span className="mt-1 block">
                      <BrightOutlookBadge reason={brightOutlookReason(r.outlook)} />
                    </span>
                  ) : null}
                </th>
                <td className="px-3 py-3 text-right whitespace-nowrap">
                  <Figure text={payText(r)} />
                </td>
                <td className="px-3 py-3 text-right whitespace-nowrap">
                  <Figure text={growthText(r)} />
                </td>
                <td className="px-3 py-3 text-right whitespace-nowrap">
                  <Figure text={openingsText(r)} />
                </td>
                <td className="px-3 py-3 text-right whitespace-nowrap">
                  <Figure text={employmentText(r)} />
                </td>
                <td className="px-3 py-3">{r.education ?? <span className="text-ink-muted italic">not available</span>}</td>
                <td className="px-3 py-3 text-right">{r.jobZone ?? <span className="text-ink-muted italic">–</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul aria-label={caption} className="mt-4 space-y-3 md:hidden">
        {rows.map((r) => (
          <li key={r.onetCode} className="rounded-xl border border-line bg-surface p-4 shadow-xs">
            <Link href={`/careers/${r.slug}`} className="font-semibold break-words text-accent underline-offset-4 hover:text-accent-strong hover:underline">
              {r.title}
            </Link>
            <Shared row={r} />
            {r.outlook.bright ? (
                    <span className="mt-1 block">
                      <BrightOutlookBadge reason={brightOutlookReason(r.outlook)} />
                    </span>
                  ) : null}
            <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm">
              <div>
                <dt className="text-ink-muted">Median pay</dt>
                <dd className="font-semibold">
                  <Figure text={payText(r)} />
                </dd>
              </div>
              <div>
                <dt className="text-ink-muted">Growth</dt>
                <dd className="font-semibold">
                  <Figure text={growthText(r)} />
                </dd>
              </div>
              <div>
                <dt className="text-ink-muted">Openings a year</dt>
                <dd>
                  <Figure text={openingsText(r)} />
                </dd>
              </div>
              <div>
                <dt className="text-ink-muted">Employment</dt>
                <dd>
                  <Figure text={employmentText(r, true)} />
                </dd>
              </div>
              <div className="col-span-2">
                <dt className="text-ink-muted">Entry education</dt>
                <dd>{r.education ?? <span className="text-ink-muted italic">not available</span>}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
