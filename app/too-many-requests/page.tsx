import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Too many searches", robots: { index: false, follow: false } };

/**
 * What proxy.ts shows (status 429, with Retry-After) when an address or account searches faster than a person
 * would (LIMITS.searchIp / searchAccount). Static: the wait is in the Retry-After header, the windows are minutes.
 */
export default function TooManyRequests() {
  return (
    <div className="page-width py-14 sm:py-20">
      <div className="max-w-3xl">
        <p className="font-semibold text-accent">429</p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight sm:text-4xl">Too many searches in a short time</h1>
        <p className="mt-4 text-lg text-ink-muted">
          To keep Careerlens quick for everyone, each address and account can search a limited number of times every few
          minutes, far more than a person types. Please wait a few minutes, then try your search again.
        </p>
        <p className="mt-8">
          <Link href="/careers" className="font-semibold text-accent underline hover:text-accent-strong">
            Browse careers without searching
          </Link>
        </p>
      </div>
    </div>
  );
}
