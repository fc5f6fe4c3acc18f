/** A company's published reviews, a page at a time, newest or most helpful first; the order lives in the URL. */
import Link from "next/link";
import { Suspense } from "react";
import { Pagination } from "@/components/companies/pagination";
import type { companyReviews } from "@/lib/reviews/read";
import { ReviewCard } from "./review-card";
import { ReviewActionsSlot } from "./viewer-slots";

type Page = Awaited<ReturnType<typeof companyReviews>>;

export const reviewsHref = (slug: string, sort: string, page: number) => {
  const p = new URLSearchParams();
  if (sort !== "newest") p.set("order", sort);
  if (page > 1) p.set("reviews", String(page));
  const qs = p.toString();
  return `/companies/${slug}${qs ? `?${qs}` : ""}#reviews-heading`;
};

export function CompanyReviews({ slug, list }: { slug: string; list: Page }) {
  if (list.total === 0) return <p className="mt-4 text-ink-muted">No published reviews yet.</p>;
  const tab = "rounded-lg px-3 py-2 text-sm font-semibold";
  return (
    <div className="mt-4">
      <nav aria-label="Order of reviews" className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-ink-muted">Order:</span>
        {(["newest", "helpful"] as const).map((s) => (
          <Link
            key={s}
            href={reviewsHref(slug, s, 1)}
            aria-current={list.sort === s ? "true" : undefined}
            className={`${tab} ${list.sort === s ? "bg-accent-soft text-accent-strong" : "text-accent underline underline-offset-4"}`}
          >
            {s === "newest" ? "Newest first" : "Most helpful first"}
          </Link>
        ))}
      </nav>
      <p className="mt-3 text-sm font-semibold" role="status">
        {list.page > list.pageCount ? `Page ${list.page} is past the end.` : `${list.total.toLocaleString("en-US")} published ${list.total === 1 ? "review" : "reviews"}`}
      </p>
      <ul className="mt-3 space-y-3">
        {list.reviews.map((r) => (
          <li key={r.id}>
            <ReviewCard review={r}>
              <Suspense fallback={null}>
                <ReviewActionsSlot reviewId={r.id} />
              </Suspense>
            </ReviewCard>
          </li>
        ))}
      </ul>
      <Pagination page={list.page} pageCount={list.pageCount} href={(page) => reviewsHref(slug, list.sort, page)} label="Pages of reviews" />
    </div>
  );
}
