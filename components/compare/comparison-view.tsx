import Link from "next/link";
import { Missing, ProfileSection, SourceNote } from "@/components/careers/parts";
import { StateTileMap } from "@/components/charts/state-tile-map";
import type { Comparison } from "@/lib/compare/build";
import { NOT_IN_PUBLIC_DATA } from "@/lib/compare/figures";
import { comparePath } from "@/lib/compare/slugs";
import { formatMoneyShort, formatWage } from "@/lib/format";
import { BasedOn } from "@/components/careers/editorial";
import { CareerDescriptions } from "./career-descriptions";
import { FigureTable } from "./figure-table";
import { GrowthChart } from "./growth-chart";
import { PayRangeChart } from "./pay-range-chart";
import { CopyLinkButton, PrintButton } from "./share-actions";
import { SaveComparisonButton } from "@/components/saved/save-comparison-button";
import { StatePayTable } from "./state-pay-table";
import "./compare.css";
import "./print.css";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export function ComparisonView({ comparison }: { comparison: Comparison }) {
  const { careers, groups } = comparison;
  const slugs = careers.map((c) => c.resolution.slug);
  const path = comparePath(slugs);
  const names = careers.map((c) => c.resolution.name);
  const pays = careers.map((c) => c.profile.pay);
  const payYear = pays.find(Boolean);
  const projections = careers.map((c) => c.profile.projection);
  const projection = projections.find(Boolean);
  const stateMedians = careers.flatMap((c) => c.profile.states?.ranked.map((s) => s.median.value).filter((v): v is number => v != null) ?? []);
  const stateDomain: [number, number] | undefined = stateMedians.length ? [Math.min(...stateMedians), Math.max(...stateMedians)] : undefined;
  const stateColumns = careers.flatMap((c, i) => (c.profile.states ? [{ name: names[i], states: c.profile.states }] : []));
  const builderHref = `/compare?${slugs.map((s) => `c=${encodeURIComponent(s)}`).join("&")}`;

  return (
    <div className="page-width py-8 sm:py-12">
      <Breadcrumb trail={[{ href: "/compare", label: "Compare careers" }]} current={comparison.title} printable={false} />

      <header className="max-w-4xl">
        <p className="text-sm font-semibold text-accent">Career comparison</p>
        <h1 className="mt-1 text-3xl font-semibold tracking-tight break-words sm:text-4xl">{comparison.title}</h1>
        <ul aria-label="What each name maps to" className="mt-4 space-y-1.5 text-sm">
          {careers.map((c, i) => {
            const occupation = c.profile.occupation;
            const link = (
              <Link href={`/careers/${occupation.slug}`} className="text-accent underline underline-offset-4">
                {occupation.title}
              </Link>
            );
            const code = (
              <>
                (O*NET-SOC <span className="font-mono">{occupation.onetCode}</span>)
              </>
            );
            return (
              <li key={`${c.resolution.slug}-${i}`} className="text-ink-muted">
                {c.resolution.via === "occupation" ? (
                  <>
                    {link} {code}: the occupation of that name.
                  </>
                ) : c.profile.role ? (
                  <>
                    <Link href={`/careers/${c.profile.role.slug}`} className="font-semibold text-ink underline underline-offset-4">
                      {c.resolution.name}
                    </Link>
                    : a curated role, <BasedOn career={c.profile} />.
                  </>
                ) : (
                  <>
                    <span className="font-semibold text-ink">{c.resolution.name}</span> maps to {link} {code}
                    {c.resolution.matchedTitle ? <>, through the job title “{c.resolution.matchedTitle}”</> : null}.
                  </>
                )}
              </li>
            );
          })}
        </ul>
        {comparison.someSame ? (
          <p className="mt-4 rounded-lg border border-line-strong bg-subtle p-3 text-sm" role="note">
            {comparison.allSame ? "Every name here maps to the same occupation" : "Some names here map to the same occupation"}, so
            their columns show the same figures. {comparison.allSame ? (
              <>
                See the{" "}
                <Link href={`/careers/${careers[0].profile.occupation.slug}`} className="text-accent underline underline-offset-4">
                  {careers[0].profile.occupation.title} career page
                </Link>{" "}
                or{" "}
              </>
            ) : null}
            <Link href={builderHref} className="text-accent underline underline-offset-4">
              choose different careers
            </Link>
            .
          </p>
        ) : null}
      </header>

      <CareerDescriptions careers={careers} names={names} />

      <div className="mt-6 flex flex-wrap items-center gap-2" data-print="hide" aria-label="Share and save" role="group">
        <SaveComparisonButton slugs={slugs} title={names.join(" vs ")} />
        <a href={`/api/v1/compare?slugs=${slugs.join(",")}&format=csv`} download className="cmp-button">
          Download CSV
        </a>
        <PrintButton className="cmp-button" />
        <Link href={builderHref} className="cmp-button">
          Change careers
        </Link>
        <CopyLinkButton path={path} className="cmp-button" />
      </div>

      <nav aria-label="On this page" className="mt-8" data-print="hide">
        <ul className="cmp-chips flex flex-wrap gap-2 text-sm">
          {[
            ["summary", "In plain words"],
            ["charts", "Pay and growth"],
            ["figures", "Every figure"],
            ["states", "Pay by state"],
            ["not-public", "Not in public data"],
          ].map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="mt-10 space-y-12">
        <ProfileSection id="summary" title="In plain words">
          <div className="max-w-3xl space-y-3 rounded-xl bg-accent-soft p-5 text-base">
            {comparison.summary.map((s) => (
              <p key={s}>{s}</p>
            ))}
            <p className="text-xs text-ink-muted">Written by Careerlens from the figures on this page.</p>
          </div>
        </ProfileSection>

        <ProfileSection id="charts" title="Pay and growth">
          <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
            <div className="min-w-0">
              <h3 className="text-base font-semibold">Yearly pay, from the 10th to the 90th percentile</h3>
              <div className="mt-4">
                <PayRangeChart
                  title={`Yearly pay percentiles${payYear ? `, ${payYear.period}` : ""}`}
                  ranges={careers.map((c, i) => ({
                    name: names[i],
                    p10: c.profile.pay?.annual.p10 ?? { value: null },
                    p25: c.profile.pay?.annual.p25 ?? { value: null },
                    median: c.profile.pay?.annual.median ?? { value: null },
                    p75: c.profile.pay?.annual.p75 ?? { value: null },
                    p90: c.profile.pay?.annual.p90 ?? { value: null },
                  }))}
                />
              </div>
              {payYear ? <SourceNote className="mt-3">{payYear.source}, {payYear.period} (national, all industries)</SourceNote> : <Missing>BLS publishes no pay for these careers.</Missing>}
            </div>
            <div className="min-w-0">
              <h3 className="text-base font-semibold">Projected change in jobs</h3>
              <div className="mt-4">
                <GrowthChart
                  caption="Projected change in employment over ten years"
                  rows={careers.map((c, i) => ({
                    name: names[i],
                    value: c.profile.projection?.changePercent ?? null,
                    period: c.profile.projection ? `${c.profile.projection.baseYear}–${c.profile.projection.targetYear}` : null,
                  }))}
                />
              </div>
              {projection ? (
                <SourceNote className="mt-3">
                  {projection.source}, {projection.baseYear}–{projection.targetYear}
                </SourceNote>
              ) : (
                <Missing>BLS projects no employment for these careers.</Missing>
              )}
            </div>
          </div>
        </ProfileSection>

        <ProfileSection
          id="figures"
          title="Every figure side by side"
          intro="Grouped as people read them. Each row names its source and year; “not published” means the publisher withheld or did not collect the figure."
        >
          <FigureTable names={names} groups={groups} />
        </ProfileSection>

        <ProfileSection
          id="states"
          title="Pay by state"
          intro="Median yearly pay in each state, every map on the same scale: the stronger the colour, the higher the pay."
        >
          <div className="grid gap-8 md:grid-cols-2">
            {careers.map((c, i) => {
              const states = c.profile.states;
              return (
                <div key={`${c.resolution.slug}-${i}`} className="min-w-0">
                  <h3 className="text-base font-semibold">{names[i]}</h3>
                  {states ? (
                    <>
                      <div className="mt-3">
                        <StateTileMap
                          title={`${names[i]}: median yearly pay by state, ${states.period}`}
                          values={states.ranked.map((s) => ({ fips: s.code, value: s.median.topCoded ? null : s.median.value, display: formatWage(s.median) }))}
                          legendFormat={formatMoneyShort}
                          domain={stateDomain}
                        />
                      </div>
                      <SourceNote className="mt-3">{states.source}, {states.period}</SourceNote>
                    </>
                  ) : (
                    <Missing>BLS publishes no state pay for this occupation.</Missing>
                  )}
                </div>
              );
            })}
          </div>
          {stateColumns.length ? <StatePayTable columns={stateColumns} /> : null}
        </ProfileSection>

        <ProfileSection
          id="not-public"
          title="Not in public data yet"
          intro="Figures people often ask for that no public source gives. We leave them out rather than guess."
        >
          <dl className="grid max-w-4xl gap-4 sm:grid-cols-2">
            {NOT_IN_PUBLIC_DATA.map((item) => (
              <div key={item.label} className="rounded-xl border border-line bg-surface p-4">
                <dt className="font-semibold">{item.label}</dt>
                <dd className="mt-1 text-sm text-ink-muted">{item.reason}</dd>
              </div>
            ))}
          </dl>
        </ProfileSection>
      </div>
    </div>
  );
}
