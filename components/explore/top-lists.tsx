import Link from "next/link";
import type { ExploreData, ExploreRow, TopList } from "@/lib/data/explore";
import { exploreHref, DEFAULT_FILTERS } from "@/lib/explore/params";
import { ArrowRightIcon } from "@/components/ui/icons";
import { employmentText, growthText, openingsText, payText } from "./figures";
import "./explore.css";

const FIGURE: Record<TopList["key"], { label: string; text: (r: ExploreRow) => string }> = {
  pay: { label: "median pay a year", text: payText },
  growth: { label: "projected growth", text: growthText },
  openings: { label: "openings a year", text: openingsText },
  employment: { label: "people employed", text: (r) => employmentText(r, true) },
};

/** The anchor of each list on /careers, for links from the home page. */
export const TOP_LIST_IDS: Record<TopList["key"], string> = {
  pay: "highest-paying",
  growth: "fastest-growing",
  openings: "most-openings",
  employment: "most-jobs",
};

function sourceOf(key: TopList["key"], data: Pick<ExploreData, "pay" | "projection">) {
  if (key === "pay" || key === "employment") return data.pay ? `${data.pay.source}, ${data.pay.period}` : null;
  return data.projection ? `${data.projection.source}, ${data.projection.year}–${data.projection.targetYear}` : null;
}

/**
 * Top-N lists, each an ordered list of careers with the figure it is ranked by and that figure's source (top-list
 * in ./explore.css numbers and lays out the entries).
 * `compact` (the home page) links each list to its full version on /careers.
 */
export function TopLists({
  lists,
  data,
  headingLevel = 2,
  compact = false,
}: {
  lists: TopList[];
  data: Pick<ExploreData, "pay" | "projection">;
  headingLevel?: 2 | 3;
  compact?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className={`grid gap-4 sm:grid-cols-2 ${compact ? "lg:grid-cols-3" : ""}`}>
      {lists.map((list) => {
        const figure = FIGURE[list.key];
        const id = TOP_LIST_IDS[list.key];
        const source = sourceOf(list.key, data);
        return (
          <li key={list.key} id={compact ? undefined : id} className="flex scroll-mt-20 flex-col rounded-xl border border-line bg-surface p-5 shadow-xs">
            <Heading id={`${id}-heading${compact ? "-home" : ""}`} className="text-lg font-semibold">
              {list.title}
            </Heading>
            <p className="text-sm text-ink-muted">by {figure.label}</p>
            <ol aria-labelledby={`${id}-heading${compact ? "-home" : ""}`} className="top-list">
              {list.rows.map((r) => (
                <li key={r.onetCode}>
                  <Link href={`/careers/${r.slug}`}>{r.title}</Link>
                  <span>{figure.text(r)}</span>
                </li>
              ))}
            </ol>
            {source ? <p className="mt-3 text-xs text-ink-muted">Source: {source}</p> : null}
            <p className="mt-2 text-sm">
              <Link
                href={compact ? `/careers#${id}` : `${exploreHref(DEFAULT_FILTERS, { sort: list.key })}#results`}
                className="inline-flex items-center gap-1 font-medium text-accent underline hover:text-accent-strong"
              >
                {compact ? `Top 10 ${list.title.toLowerCase()}` : `All careers by ${figure.label}`}
                <ArrowRightIcon className="size-3.5" />
              </Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
