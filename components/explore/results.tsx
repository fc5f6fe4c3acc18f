import Link from "next/link";
import type { ReactNode } from "react";
import type { ExploreRow } from "@/lib/data/explore";
import { brightOutlookReason } from "@/lib/data/outlook";
import { DEFAULT_DIRECTION, exploreHref, type ExploreFilters, type Sort } from "@/lib/explore/params";
import { BrightOutlookBadge } from "./bright-outlook-badge";
import { employmentText, growthText, isMissing, openingsText, payText } from "./figures";
import "./explore.css";

type Column = {
  label: string;
  /** The sort this column's heading links to; none for columns the list cannot be sorted by. */
  sort?: Sort;
  /** Words, not a figure: left-aligned and free to wrap. */
  words?: boolean;
  cell: (r: ExploreRow) => ReactNode;
};

/** The class of a column of words (left-aligned, wrapping) among the figures; passed only where it applies. */
const WORDS = { className: "explore-words" };

/** The word for a missing value, muted and italic. */
function missing(word: string): ReactNode {
  return <span className="text-ink-muted italic">{word}</span>;
}

/** A figure as published, or the formatter's word for a missing one. */
function figure(text: string): ReactNode {
  return isMissing(text) ? missing(text) : text;
}

/** The figure columns after the career's own: one list for the headings, the cells and the cells' phone labels. */
const COLUMNS: Column[] = [
  { label: "Median pay", sort: "pay", cell: (r) => figure(payText(r)) },
  { label: "Growth", sort: "growth", cell: (r) => figure(growthText(r)) },
  { label: "Openings a year", sort: "openings", cell: (r) => figure(openingsText(r)) },
  { label: "Employment", sort: "employment", cell: (r) => figure(employmentText(r)) },
  { label: "Entry education", words: true, cell: (r) => r.education ?? missing("not available") },
  { label: "Job zone", cell: (r) => r.jobZone ?? missing("–") },
];

/** A column heading that sorts by its figure: a link, so it works without JavaScript. */
function SortHeader({ filters, sort, label }: { filters: ExploreFilters; sort: Sort; label: string }) {
  const active = filters.sort === sort;
  const nextDir = active ? (filters.dir === "asc" ? "desc" : "asc") : DEFAULT_DIRECTION[sort];
  return (
    <th scope="col" aria-sort={active ? (filters.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={`${exploreHref(filters, { sort, dir: nextDir })}#results`}>
        {label}
        <span aria-hidden="true">
          {active ? (filters.dir === "asc" ? "↑" : "↓") : ""}
        </span>
        <span className="sr-only">
          {active ? `, sorted ${filters.dir === "asc" ? "lowest" : "highest"} first; sort the other way` : ", sort by this"}
        </span>
      </Link>
    </th>
  );
}

function CareerCell({ row }: { row: ExploreRow }) {
  return (
    <th scope="row">
      <Link href={`/careers/${row.slug}`}>{row.title}</Link>
      {row.sharedFigures && row.statCode ? <span className="block text-xs text-ink-muted">Figures for SOC {row.statCode}</span> : null}
      {row.outlook.bright ? <BrightOutlookBadge reason={brightOutlookReason(row.outlook)} className="mt-1" /> : null}
    </th>
  );
}

/**
 * The careers of one page, drawn once: a table from tablet width up; on phones the same table shows each row
 * as a card, each figure under its column's name, and the sortable headings as a row of "Sort by" links
 * (explore-table in ./explore.css).
 */
export function ExploreResults({ rows, filters, caption }: { rows: ExploreRow[]; filters: ExploreFilters; caption: string }) {
  return (
    <div className="mt-4 md:overflow-x-auto md:rounded-xl md:border md:border-line md:bg-surface md:shadow-xs">
      <table className="explore-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <SortHeader filters={filters} sort="name" label="Career" />
            {COLUMNS.map((c) =>
              c.sort ? (
                <SortHeader key={c.label} filters={filters} sort={c.sort} label={c.label} />
              ) : (
                <th key={c.label} scope="col" {...(c.words ? WORDS : null)}>
                  {c.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.onetCode}>
              <CareerCell row={r} />
              {COLUMNS.map((c) => (
                <td key={c.label} data-label={c.label} {...(c.words ? WORDS : null)}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
