import type { Metadata } from "next";
import Link from "next/link";
import { SearchForm } from "@/components/search/search-form";

export const metadata: Metadata = { title: "Profession group not found" };

export default function ProfessionGroupNotFound() {
  return (
    <div className="page-width py-14 sm:py-20">
      <div className="max-w-3xl">
        <p className="font-semibold text-accent">404</p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight sm:text-4xl">We couldn’t find that group</h1>
        <p className="mt-4 text-lg text-ink-muted">
          No occupational group has this address. Search for the job title you have in mind, or pick a group from the list.
        </p>
        <div className="mt-8">
          <SearchForm id="group-not-found-search" size="large" showLabel />
        </div>
        <p className="mt-8">
          <Link href="/professions" className="font-semibold text-accent underline hover:text-accent-strong">
            Explore professions
          </Link>
        </p>
      </div>
    </div>
  );
}
