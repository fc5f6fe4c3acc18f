import Link from "next/link";
import { SearchForm } from "@/components/search/search-form";
import { isResolved, type Resolution, type Unresolved } from "@/lib/compare/resolve";
import { comparePath } from "@/lib/compare/slugs";

/**
 * The comparison 404: which names we could not match, the nearest job titles for each (each a link to the
 * comparison with that career swapped in), and a search box.
 */
export function UnknownCareers({ careers, reason }: { careers: (Resolution | Unresolved)[]; reason: string | null }) {
  const unknown = careers.filter((c): c is Unresolved => !isResolved(c));
  return (
    <div className="page-width py-14 sm:py-20">
      <div className="max-w-3xl">
        <p className="font-semibold text-accent">404</p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight sm:text-4xl">We couldn’t match every career in this comparison</h1>
        {reason ? <p className="mt-4 text-lg text-ink-muted">{reason}</p> : null}
        {unknown.length === 0 && !reason ? (
          <p className="mt-4 text-lg text-ink-muted">This comparison address does not name careers we know.</p>
        ) : null}
        {unknown.map((u) => (
          <section key={u.slug} aria-labelledby={`unknown-${u.slug}`} className="mt-8">
            <h2 id={`unknown-${u.slug}`} className="text-xl font-semibold">
              No career matches “{u.name}”
            </h2>
            {u.suggestions.length ? (
              <>
                <p className="mt-2 text-ink-muted">Did you mean one of these?</p>
                <ul className="mt-3 space-y-2">
                  {u.suggestions.map((s) => {
                    const swapped = careers.map((c) => (c.slug === u.slug ? s.slug : c.slug));
                    const same = s.matchedTitle.toLowerCase() === s.title.toLowerCase();
                    return (
                      <li key={s.slug}>
                        <Link href={comparePath(swapped)} prefetch={false} className="font-semibold text-accent underline underline-offset-4">
                          {s.title}
                        </Link>
                        {same ? null : <span className="text-sm text-ink-muted"> (as “{s.matchedTitle}”)</span>}
                      </li>
                    );
                  })}
                </ul>
              </>
            ) : (
              <p className="mt-2 text-ink-muted">No job title comes close. Try another word for it.</p>
            )}
          </section>
        ))}
        <div className="mt-10">
          <SearchForm id="compare-not-found-search" size="large" showLabel />
        </div>
        <p className="mt-8">
          <Link href="/compare" className="font-semibold text-accent underline hover:text-accent-strong">
            Build a comparison
          </Link>
        </p>
      </div>
    </div>
  );
}
