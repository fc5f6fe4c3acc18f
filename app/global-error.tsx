"use client";

import Link from "next/link";
import "./globals.css";

/**
 * Shown when the root layout itself fails (error.tsx cannot help then). It brings its own <html> and <body>.
 * The details stay in the server log under the reference shown here.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="bg-canvas text-ink">
        <main className="page-width py-14 sm:py-20">
          <h1 className="text-3xl font-semibold tracking-tight">Something went wrong</h1>
          <p className="mt-4 text-lg text-ink-muted">Careerlens could not show this page just now. Please try again in a moment.</p>
          <div className="mt-8 flex flex-wrap items-center gap-4">
            <button type="button" onClick={() => reset()} className="inline-flex h-11 items-center rounded-lg bg-accent px-5 font-semibold text-accent-ink">
              Try again
            </button>
            <Link href="/" className="font-semibold text-accent underline">
              Go to the home page
            </Link>
          </div>
          {error.digest ? <p className="mt-8 text-sm text-ink-muted">If this keeps happening, tell us this reference: <code className="font-mono">{error.digest}</code></p> : null}
        </main>
      </body>
    </html>
  );
}
