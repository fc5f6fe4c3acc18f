/**
 * A company's hiring, from its postings: open jobs, the careers it hires for, and the pay it posts against the
 * BLS national percentiles of each career (source and year on every row).
 */
import Link from "next/link";
import { PostingCard } from "@/components/jobs/posting-card";
import { SourceNote } from "@/components/careers/parts";
import { formatMoney, NOT_PUBLISHED } from "@/lib/format";
import type { CompanyHiring, MarketPay } from "@/lib/jobs/company-hiring";

const KEYS = ["p10", "p25", "median", "p75", "p90"] as const;
const FIELD = { p10: "annualP10", p25: "annualP25", median: "annualMedian", p75: "annualP75", p90: "annualP90" } as const;

function marketCell(m: MarketPay["market"], k: (typeof KEYS)[number]) {
  if (!m) return NOT_PUBLISHED;
  if (m.topCoded.includes(FIELD[k])) return formatMoney(null, { topCoded: true });
  return formatMoney(m[k]);
}

/** Where the posted range sits against the market, in words. */
function position(p: MarketPay): string {
  const median = p.market?.median;
  if (median == null) return "no BLS median to compare with";
  const mid = (p.postedMin + p.postedMax) / 2;
  const pct = Math.round(((mid - median) / median) * 100);
  if (Math.abs(pct) < 3) return "midpoint at the national median";
  return `midpoint ${Math.abs(pct)} % ${pct > 0 ? "above" : "below"} the national median`;
}

export function CompanyHiringSections({ hiring, company, now }: { hiring: CompanyHiring; company: { slug: string; name: string }; now: Date }) {
  const years = [...new Set(hiring.pay.map((p) => p.year).filter((y): y is number => y !== null))].sort();
  const sources = [...new Set(hiring.pay.map((p) => p.source).filter(Boolean))];
  return (
    <>
      <section aria-labelledby="jobs-heading" className="mt-10 border-t border-line pt-8">
        <h2 id="jobs-heading" className="text-2xl font-semibold tracking-tight">
          Open jobs
        </h2>
        {hiring.openJobs === 0 ? (
          <p className="mt-2 text-ink-muted">No open postings from {company.name} right now.</p>
        ) : (
          <>
            <p className="mt-2 text-ink-muted">
              {hiring.openJobs.toLocaleString("en-US")} open {hiring.openJobs === 1 ? "posting" : "postings"}; the newest first.
            </p>
            <ul className="mt-4 grid gap-3 md:grid-cols-2">
              {hiring.jobs.map((p) => (
                <li key={p.id}>
                  <PostingCard posting={p} now={now} />
                </li>
              ))}
            </ul>
            <p className="mt-4">
              <Link href={`/jobs?company=${company.slug}`} className="font-semibold text-accent underline underline-offset-4">
                {hiring.openJobs === 1 ? `This job in the job search` : `All ${hiring.openJobs.toLocaleString("en-US")} jobs at ${company.name}`}
              </Link>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="careers-heading" className="mt-10 border-t border-line pt-8">
        <h2 id="careers-heading" className="text-2xl font-semibold tracking-tight">
          Careers it hires for
        </h2>
        {hiring.careers.length === 0 ? (
          <p className="mt-2 text-ink-muted">None of its open postings is classified to a career yet.</p>
        ) : (
          <>
            <p className="mt-2 text-ink-muted">The occupations its open postings map to, by number of postings.</p>
            <ul className="mt-4 flex flex-wrap gap-2">
              {hiring.careers.map((c) => (
                <li key={c.onetCode}>
                  <Link href={`/careers/${c.slug}`} className="inline-flex min-h-11 items-center gap-2 rounded-full border border-line bg-surface px-3 text-sm hover:border-accent">
                    <span className="font-semibold text-accent">{c.title}</span>
                    <span className="text-ink-muted tabular-nums">
                      {c.postings} {c.postings === 1 ? "posting" : "postings"}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="pay-heading" className="mt-10 border-t border-line pt-8">
        <h2 id="pay-heading" className="text-2xl font-semibold tracking-tight">
          Pay it posts against the market
        </h2>
        {hiring.pay.length === 0 ? (
          <p className="mt-2 text-ink-muted">None of its open postings states pay for a classified career, so there is nothing to compare.</p>
        ) : (
          <>
            <p className="mt-2 max-w-3xl text-ink-muted">
              The lowest and highest yearly pay across its open postings for each career, beside the national pay percentiles for that
              occupation. Hourly pay is counted as 2,080 hours a year.
            </p>
            <div className="mt-4 overflow-x-auto rounded-xl border border-line" tabIndex={0} role="region" aria-label="Posted pay against national pay percentiles">
              <table className="w-full min-w-[44rem] text-sm">
                <caption className="sr-only">Posted pay by career against BLS national percentiles</caption>
                <thead className="bg-subtle text-left">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      Career
                    </th>
                    <th scope="col" className="px-3 py-2">
                      Posted range
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      10th
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      25th
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      Median
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      75th
                    </th>
                    <th scope="col" className="px-3 py-2 text-right">
                      90th
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {hiring.pay.map((p) => (
                    <tr key={p.onetCode} className="border-t border-line align-top">
                      <th scope="row" className="px-3 py-2 text-left font-medium">
                        <Link href={`/careers/${p.slug}`} className="text-accent underline-offset-4 hover:underline">
                          {p.title}
                        </Link>
                        <span className="block text-xs font-normal text-ink-muted">
                          {p.postings} {p.postings === 1 ? "posting" : "postings"}; {position(p)}
                          {p.year ? ` (${p.source}, May ${p.year})` : ""}
                        </span>
                      </th>
                      <td className="px-3 py-2 font-semibold whitespace-nowrap tabular-nums">
                        {p.postedMin === p.postedMax ? formatMoney(p.postedMin) : `${formatMoney(p.postedMin)} – ${formatMoney(p.postedMax)}`}
                      </td>
                      {KEYS.map((k) => (
                        <td key={k} className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                          {marketCell(p.market, k)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <SourceNote className="mt-3">
              Posted pay: this company’s job postings on this site. Percentiles: {sources.join(", ") || "BLS OEWS"}, national, annual
              {years.length ? `, May ${years.join(", ")}` : ""}.
            </SourceNote>
          </>
        )}
      </section>
    </>
  );
}
