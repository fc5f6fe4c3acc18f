import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "About Careerlens",
  description: "What Careerlens is, where its figures come from, and the rules it keeps: every figure sourced, nothing invented.",
  alternates: { canonical: "/about" },
};

const principles = [
  {
    title: "Every figure has a source",
    body: "Pay, growth, education, skills and demographics come from public statistics (BLS, O*NET, the Census Bureau’s CPS, NCES IPEDS), and each is shown with its publisher and year.",
  },
  {
    title: "Nothing is invented",
    body: "Where a publisher suppresses a figure or only says it is above a limit, the page says so (“not published”, “≥ $239,200”) instead of filling the gap with a guess.",
  },
  {
    title: "Titles as people write them",
    body: "Search understands the job titles on real postings (“Sr. Desktop Support Tech”, “Lead RN”) and leads to the occupation behind them, showing which title matched.",
  },
  {
    title: "Editorial is marked as editorial",
    body: "Anything our editors add is labelled as theirs and cites its source; it never replaces an official figure silently.",
  },
];

/** A plain page with no data: it is prerendered at build time. */
export default function AboutPage() {
  return (
    <div className="page-width space-y-10 py-10 sm:py-14">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">About Careerlens</h1>
        <p className="text-lg text-ink-muted">
          Careerlens shows what a career really looks like: what it pays, where it is growing, what it takes to get in
          and who does the work, for every U.S. occupation, and lets you compare careers side by side.
        </p>
      </header>
      <section aria-labelledby="principles" className="space-y-4">
        <h2 id="principles" className="text-xl font-semibold">
          The rules we keep
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {principles.map((p) => (
            <li key={p.title} className="rounded-xl border border-line bg-surface p-5">
              <h3 className="font-semibold">{p.title}</h3>
              <p className="mt-2 text-ink-muted">{p.body}</p>
            </li>
          ))}
        </ul>
      </section>
      <p>
        <Link href="/about/data" className="font-semibold text-accent underline hover:text-accent-strong">
          Every dataset, its release and licence
        </Link>
      </p>
    </div>
  );
}
