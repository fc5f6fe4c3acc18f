import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { HomeTopLists, HomeTopListsFallback } from "@/components/explore/home-top-lists";
import { SearchForm } from "@/components/search/search-form";
import { sections } from "@/components/site/sections";
import { SectionCard } from "@/components/ui/coming-soon";

const entryPoints = [
  sections.careers,
  sections.professions,
  sections.compare,
  sections.jobs,
  sections.companies,
  sections.bestCompanies,
];

const sources = [
  { name: "Pay and employment", detail: "BLS Occupational Employment and Wage Statistics, national, state and metro" },
  { name: "Growth and openings", detail: "BLS Employment Projections, ten years ahead" },
  { name: "Skills, tasks and titles", detail: "The O*NET database of the U.S. Department of Labor" },
  { name: "Who does the work", detail: "The Current Population Survey and NCES IPEDS degree data" },
];

/*
 * The home page, served at "/" through a rewrite in next.config.js (to /home/current). It lives under a dynamic
 * segment only so Next renders it on its first visit and caches it, like the career pages: its top lists read
 * the database, and `next build` opens none. See docs/decisions/008-page-cache.md.
 */
const HOME_EDITION = "current"; // the rewrite's destination in next.config.js
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { alternates: { canonical: "/" } };

export default async function HomePage({ params }: { params: Promise<{ edition: string }> }) {
  if ((await params).edition !== HOME_EDITION) notFound();
  return (
    <>
      <section aria-labelledby="hero-heading" className="border-b border-line bg-surface">
        <div className="page-width grid grid-cols-1 gap-10 py-12 sm:py-16 lg:grid-cols-[3fr_2fr] lg:items-center lg:py-20">
          <div>
            <h1 id="hero-heading" className="text-4xl font-semibold tracking-tight sm:text-5xl">
              See what a career really looks like
            </h1>
            <p className="mt-5 max-w-2xl text-lg text-ink-muted sm:text-xl">
              What it pays, where it is growing, what it takes to get in and who does the work, for every U.S.
              occupation. Straight from public statistics, with every figure’s source named.
            </p>
            <div className="mt-8 max-w-2xl">
              <SearchForm
                id="hero-search"
                size="large"
                showLabel
                hint="Search by job title: tens of thousands of titles lead to the occupation behind them."
              />
            </div>
          </div>
          <aside aria-labelledby="sources-heading" className="rounded-2xl border border-line bg-canvas p-6">
            <h2 id="sources-heading" className="font-semibold">
              Where the numbers come from
            </h2>
            <dl className="mt-4 space-y-4 text-sm">
              {sources.map((source) => (
                <div key={source.name}>
                  <dt className="font-medium">{source.name}</dt>
                  <dd className="text-ink-muted">{source.detail}</dd>
                </div>
              ))}
            </dl>
            <p className="mt-5 text-sm">
              <Link href="/about/data" prefetch={false} className="font-medium text-accent underline hover:text-accent-strong">
                About the data
              </Link>
            </p>
          </aside>
        </div>
      </section>

      <section aria-labelledby="top-heading" className="page-width pt-12 sm:pt-16">
        <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
          <h2 id="top-heading" className="text-2xl font-semibold tracking-tight">
            Careers at the top
          </h2>
          <Link href="/careers#top-lists" prefetch={false} className="font-medium text-accent underline hover:text-accent-strong">
            All top lists
          </Link>
        </div>
        <p className="mt-2 max-w-2xl text-ink-muted">The five highest paying, fastest growing and most in-demand careers in the U.S.</p>
        <div className="mt-6">
          <Suspense fallback={<HomeTopListsFallback />}>
            <HomeTopLists />
          </Suspense>
        </div>
      </section>

      <section aria-labelledby="start-heading" className="page-width py-12 sm:py-16">
        <h2 id="start-heading" className="text-2xl font-semibold tracking-tight">
          Where to start
        </h2>
        <p className="mt-2 max-w-2xl text-ink-muted">
          Careerlens is being built in the open. Each section below says what it will hold and fills in as its data is
          loaded.
        </p>
        <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {entryPoints.map((section) => (
            <li key={section.href}>
              <SectionCard section={section} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
