import Link from "next/link";
import { exploreHref, type ExploreFilters } from "@/lib/explore/params";
import "./explore.css";

/** Page numbers to show: the first, the last, and two either side of the current one (one on phones), with gaps as null. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push(null);
    out.push(p);
  });
  return out;
}

/** Previous / numbered / next links (rel="prev" / rel="next"; page-link in ./explore.css); plain links, so it works without JavaScript. */
export function Pagination({ filters, page, pages }: { filters: ExploreFilters; page: number; pages: number }) {
  if (pages <= 1) return null;
  const href = (p: number) => `${exploreHref(filters, { page: p })}#results`;
  return (
    <nav aria-label="Pages of careers" className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        <li>
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev" className="page-link">
              ← Previous
            </Link>
          ) : (
            <span className="page-link" aria-disabled="true">
              ← Previous
            </span>
          )}
        </li>
        {pageWindow(page, pages).map((p, i) =>
          p == null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-ink-muted">
              …
            </li>
          ) : (
            <li key={p} className={Math.abs(p - page) <= 1 || p === 1 || p === pages ? "" : "hidden sm:block"}>
              {p === page ? (
                <span aria-current="page" className="page-link">
                  <span className="sr-only">Page </span>
                  {p}
                </span>
              ) : (
                <Link href={href(p)} className="page-link">
                  <span className="sr-only">Page </span>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        <li>
          {page < pages ? (
            <Link href={href(page + 1)} rel="next" className="page-link">
              Next →
            </Link>
          ) : (
            <span className="page-link" aria-disabled="true">
              Next →
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
