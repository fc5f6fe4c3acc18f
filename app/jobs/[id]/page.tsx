import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Panel } from "@/components/careers/parts";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { dateText, employmentText, locationText, payText, postedText } from "@/components/jobs/format";
import { JobPostingJsonLd } from "@/components/jobs/job-json-ld";
import { Markdown } from "@/components/jobs/markdown";
import { PayContext } from "@/components/jobs/pay-context";
import { SampleBadge } from "@/components/jobs/sample-badge";
import { getPosting } from "@/lib/data/jobs";
import { configuredOrigin } from "@/lib/site-origin";
import { isExpired } from "@/lib/jobs/posting";

type Props = { params: Promise<{ id: string }> };

// Rendered on its first visit (never at build time: `next build` opens no database), then served from Next's
// page cache to everyone until an edit refreshes it (lib/data/refresh.ts) or, at the latest, a minute passes
// (a re-import by another process). See docs/decisions/008-page-cache.md.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const p = await getPosting(id);
  if (!p) return { title: "Job posting not found" };
  const where = locationText(p.locations);
  return {
    title: `${p.isSample ? "Sample posting: " : ""}${p.title} at ${p.companyName}`,
    description: `${p.title} at ${p.companyName}, ${where}. ${payText(p)}${p.occupation ? `, next to what ${p.occupation.title.toLowerCase()} earn (BLS).` : "."}`,
    alternates: { canonical: `/jobs/${p.id}` },
    // sample and expired postings are not jobs to send searchers to
    robots: p.isSample || isExpired(p) ? { index: false } : undefined,
  };
}

export default async function JobPostingPage({ params }: Props) {
  const { id } = await params;
  const p = await getPosting(id);
  if (!p) notFound();
  const now = new Date();
  const expired = isExpired(p, now);
  const occ = p.occupation;
  return (
    <div className="page-width py-10 sm:py-14">
      <JobPostingJsonLd posting={p} url={`${configuredOrigin() ?? ""}/jobs/${p.id}`} />
      <Breadcrumb trail={[{ href: "/jobs", label: "Explore jobs" }]} current="Job posting" />
      {expired ? (
        <div role="status" className="mt-4 rounded-xl border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50">
          <p className="font-semibold">This posting has expired</p>
          <p className="mt-1 text-sm">It closed on {dateText(p.expiresAt!)} and no longer shows in search. It is kept here so links to it still work.</p>
        </div>
      ) : null}
      <header className="mt-4 max-w-3xl">
        {p.isSample ? (
          <p className="mb-2">
            <SampleBadge />
          </p>
        ) : null}
        <h1 className="text-3xl font-semibold tracking-tight break-words sm:text-4xl">{p.title}</h1>
        <p className="mt-3 text-lg">
          {p.company ? (
            <Link href={`/companies/${p.company.slug}`} className="text-accent underline-offset-4 hover:underline">
              {p.companyName}
            </Link>
          ) : (
            p.companyName
          )}{" "}
          <span className="text-ink-muted">· {locationText(p.locations)}</span>
        </p>
      </header>

      <dl className="mt-6 grid max-w-3xl grid-cols-2 gap-4 rounded-xl border border-line bg-surface p-5 shadow-xs sm:grid-cols-4">
        <div>
          <dt className="text-xs text-ink-muted">Pay</dt>
          <dd className="font-semibold tabular-nums">{payText(p)}</dd>
        </div>
        <div>
          <dt className="text-xs text-ink-muted">Type</dt>
          <dd className="font-semibold">{employmentText(p.employmentType)}</dd>
        </div>
        <div>
          <dt className="text-xs text-ink-muted">Posted</dt>
          <dd className="font-semibold">
            {dateText(p.postedAt)} <span className="font-normal text-ink-muted">({postedText(p.postedAt, now)})</span>
          </dd>
        </div>
        <div>
          <dt className="text-xs text-ink-muted">{expired ? "Closed" : "Open until"}</dt>
          <dd className="font-semibold">{p.expiresAt ? dateText(p.expiresAt) : "not stated"}</dd>
        </div>
      </dl>

      {p.applyUrl && !expired && !p.isSample ? (
        <p className="mt-6">
          <a href={p.applyUrl} rel="nofollow noopener noreferrer" className="inline-block rounded-lg bg-accent px-5 py-2.5 font-semibold text-accent-ink hover:bg-accent-strong">
            Apply on the employer&apos;s site
          </a>
        </p>
      ) : null}

      <div className="mt-10 grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-labelledby="about-heading" className="min-w-0">
          <h2 id="about-heading" className="text-2xl font-semibold tracking-tight">
            About the job
          </h2>
          <div className="mt-4">{p.description ? <Markdown text={p.description} /> : <p className="text-ink-muted italic">The posting has no description.</p>}</div>
          <p className="mt-6 text-xs text-ink-muted">
            Source: {p.isSample ? "generated by Careerlens (sample)" : p.source}
            {p.sourceId ? ` · id ${p.sourceId}` : ""} · updated {dateText(p.updatedAt)}
          </p>
        </section>

        <div className="min-w-0 space-y-6">
          {occ ? (
            <Panel title="The career behind this job">
              <p>
                <Link href={`/careers/${occ.slug}`} className="font-semibold text-accent underline-offset-4 hover:underline">
                  {occ.title}
                </Link>{" "}
                <span className="text-sm text-ink-muted">(SOC {occ.socCode})</span>
              </p>
              <p className="mt-1 text-sm text-ink-muted">
                {p.classifiedBy === "editor"
                  ? "Chosen by an editor."
                  : p.matchedTitle
                    ? `Matched from the title by our title search (as “${p.matchedTitle}”).`
                    : "Matched from the title by our title search."}
              </p>
              {p.related.length ? (
                <>
                  <h4 className="mt-4 text-sm font-semibold">Compare with a related career</h4>
                  <ul className="mt-2 space-y-1 text-sm">
                    {p.related.map((r) => (
                      <li key={r.slug}>
                        <Link href={`/compare/${occ.slug}-vs-${r.slug}`} className="text-accent underline-offset-4 hover:underline">
                          {occ.title} vs {r.title}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <p className="mt-4 text-sm">
                <Link href={`/jobs?career=${occ.slug}`} className="text-accent underline-offset-4 hover:underline">
                  More postings for this career
                </Link>
              </p>
            </Panel>
          ) : (
            <Panel title="The career behind this job">
              <p className="text-sm text-ink-muted italic">Our title search could not tell which occupation this title means, so there are no official figures to compare with.</p>
            </Panel>
          )}
        </div>
      </div>

      {occ ? (
        <section aria-labelledby="pay-heading" className="mt-10 border-t border-line pt-10">
          <h2 id="pay-heading" className="text-2xl font-semibold tracking-tight">
            How the pay compares
          </h2>
          <p className="mt-2 max-w-3xl text-ink-muted">What {occ.title.toLowerCase()} earn according to the Bureau of Labor Statistics, nationally and in the posting&apos;s state, with this posting&apos;s range on the same scale.</p>
          <div className="mt-6 max-w-3xl">
            <PayContext payMin={p.payMin} payMax={p.payMax} payPeriod={p.payPeriod} national={p.pay.national} state={p.pay.state} occupationTitle={occ.title} />
          </div>
        </section>
      ) : null}
      {p.isSample ? (
        <p className="mt-10 text-sm text-ink-muted">
          This sample posting is not a real job. Careerlens generated it from a real company and occupation; its pay range lies within the BLS percentiles shown above.
        </p>
      ) : null}
    </div>
  );
}
