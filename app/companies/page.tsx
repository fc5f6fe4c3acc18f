import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { CompanyCard } from "@/components/companies/company-card";
import { CompanyFilters } from "@/components/companies/company-filters";
import { Pagination } from "@/components/companies/pagination";
import { companiesHref } from "@/components/companies/view-url";
import { SourceNote } from "@/components/careers/parts";
import { getCompanies, parseCompanyView } from "@/lib/data/companies";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const view = parseCompanyView(await searchParams);
  const filtered = Boolean(view.q || view.sector || view.subIndustry || view.state || view.page > 1 || view.sort !== "name");
  return {
    title: view.sector ? `Explore companies: ${view.sector}` : "Explore companies",
    description:
      "Browse the companies of the S&P 500 and every company that posts jobs here by name or ticker, sector, sub-industry and headquarters; sort by rating, reviews or open jobs.",
    alternates: { canonical: companiesHref({ sector: view.sector, subIndustry: view.subIndustry, state: view.state, page: view.page }) },
    robots: filtered && view.q ? { index: false } : undefined,
  };
}

export default async function CompaniesPage({ searchParams }: Props) {
  // Reads the database on every request, so `next build` never opens it.
  await connection();
  const view = parseCompanyView(await searchParams);
  const list = await getCompanies(view);
  const from = (view.page - 1) * view.limit + 1;
  const to = Math.min(list.total, view.page * view.limit);

  return (
    <div className="page-width py-8 sm:py-12">
      <header className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Explore companies</h1>
        <p className="mt-4 text-lg text-ink-muted">
          {list.all.toLocaleString("en-US")} companies: the S&amp;P 500 and every company that posts jobs here. Find one by name or
          ticker, narrow the list by sector, sub-industry and headquarters, or sort by rating, number of reviews or open jobs. See
          also the{" "}
          <Link href="/companies/best" className="font-semibold text-accent underline underline-offset-4">
            best companies
          </Link>
          , ranked by a published method.
        </p>
      </header>

      <div className="mt-8">
        <CompanyFilters list={list} />
      </div>

      <section aria-labelledby="results-heading" className="mt-8">
        <h2 id="results-heading" className="sr-only">
          Companies
        </h2>
        <p role="status" className="text-sm font-semibold">
          {list.total === 0
            ? "No companies match this view."
            : view.page > list.pageCount
              ? `Page ${view.page} is past the end: ${list.total.toLocaleString("en-US")} companies fit on ${list.pageCount} ${list.pageCount === 1 ? "page" : "pages"}.`
              : `${from.toLocaleString("en-US")}–${to.toLocaleString("en-US")} of ${list.total.toLocaleString("en-US")} ${list.total === 1 ? "company" : "companies"}`}
        </p>
        {list.total === 0 || view.page > list.pageCount ? (
          <p className="mt-3 text-ink-muted">
            {list.total === 0 ? "Try another name, or " : ""}
            <Link href={list.total === 0 ? "/companies" : companiesHref(view, { page: 1 })} className="font-semibold text-accent underline underline-offset-4">
              {list.total === 0 ? "clear the filters" : "go to the first page"}
            </Link>
            .
          </p>
        ) : (
          <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {list.items.map((c) => (
              <li key={c.slug}>
                <CompanyCard company={c} />
              </li>
            ))}
          </ul>
        )}
        <Pagination page={view.page} pageCount={list.pageCount} href={(page) => companiesHref(view, { page })} label="Pages of companies" />
      </section>

      <SourceNote className="mt-8">
        {list.source}
        {list.release ? `, ${list.release}` : ""}. Sector and sub-industry follow the Global Industry Classification Standard (GICS).
        Companies known only from their job postings have no published sector or headquarters. Ratings: approved reviews
        by people who signed in, adjusted as explained on the best-companies page; open jobs: postings not yet expired.
      </SourceNote>
    </div>
  );
}
