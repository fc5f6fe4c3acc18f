import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CompanyReviews } from "@/components/reviews/company-reviews";
import { ViewerProvider } from "@/components/reviews/use-viewer";
import { getCompany } from "@/lib/data/companies";
import { getCompanyReviews } from "@/lib/data/reviews";
import { REVIEW_SORTS, type ReviewSort } from "@/lib/reviews/read";
import { Breadcrumb } from "@/components/ui/breadcrumb";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const profile = await getCompany((await params).slug);
  if (!profile) return { title: "Company not found" };
  return { title: `Reviews of ${profile.company.name}`, alternates: { canonical: `/companies/${profile.company.slug}/reviews` } };
}

/** Every published review of one company, a page at a time, newest or most helpful first. */
export default async function CompanyReviewsPage({ params, searchParams }: Props) {
  // reads the database on each request (the order and page come from the URL), never at build
  await connection();
  const profile = await getCompany((await params).slug);
  if (!profile) notFound();
  const c = profile.company;
  const query = await searchParams;
  const order = one(query.order);
  const sort: ReviewSort = REVIEW_SORTS.includes(order as ReviewSort) ? (order as ReviewSort) : "newest";
  const n = Number(one(query.page));
  const page = Number.isInteger(n) && n >= 1 ? Math.min(n, 10_000) : 1;
  const list = await getCompanyReviews(profile.id, sort, page);
  return (
    <div className="page-width py-8 sm:py-12">
      <Breadcrumb trail={[{ href: "/companies", label: "Explore companies" }, { href: `/companies/${c.slug}`, label: c.name }]} current="Reviews" />
      <h1 className="text-3xl font-semibold tracking-tight break-words sm:text-4xl">Reviews of {c.name}</h1>
      <p className="mt-3 max-w-3xl text-ink-muted">
        Written by people with an account here and published after an editor checked them. Reviews marked “Sample review” come with a new install.
      </p>
      <ViewerProvider slug={c.slug} ids={list.reviews.map((r) => r.id)}>
        <CompanyReviews slug={c.slug} list={list} paged />
      </ViewerProvider>
    </div>
  );
}
