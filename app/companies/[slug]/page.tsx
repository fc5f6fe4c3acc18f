import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { CompanyCard, headquarters } from "@/components/companies/company-card";
import { companiesHref } from "@/components/companies/view-url";
import { SourceNote } from "@/components/careers/parts";
import { getCompany } from "@/lib/data/companies";
import { NOT_PUBLISHED } from "@/lib/format";

type Props = { params: Promise<{ slug: string }> };

// Rendered on its first visit (never at build time: `next build` opens no database), then served from Next's
// page cache to everyone until an edit refreshes it (lib/data/refresh.ts) or, at the latest, a minute passes
// (a re-import by another process). See docs/decisions/008-page-cache.md.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getCompany((await params).slug);
  if (!profile) return { title: "Company not found" };
  const c = profile.company;
  return {
    title: `${c.name}${c.ticker ? ` (${c.ticker})` : ""}: company profile`,
    description: `${c.name}: ${[c.sector, c.subIndustry].filter(Boolean).join(", ")}${headquarters(c) ? `, headquartered in ${headquarters(c)}` : ""}. Facts and peers in its sector.`,
    alternates: { canonical: `/companies/${c.slug}` },
  };
}

export default async function CompanyPage({ params }: Props) {
  const { slug } = await params;
  const profile = await getCompany(slug);
  if (!profile) notFound();
  const { company: c, peers, sectorSize } = profile;
  if (c.slug !== slug) permanentRedirect(`/companies/${c.slug}`);
  const sourceText = `${profile.source}${profile.release ? `, ${profile.release}` : ""}`;

  const facts: { label: string; value: React.ReactNode }[] = [
    { label: "Sector (GICS)", value: c.sector },
    { label: "Sub-industry (GICS)", value: c.subIndustry },
    { label: "Headquarters", value: headquarters(c) },
    { label: "Founded", value: c.founded },
    { label: "Ticker", value: c.ticker ? <span className="font-mono">{c.ticker}</span> : null },
    {
      label: "SEC CIK",
      value: c.cik ? (
        <a
          href={`https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=${encodeURIComponent(c.cik)}`}
          className="font-mono text-accent underline underline-offset-4"
        >
          {c.cik}
          <span className="sr-only"> (SEC EDGAR filings)</span>
        </a>
      ) : null,
    },
  ];

  return (
    <div className="page-width py-8 sm:py-12">
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <ol className="flex flex-wrap items-center gap-2 text-ink-muted">
          <li>
            <Link href="/companies" className="text-accent underline-offset-4 hover:underline">
              Explore companies
            </Link>
          </li>
          <li aria-hidden>/</li>
          <li aria-current="page" className="min-w-0 truncate">
            {c.name}
          </li>
        </ol>
      </nav>
      <header className="max-w-3xl">
        {c.sector ? <p className="text-sm font-semibold text-accent">{c.sector}</p> : null}
        <h1 className="mt-1 text-3xl font-semibold tracking-tight break-words sm:text-4xl">{c.name}</h1>
        {c.ticker ? <p className="mt-2 font-mono text-sm text-ink-muted">{c.ticker}</p> : null}
      </header>

      <div className="mt-8 grid gap-6 lg:grid-cols-3">
        <section aria-labelledby="facts-heading" className="rounded-xl border border-line bg-surface p-5 shadow-xs sm:p-6 lg:col-span-2">
          <h2 id="facts-heading" className="text-xl font-semibold tracking-tight">
            Facts
          </h2>
          <dl className="mt-4 grid gap-x-6 gap-y-4 sm:grid-cols-2">
            {facts.map((f) => (
              <div key={f.label}>
                <dt className="text-sm text-ink-muted">{f.label}</dt>
                <dd className="mt-0.5 font-medium">{f.value ?? <span className="text-ink-muted italic">{NOT_PUBLISHED}</span>}</dd>
              </div>
            ))}
          </dl>
          <SourceNote className="mt-5">{sourceText}.</SourceNote>
        </section>

        <section aria-labelledby="coming-heading" className="rounded-xl border border-line bg-accent-soft p-5 sm:p-6">
          <h2 id="coming-heading" className="text-lg font-semibold text-accent-strong">
            Reviews and open jobs are coming
          </h2>
          <p className="mt-2 text-sm">
            Ratings and reviews from people who work here, this company’s open positions and the careers it hires for will
            appear on this page once accounts and job postings open. Until then we show only published facts: nothing here
            is made up.
          </p>
        </section>
      </div>

      <section aria-labelledby="peers-heading" className="mt-10 border-t border-line pt-8">
        <h2 id="peers-heading" className="text-2xl font-semibold tracking-tight">
          Peers in {c.sector ?? "its sector"}
        </h2>
        {peers.length > 0 ? (
          <>
            <p className="mt-2 text-ink-muted">
              {sectorSize - 1} other {c.sector} {sectorSize - 1 === 1 ? "company is" : "companies are"} in the S&amp;P 500; those
              in the same sub-industry come first.
            </p>
            <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
              {peers.map((p) => (
                <li key={p.slug}>
                  <CompanyCard company={p} />
                </li>
              ))}
            </ul>
            <p className="mt-4">
              <Link href={companiesHref({ sector: c.sector ?? undefined })} className="font-semibold text-accent underline underline-offset-4">
                All {sectorSize} {c.sector} companies
              </Link>
            </p>
          </>
        ) : (
          <p className="mt-2 text-ink-muted italic">No other company in this list shares its sector.</p>
        )}
      </section>
    </div>
  );
}
