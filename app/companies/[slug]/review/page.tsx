import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReviewForm } from "@/components/reviews/review-form";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { submitReviewAction } from "@/lib/actions/reviews";
import { currentUser } from "@/lib/auth/session";
import { getCompany } from "@/lib/data/companies";
import { Breadcrumb } from "@/components/ui/breadcrumb";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getCompany((await params).slug);
  return {
    title: profile ? `Review ${profile.company.name}` : "Company not found",
    robots: { index: false },
  };
}

/** The review form for one company; signed-out visitors are asked to sign in and come back here. */
export default async function WriteReviewPage({ params }: Props) {
  // reads the session first: the page is per visitor and rendered on request
  const user = await currentUser();
  const { slug } = await params;
  const profile = await getCompany(slug);
  if (!profile) notFound();
  const c = profile.company;
  if (!user) {
    return (
      <SignedOutNotice
        title={`Review ${c.name}`}
        text="Reviews are written by people with an account, so each person reviews a company at most once a year. Sign in or create an account, and you will come back to this form."
        returnTo={`/companies/${c.slug}/review`}
      />
    );
  }
  return (
    <div className="page-width py-8 sm:py-12">
      <Breadcrumb trail={[{ href: "/companies", label: "Explore companies" }, { href: `/companies/${c.slug}`, label: c.name }]} current="Write a review" />
      <header className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight break-words sm:text-4xl">Review {c.name}</h1>
        <p className="mt-3 text-ink-muted">
          Rate the company from 1 (very poor) to 5 (excellent) overall and on five topics, and say what is good and what could be
          better. Signed in as {user.name}; your name and email are never shown with the review.
        </p>
      </header>
      <div className="mt-8 max-w-3xl rounded-xl border border-line bg-surface p-5 shadow-xs sm:p-6">
        <ReviewForm action={submitReviewAction} company={{ slug: c.slug, name: c.name }} />
      </div>
    </div>
  );
}
