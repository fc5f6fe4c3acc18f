import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { CompanyCard, headquarters } from "@/components/companies/company-card";
import { companiesHref } from "@/components/companies/view-url";
import { SourceNote } from "@/components/careers/parts";
import { CompanyHiringSections } from "@/components/companies/company-hiring";
import { CompanyReviews } from "@/components/reviews/company-reviews";
import { RatingSummary } from "@/components/reviews/rating-summary";
import { ViewerProvider } from "@/components/reviews/use-viewer";
import { OwnReviews } from "@/components/reviews/viewer-slots";
import { getCompany } from "@/lib/data/companies";
import { getCompanyHiring, getCompanyReviews, getRatingSummary } from "@/lib/data/reviews";
import { NOT_PUBLISHED } from "@/lib/format";
import { Breadcrumb } from "@/components/ui/breadcrumb";

type Props = { params: Promise<{ slug: string }> };

// Rendered on its first visit (never at build time: `next build` opens no database), then served from Next's
// page cache to everyone until an edit refreshes it (lib/data/refresh.ts) or, at the latest, a minute passes
// (a re-import by another process). See docs/decisions/008-page-cache.md.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getCompany((await params).slug);
  if (!profile) return { title: "Company not found" };
  const c = profile.company;
  return {
    title: `${c.name}${c.ticker ? ` (${c.ticker})` : ""}: company profile`,
    description: `${c.name}: ${[c.sector, c.subIndustry].filter(Boolean).join(", ")}${headquarters(c) ? `, headquartered in ${headquarters(c)}` : ""}. Ratings and reviews, open jobs, the pay it posts against the market, and peers in its sector.`,
    alternates: { canonical: `/companies/${c.slug}` },
  };
}

/*
 * The page is the same for every visitor (nothing here reads the session), so it can be cached; what the visitor
 * sees of their own reviews and the helpful/report buttons are asked for by the browser (ViewerProvider).
 */
export default async function CompanyPage({ params }: Props) {
  const { slug } = await params;
  const profile = await getCompany(slug);
  if (!profile) notFound();
  const { company: c, peers, sectorSize } = profile;
  if (c.slug !== slug) permanentRedirect(`/companies/${c.slug}`);
  const [summary, reviews, hiring] = await Promise.all([getRatingSummary(profile.id), getCompanyReviews(profile.id, "newest", 1), getCompanyHiring(profile.id)]);
  const listed = c.source === profile.source;
  const sourceText = listed ? `${profile.source}${profile.release ? `, ${profile.release}` : ""}` : `${c.source}: this company is known to the site from its job postings`;

  const facts: { label: string; value: React.ReactNode }[] = [
    { label: "Sector (GICS)", value: c.sector },
    { label: "Sub-industry (GICS)", value: c.subIndustry },
    { label: "Headquarters", value: headquarters(c) },
    { label: "Founded", value: c.founded },
    { label: "Ticker", value: c.ticker ? <span className="font-mono">{c.ticker}</span> : null },
    {
      label: "SEC CIK",
      value: c.cik ? (
        <a
          href={`https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=${encodeURIComponent(c.cik)}`}
          className="font-mono text-accent underline underline-offset-4"
        >
          {c.cik}
          <span className="sr-only"> (SEC EDGAR filings)</span>
        </a>
      ) : null,
    },
  ];

  return (
    <div className="page-width py-8 sm:py-12">
      <Breadcrumb trail={[{ href: "/companies", label: "Explore companies" }]} current={c.name} />
      <header className="max-w-3xl">
        {c.sector ? <p className="text-sm font-semibold text-accent">{c.sector}</p> : null}
        <h1 className="mt-1 text-3xl font-semibold tracking-tight break-words sm:text-4xl">{c.name}</h1>
        {c.ticker ? <p className="mt-2 font-mono text-sm text-ink-muted">{c.ticker}</p> : null}
      </header>

      <div className="mt-8 grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="facts-heading" className="rounded-xl border border-line bg-surface p-5 shadow-xs sm:p-6 lg:col-span-2">
          <h2 id="facts-heading" className="text-xl font-semibold tracking-tight">
            Facts
          </h2>
          <dl className="mt-4 grid gap-x-6 gap-y-4 sm:grid-cols-2">
            {facts.map((f) => (
              <div key={f.label}>
                <dt className="text-sm text-ink-muted">{f.label}</dt>
                <dd className="mt-0.5 font-medium">{f.value ?? <span className="text-ink-muted italic">{NOT_PUBLISHED}</span>}</dd>
              </div>
            ))}
          </dl>
          <SourceNote className="mt-5">{sourceText}.</SourceNote>
        </section>

        <section aria-labelledby="rating-glance" className="rounded-xl border border-line bg-accent-soft p-5 sm:p-6">
          <h2 id="rating-glance" className="text-lg font-semibold text-accent-strong">
            At a glance
          </h2>
          <dl className="mt-2 space-y-1 text-sm">
            <div className="flex justify-between gap-3">
              <dt>Adjusted rating</dt>
              <dd className="font-semibold tabular-nums">{summary.adjusted === null ? "no reviews yet" : `${summary.adjusted.toFixed(2)} / 5`}</dd>
            </div>
            <div className="flex justify-between gap-3">
              <dt>Published reviews</dt>
              <dd className="font-semibold tabular-nums">{summary.count.toLocaleString("en-US")}</dd>
            </div>
            <div className="flex justify-between gap-3">
              <dt>Open jobs</dt>
              <dd className="font-semibold tabular-nums">{hiring.openJobs.toLocaleString("en-US")}</dd>
            </div>
          </dl>
          <p className="mt-3 text-sm">
            <a href="#reviews-heading" className="font-semibold text-accent underline underline-offset-4">
              Read the reviews
            </a>
          </p>
        </section>
      </div>

      <ViewerProvider slug={c.slug} ids={reviews.reviews.map((r) => r.id)}>
      <section aria-labelledby="ratings-heading" className="mt-10 border-t border-line pt-8">
        <h2 id="ratings-heading" className="text-2xl font-semibold tracking-tight">
          Ratings
        </h2>
        <div className="mt-4">
          <RatingSummary summary={summary} />
        </div>
        <OwnReviews company={{ slug: c.slug, name: c.name }} />
      </section>

      <section aria-labelledby="reviews-heading" className="mt-10 border-t border-line pt-8">
        <h2 id="reviews-heading" className="text-2xl font-semibold tracking-tight">
          Reviews
        </h2>
        <p className="mt-2 max-w-3xl text-sm text-ink-muted">
          Written by people with an account here and published after an editor checked them. Reviews marked “Sample review” come
          with a new install to show how the site works; they are not real opinions.
        </p>
        <CompanyReviews slug={c.slug} list={reviews} />
      </section>
      </ViewerProvider>

      <CompanyHiringSections hiring={hiring} company={{ slug: c.slug, name: c.name }} now={new Date()} />

      <section aria-labelledby="peers-heading" className="mt-10 border-t border-line pt-8">
        <h2 id="peers-heading" className="text-2xl font-semibold tracking-tight">
          Peers in {c.sector ?? "its sector"}
        </h2>
        {peers.length > 0 ? (
          <>
            <p className="mt-2 text-ink-muted">
              {sectorSize - 1} other {c.sector} {sectorSize - 1 === 1 ? "company is" : "companies are"} in the S&amp;P 500; those
              in the same sub-industry come first.
            </p>
            <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {peers.map((p) => (
                <li key={p.slug}>
                  <CompanyCard company={p} />
                </li>
              ))}
            </ul>
            <p className="mt-4">
              <Link href={companiesHref({ sector: c.sector ?? undefined })} className="font-semibold text-accent underline underline-offset-4">
                All {sectorSize} {c.sector} companies
              </Link>
            </p>
          </>
        ) : (
          <p className="mt-2 text-ink-muted italic">No other company in this list shares its sector.</p>
        )}
      </section>
    </div>
  );
}
