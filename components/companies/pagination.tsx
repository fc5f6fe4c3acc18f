import Link from "next/link";

/** Previous / next links with the page position; `href(page)` builds each address. */
export function Pagination({ page, pageCount, href, label }: { page: number; pageCount: number; href: (page: number) => string; label: string }) {
  if (pageCount <= 1) return null;
  const link = "rounded-lg border border-line bg-surface px-3 py-2 text-sm font-semibold text-accent hover:border-accent";
  return (
    <nav aria-label={label} className="mt-8 flex flex-wrap items-center gap-3">
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pageCount))} rel="prev" className={link}>
          ← Previous
        </Link>
      ) : null}
      <span className="text-sm text-ink-muted">
        Page {Math.min(page, pageCount)} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next" className={link}>
          Next →
        </Link>
      ) : null}
    </nav>
  );
}
