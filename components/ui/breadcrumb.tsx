import { Fragment } from "react";
import Link from "next/link";

export type Crumb = { href: string; label: React.ReactNode };

/**
 * "Explore companies / Acme / Reviews": the way back up from a page. `trail` are the links above the page,
 * `current` the page itself (marked aria-current, cut short with an ellipsis when it is long).
 */
export function Breadcrumb({ trail, current, printable = true }: { trail: Crumb[]; current: React.ReactNode; printable?: boolean }) {
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm" data-print={printable ? undefined : "hide"}>
      <ol className="flex flex-wrap items-center gap-2 text-ink-muted">
        {trail.map((crumb) => (
          <Fragment key={crumb.href}>
            <li>
              <Link href={crumb.href} className="text-accent underline-offset-4 hover:underline">
                {crumb.label}
              </Link>
            </li>
            <li aria-hidden>/</li>
          </Fragment>
        ))}
        <li aria-current="page" className="min-w-0 truncate">
          {current}
        </li>
      </ol>
    </nav>
  );
}
