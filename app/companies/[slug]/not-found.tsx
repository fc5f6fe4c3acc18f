import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/search/search-form";

export const metadata: Metadata = { title: "Company not found" };

export default function CompanyNotFound() {
  return (
    <div className="page-width py-14 sm:py-20">
      <div className="max-w-3xl">
        <p className="font-semibold text-accent">404</p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight sm:text-4xl">We couldn’t find that company</h1>
        <p className="mt-4 text-lg text-ink-muted">
          No company has this address. Look it up by name or ticker in the company list, or search for a job title.
        </p>
        <div className="mt-8">
          <SearchForm id="company-not-found-search" size="large" showLabel />
        </div>
        <p className="mt-8">
          <Link href="/companies" className="font-semibold text-accent underline hover:text-accent-strong">
            Explore companies
          </Link>
        </p>
      </div>
    </div>
  );
}
