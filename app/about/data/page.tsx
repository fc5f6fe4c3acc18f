import type { Metadata } from "next";
import { connection } from "next/server";
import { getProvenance } from "@/lib/data/provenance";

export const metadata: Metadata = {
  title: "About the data",
  description: "Every dataset behind Careerlens: publisher, release, licence, what it feeds, and what is missing and why.",
};

const number = new Intl.NumberFormat("en-US");
const date = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function AboutDataPage() {
  // Reads the database on every request, so `next build` never opens it.
  await connection();
  const { datasets, notObtained, fromBundle } = await getProvenance();
  return (
    <div className="page-width space-y-10 py-10 sm:py-14">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">About the data</h1>
        <p className="text-ink-muted">
          Every figure on Careerlens comes from a public dataset listed here, and is shown with its source and year. A
          figure the publisher suppressed or top-coded is shown as such (“not published”, “≥ $239,200”), never replaced
          by a guess.
        </p>
        {fromBundle ? (
          <p className="rounded-md border border-line bg-subtle p-3 text-sm">
            This site runs from the compact snapshot of the data: the figures are complete, but occupation descriptions,
            group definitions and task statements are not included. Summaries are written from the figures instead.
          </p>
        ) : null}
      </header>

      <section aria-labelledby="datasets" className="space-y-4">
        <h2 id="datasets" className="text-xl font-semibold">
          Datasets
        </h2>
        {datasets.length === 0 ? (
          <p className="text-ink-muted">No data has been loaded yet.</p>
        ) : (
          <ul className="grid gap-4 lg:grid-cols-2">
            {datasets.map((d) => (
              <li key={d.key} className="rounded-lg border border-line bg-surface p-5">
                <article aria-labelledby={`ds-${d.key}`} className="space-y-3">
                  <h3 id={`ds-${d.key}`} className="font-semibold">
                    {d.name}
                  </h3>
                  <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1.5 text-sm">
                    <dt className="text-ink-muted">Publisher</dt>
                    <dd>{d.publisher}</dd>
                    <dt className="text-ink-muted">Release</dt>
                    <dd>{d.release}</dd>
                    <dt className="text-ink-muted">Licence</dt>
                    <dd>{d.licence}</dd>
                    <dt className="text-ink-muted">Feeds</dt>
                    <dd>{d.feeds}</dd>
                    <dt className="text-ink-muted">Rows loaded</dt>
                    <dd>
                      {number.format(d.rows)} <span className="text-ink-muted">({d.loadedFrom}, {date.format(d.importedAt)})</span>
                    </dd>
                    <dt className="text-ink-muted">Our copy</dt>
                    <dd>{d.origin}</dd>
                  </dl>
                  {d.notes ? <p className="text-sm text-ink-muted">{d.notes}</p> : null}
                </article>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="missing" className="max-w-3xl space-y-4">
        <h2 id="missing" className="text-xl font-semibold">
          What is missing, and why
        </h2>
        <ul className="space-y-3">
          {notObtained.map((m) => (
            <li key={m.what}>
              <p className="font-medium">{m.what}</p>
              <p className="text-sm text-ink-muted">{m.why}</p>
            </li>
          ))}
        </ul>
        <p className="text-sm text-ink-muted">
          The files could not be downloaded from bls.gov or onetcenter.org directly. Each dataset was copied unchanged
          from a public repository: most are the agencies’ own files, a few are compact derivatives built from them
          (named under “Our copy”, with their limits in the notes).
        </p>
      </section>

      <section aria-labelledby="attribution" className="max-w-3xl space-y-2 text-sm text-ink-muted">
        <h2 id="attribution" className="text-base font-semibold text-ink">
          Attribution
        </h2>
        <p>
          This site incorporates information from the O*NET 29.0 and O*NET 30.1 Databases by the U.S. Department of Labor,
          Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of
          USDOL/ETA. The S&amp;P 500 company list is from the Open Knowledge Foundation’s datahub.io dataset, under the
          ODC Public Domain Dedication and License. BLS, SOC and NCES data are works of the U.S. government in the public
          domain.
        </p>
      </section>
    </div>
  );
}
