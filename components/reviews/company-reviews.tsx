/**
 * A company's published reviews. On the profile: the newest page and a link to all of them; on
 * /companies/[slug]/reviews: every page, newest or most helpful first, the order and page in the URL.
 */
import Link from "next/link";
import { Pagination } from "@/components/companies/pagination";
import type { companyReviews } from "@/lib/reviews/read";
import { ReviewCard } from "./review-card";
import { ReviewActionsSlot } from "./viewer-slots";

type Page = Awaited<ReturnType<typeof companyReviews>>;

export const reviewsHref = (slug: string, sort: string, page: number) => {
  const p = new URLSearchParams();
  if (sort !== "newest") p.set("order", sort);
  if (page > 1) p.set("page", String(page));
  const qs = p.toString();
  return `/companies/${slug}/reviews${qs ? `?${qs}` : ""}`;
};

export function CompanyReviews({ slug, list, paged = false }: { slug: string; list: Page; paged?: boolean }) {
  if (list.total === 0) return <p className="mt-4 text-ink-muted">No published reviews yet.</p>;
  const tab = "inline-flex min-h-11 items-center rounded-lg px-3 text-sm font-semibold";
  return (
    <div className="mt-4">
      {paged ? (
        <nav aria-label="Order of reviews" className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-ink-muted">Order:</span>
          {(["newest", "helpful"] as const).map((s) => (
            <Link
              key={s}
              href={reviewsHref(slug, s, 1)}
              aria-current={list.sort === s ? "page" : undefined}
              className={`${tab} ${list.sort === s ? "bg-accent-soft text-accent-strong" : "text-accent underline underline-offset-4"}`}
            >
              {s === "newest" ? "Newest first" : "Most helpful first"}
            </Link>
          ))}
        </nav>
      ) : null}
      <p className="mt-3 text-sm font-semibold">
        {list.page > list.pageCount
          ? `Page ${list.page} is past the end.`
          : `${list.total.toLocaleString("en-US")} published ${list.total === 1 ? "review" : "reviews"}${paged ? "" : list.total > list.reviews.length ? `; the ${list.reviews.length} newest` : ""}`}
      </p>
      <ul className="mt-3 space-y-3">
        {list.reviews.map((r) => (
          <li key={r.id}>
            <ReviewCard review={r}>
              <ReviewActionsSlot reviewId={r.id} />
            </ReviewCard>
          </li>
        ))}
      </ul>
      {paged ? (
        <Pagination page={list.page} pageCount={list.pageCount} href={(page) => reviewsHref(slug, list.sort, page)} label="Pages of reviews" />
      ) : (
        <p className="mt-4">
          <Link href={reviewsHref(slug, "newest", 1)} className="font-semibold text-accent underline underline-offset-4">
            All {list.total.toLocaleString("en-US")} reviews, newest or most helpful first
          </Link>
        </p>
      )}
    </div>
  );
}
