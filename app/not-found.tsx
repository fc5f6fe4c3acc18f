import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/search/search-form";

export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="page-width py-14 sm:py-20">
      <div className="max-w-3xl">
        <p className="font-semibold text-accent">404</p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight sm:text-4xl">We couldn’t find that page</h1>
        <p className="mt-4 text-lg text-ink-muted">
          The address may be mistyped, or the page may have moved. Try a job title, or start again from the home page.
        </p>
        <div className="mt-8">
          <SearchForm id="not-found-search" size="large" showLabel />
        </div>
        <p className="mt-8">
          <Link href="/" className="font-semibold text-accent underline hover:text-accent-strong">
            Go to the home page
          </Link>
        </p>
      </div>
    </div>
  );
}
