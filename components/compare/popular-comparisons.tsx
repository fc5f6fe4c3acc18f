import Link from "next/link";
import type { CareerProfile } from "@/lib/data/careers";
import { comparePath } from "@/lib/compare/slugs";

const MAX_LINKS = 6;

/**
 * "Compare with": ready-made comparisons of this career with the occupations O*NET lists as related (most
 * related first), for the career page. Renders nothing when O*NET lists none. Comparison links are not
 * prefetched: each is a full server render, and a page of them would keep the server busy for nothing.
 */
export function PopularComparisons({ career }: { career: CareerProfile }) {
  const { occupation, related } = career;
  const items = (related?.items ?? []).filter((r) => r.slug !== occupation.slug).slice(0, MAX_LINKS);
  if (!related || items.length === 0) return null;
  return (
    <div className="page-width pb-12">
      <section aria-labelledby="compare-with-heading" className="border-t border-line pt-10">
        <h2 id="compare-with-heading" className="text-2xl font-semibold tracking-tight">
          Compare {occupation.title} with
        </h2>
        <ul className="mt-5 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {items.map((r) => (
            <li key={r.onetCode}>
              <Link
                href={comparePath([occupation.slug, r.slug])}
                prefetch={false}
                className="block h-full rounded-xl border border-line bg-surface p-4 text-ink no-underline shadow-xs hover:border-accent"
              >
                <span className="block text-sm text-ink-muted">{occupation.title} vs</span>
                <span className="block font-semibold text-accent">{r.title}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-3 text-xs text-ink-muted">
          Related occupations from {related.source}.{" "}
          <Link href={`/compare?c=${occupation.slug}`} className="text-accent underline underline-offset-4">
            Build your own comparison
          </Link>
        </p>
      </section>
    </div>
  );
}
