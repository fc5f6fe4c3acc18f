"use client";

import Link from "next/link";

/** Shown when a page fails unexpectedly. The details stay in the server log; the visitor gets a way forward. */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : undefined;
  return (
    <div className="page-width py-14 sm:py-20">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Something went wrong</h1>
        <p className="mt-4 text-lg text-ink-muted">
          This page could not be shown just now. Trying again often helps; if it does not, the home page will get you
          going again.
        </p>
        <div className="mt-8 flex flex-wrap items-center gap-4">
          <button
            type="button"
            onClick={() => retry()}
            className="inline-flex h-11 items-center rounded-lg bg-accent px-5 font-semibold text-accent-ink hover:bg-accent-strong"
          >
            Try again
          </button>
          <Link href="/" className="font-semibold text-accent underline hover:text-accent-strong">
            Go to the home page
          </Link>
        </div>
        {digest ? <p className="mt-8 text-sm text-ink-muted">If this keeps happening, tell us this reference: <code className="font-mono">{digest}</code></p> : null}
      </div>
    </div>
  );
}
