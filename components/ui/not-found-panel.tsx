import Link from "next/link";
import { SearchForm } from "@/components/search/search-form";

/** The body of a 404 page: what was not found, a job-title search box, and a way on. */
export function NotFoundPanel({ heading, message, searchId, link }: { heading: string; message: string; searchId: string; link: { href: string; label: string } }) {
  return (
    <div className="page-width py-14 sm:py-20">
      <div className="max-w-3xl">
        <p className="font-semibold text-accent">404</p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight sm:text-4xl">{heading}</h1>
        <p className="mt-4 text-lg text-ink-muted">{message}</p>
        <div className="mt-8">
          <SearchForm id={searchId} size="large" showLabel />
        </div>
        <p className="mt-8">
          <Link href={link.href} className="font-semibold text-accent underline hover:text-accent-strong">
            {link.label}
          </Link>
        </p>
      </div>
    </div>
  );
}
