import Link from "next/link";
import { careerName, careerPath, type CareerProfile, type Wage } from "@/lib/data/careers";
import { BarList, type Bar } from "@/components/charts/bar-list";
import { TrendChart } from "@/components/charts/trend-chart";
import {
  formatCount,
  formatCountCompact,
  formatHourlyWage,
  formatMoneyShort,
  formatPercent,
  formatWage,
  formatYears,
  NOT_PUBLISHED,
  TOP_CODE_ANNUAL,
  TOP_CODE_HOURLY,
} from "@/lib/format";
import { BrightOutlookBadge } from "@/components/explore/bright-outlook-badge";
import { brightOutlookReason, brightOutlookRule } from "@/lib/data/outlook";
import { BasedOn, CareerDescription, EditorialFigures } from "./editorial";
import { Missing, Panel, ProfileSection, SourceNote } from "./parts";
import { formatHourlyTick, IndustryPayPanel, medianPayText, MetroPayPanel, TopStatesPanel } from "./pay-by-area";
import { Breadcrumb } from "@/components/ui/breadcrumb";

const TOC = [
  { id: "what-they-do", label: "What they do" },
  { id: "pay", label: "Pay" },
  { id: "outlook", label: "Outlook" },
  { id: "education", label: "How to get in" },
  { id: "skills", label: "Skills" },
  { id: "who", label: "Who does it" },
  { id: "related", label: "Related careers" },
];

export function CareerProfileView({ career }: { career: CareerProfile }) {
  const { occupation, role } = career;
  const name = careerName(career);
  return (
    <div className="page-width py-8 sm:py-12">
      <Breadcrumb trail={[{ href: "/careers", label: "Explore careers" }]} current={name} />

      <header className="max-w-4xl">
        {occupation.major ? <p className="text-sm font-semibold text-accent">{occupation.major.title}</p> : null}
        <h1 className="mt-1 text-3xl font-semibold tracking-tight break-words sm:text-4xl">{name}</h1>
        {role ? (
          <p className="mt-2 text-ink-muted">
            A role curated by Careerlens editors, <BasedOn career={career} />: the figures below are that occupation&apos;s.
            {role.titles.length ? <> Also known as {role.titles.join(", ")}.</> : null}
          </p>
        ) : null}
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-ink-muted">
          <span>
            SOC <span className="font-mono text-ink">{occupation.socCode}</span>
          </span>
          <span>
            O*NET-SOC <span className="font-mono text-ink">{occupation.onetCode}</span>
          </span>
        </p>
        {occupation.statCode && occupation.statCode !== occupation.socCode ? (
          <p className="mt-2 max-w-3xl text-sm text-ink-muted">
            BLS publishes pay and outlook figures for this occupation only as part of the broader group{" "}
            <span className="font-mono text-ink">{occupation.statCode}</span>
            {occupation.statTitle ? ` (${occupation.statTitle})` : ""}; the figures below are for that group.
          </p>
        ) : null}
        {!occupation.statCode ? (
          <p className="mt-2 max-w-3xl text-sm text-ink-muted">
            BLS publishes no pay or employment figures for this occupation, so those sections are empty.
          </p>
        ) : null}
      </header>

      <AtAGlance career={career} />

      <nav aria-label="On this page" className="mt-8">
        <ul className="flex flex-wrap gap-2 text-sm">
          {TOC.map((item) => (
            <li key={item.id}>
              <a
                href={`#${item.id}`}
                className="inline-block rounded-full border border-line bg-surface px-3 py-1 text-ink no-underline hover:border-accent hover:text-accent"
              >
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <div className="mt-10 space-y-12">
        <WhatTheyDo career={career} />
        <PaySection career={career} />
        <OutlookSection career={career} />
        <EducationSection career={career} />
        <SkillsSection career={career} />
        <WhoSection career={career} />
        <RelatedSection career={career} />
      </div>
    </div>
  );
}

function Stat({ label, value, sub, source }: { label: string; value: string; sub?: string; source?: string }) {
  const missing = value === NOT_PUBLISHED || value === "not available";
  return (
    <div className="card">
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className={`mt-1 text-xl font-semibold tracking-tight tabular-nums break-words ${missing ? "text-ink-muted italic" : ""}`}>
        {value}
      </dd>
      {sub ? <dd className="text-sm text-ink-muted">{sub}</dd> : null}
      {source ? <dd className="mt-auto pt-2 text-xs text-ink-muted">{source}</dd> : null}
    </div>
  );
}

function AtAGlance({ career }: { career: CareerProfile }) {
  const { pay, projection, occupation } = career;
  const oews = pay ? `${pay.source}, ${pay.period}` : undefined;
  const ep = projection ? `${projection.source}, ${projection.baseYear}–${String(projection.targetYear).slice(2)}` : undefined;
  // With nothing to show (e.g. military occupations), one sentence beats eight empty cards; the header says why.
  if (!pay && !projection && occupation.jobZone == null) return null;
  return (
    <section aria-labelledby="glance-heading" className="mt-8">
      <h2 id="glance-heading" className="sr-only">
        At a glance
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        <Stat
          label="Median pay"
          value={pay ? medianPayText(pay) : NOT_PUBLISHED}
          sub={pay ? (pay.hourlyOnly ? "hourly pay only (no yearly figure)" : hourlySub(pay.hourly.median, pay.annualOnly)) : undefined}
          source={oews}
        />
        <Stat label="People employed" value={pay ? formatCountCompact(pay.employment) : NOT_PUBLISHED} source={oews} />
        <Stat
          label="Projected growth"
          value={projection ? formatPercent(projection.changePercent, { signed: true }) : "not available"}
          sub={projection ? `${projection.baseYear}–${projection.targetYear}` : undefined}
          source={ep}
        />
        <Stat
          label="Openings a year"
          value={projection ? formatCount(projection.openingsAnnual) : "not available"}
          sub={projection ? "average, incl. replacements" : undefined}
          source={ep}
        />
        <Stat label="Typical entry education" value={projection?.education ?? "not available"} source={ep} />
        <Stat label="Work experience" value={projection?.experience ?? "not available"} source={ep} />
        <Stat label="On-the-job training" value={projection?.training ?? "not available"} source={ep} />
        <Stat
          label="Job zone"
          value={occupation.jobZone != null ? `${occupation.jobZone} of 5` : "not available"}
          sub={occupation.jobZoneLabel ?? undefined}
          source={occupation.jobZone != null ? occupation.source : undefined}
        />
      </dl>
    </section>
  );
}

function hourlySub(w: Wage, annualOnly: boolean) {
  if (annualOnly) return "annual pay only (no hourly figure)";
  if (w.value == null && !w.topCoded) return "hourly: not published";
  return formatHourlyWage(w);
}

function WhatTheyDo({ career }: { career: CareerProfile }) {
  const { tasks, summary } = career;
  const core = tasks?.items.filter((t) => t.core) ?? [];
  const shown = (core.length > 0 ? core : (tasks?.items ?? [])).slice(0, 10);
  return (
    <ProfileSection id="what-they-do" title="What they do">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="max-w-3xl space-y-4">
          <CareerDescription career={career} />
          <div className="rounded-xl bg-accent-soft p-4">
            <p className="text-sm font-semibold text-accent-strong">In numbers</p>
            <p className="mt-1">{summary}</p>
            <p className="mt-2 text-xs text-ink-muted">Written by Careerlens from the figures on this page.</p>
          </div>
          {career.alsoCalled ? (
            <div>
              <p className="text-sm">
                <span className="font-semibold">Also called: </span>
                {career.alsoCalled.items.join(" · ")}
              </p>
              <SourceNote className="mt-1">{career.alsoCalled.sources.join("; ")}</SourceNote>
            </div>
          ) : null}
          <EditorialFigures career={career} />
        </div>
        {shown.length > 0 && tasks ? (
          <Panel title={career.editorial?.tasksEdited ? "Responsibilities" : "Typical tasks"}>
            <ul className="list-disc space-y-2 pl-5 text-sm marker:text-accent">
              {shown.map((t) => (
                <li key={t.statement}>{t.statement}</li>
              ))}
            </ul>
            <SourceNote className="mt-3">
              {career.editorial?.tasksEdited ? `${tasks.source}, ${tasks.year}` : `${tasks.source} task statements (${tasks.year})${core.length > 0 ? ", core tasks" : ""}`}
            </SourceNote>
          </Panel>
        ) : null}
      </div>
    </ProfileSection>
  );
}

function wageBar(label: string, w: Wage, hourly?: Wage, highlight = false): Bar {
  return {
    label,
    value: w.topCoded ? TOP_CODE_ANNUAL : w.value,
    display: formatWage(w),
    note: hourly && (hourly.value != null || hourly.topCoded) ? formatHourlyWage(hourly) : undefined,
    highlight,
    openEnded: w.topCoded,
  };
}

function hourlyBar(label: string, w: Wage, highlight = false): Bar {
  return { label, value: w.topCoded ? TOP_CODE_HOURLY : w.value, display: formatHourlyWage(w), highlight, openEnded: w.topCoded };
}

function PaySection({ career }: { career: CareerProfile }) {
  const { pay, trend, states, metros, industries, allOccupationsMedian } = career;
  if (!pay) {
    return (
      <ProfileSection id="pay" title="Pay">
        <Missing>BLS does not publish national pay figures for this occupation.</Missing>
      </ProfileSection>
    );
  }
  const a = pay.annual;
  const h = pay.hourly;
  const percentiles: Bar[] = pay.hourlyOnly
    ? [
        hourlyBar("10th percentile", h.p10),
        hourlyBar("25th percentile", h.p25),
        hourlyBar("Median (50th)", h.median, true),
        hourlyBar("75th percentile", h.p75),
        hourlyBar("90th percentile", h.p90),
      ]
    : [
        wageBar("10th percentile", a.p10, h.p10),
        wageBar("25th percentile", a.p25, h.p25),
        wageBar("Median (50th)", a.median, h.median, true),
        wageBar("75th percentile", a.p75, h.p75),
        wageBar("90th percentile", a.p90, h.p90),
      ];
  const anyTopCoded = trend.some((t) => t.median.topCoded || t.p90.topCoded || t.p10.topCoded) || Object.values(a).some((w) => w.topCoded);
  // Performers: BLS publishes hourly pay only, so every chart of this section reads the hourly figures.
  const hourlyOnly = pay.hourlyOnly;
  const pt = hourlyOnly ? hourlyPoint : point;
  const trendSeries = [
    { name: "90th percentile", tone: "soft" as const, points: trend.map((t) => pt(t.year, hourlyOnly ? t.hourly.p90 : t.p90)) },
    { name: "Median", tone: "strong" as const, points: trend.map((t) => pt(t.year, hourlyOnly ? t.hourly.median : t.median)) },
    { name: "10th percentile", tone: "soft" as const, points: trend.map((t) => pt(t.year, hourlyOnly ? t.hourly.p10 : t.p10)) },
  ];
  return (
    <ProfileSection
      id="pay"
      title="Pay"
      intro={
        <p>
          Half of workers earned more than the median and half less. Wages and salaries only (no tips, bonuses or
          benefits), for employees; the self-employed are not counted.
        </p>
      }
    >
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel title={`Pay range, ${pay.period}`}>
          <BarList
            caption={`${pay.hourlyOnly ? "Hourly" : "Annual"} pay percentiles, ${pay.period}`}
            labelHeader="Percentile"
            valueHeader={pay.hourlyOnly ? "Hourly pay" : "Annual pay"}
            bars={percentiles}
            reference={
              !pay.hourlyOnly && allOccupationsMedian?.value != null
                ? { value: allOccupationsMedian.value, label: "all occupations" }
                : undefined
            }
          />
          <dl className="mt-5 grid grid-cols-2 gap-3 text-sm">
            <div>
              <dt className="text-ink-muted">Mean (average)</dt>
              <dd className="font-semibold tabular-nums">
                {hourlyOnly ? formatHourlyWage(h.mean) : formatWage(a.mean)}
                {!hourlyOnly && !pay.annualOnly && (h.mean.value != null || h.mean.topCoded) ? (
                  <span className="block font-normal text-ink-muted">{formatHourlyWage(h.mean)}</span>
                ) : null}
              </dd>
            </div>
            {!hourlyOnly && allOccupationsMedian?.value != null ? (
              <div>
                <dt className="text-ink-muted">
                  <svg width="14" height="10" aria-hidden focusable="false" className="mr-1 inline-block">
                    <line x1="7" x2="7" y1="0" y2="10" strokeWidth="2" strokeDasharray="2 2" className="stroke-ink" />
                  </svg>
                  Median, all occupations
                </dt>
                <dd className="font-semibold tabular-nums">{formatWage({ value: allOccupationsMedian.value })}</dd>
              </div>
            ) : null}
          </dl>
          {pay.annualOnly ? (
            <p className="mt-3 text-sm text-ink-muted">BLS publishes annual pay only for this occupation (no hourly rates).</p>
          ) : null}
          {pay.hourlyOnly ? (
            <p className="mt-3 text-sm text-ink-muted">BLS publishes hourly pay only for this occupation.</p>
          ) : null}
          <SourceNote className="mt-4">
            {pay.source}, {pay.period} (national)
          </SourceNote>
        </Panel>

        <Panel title={`Pay over time, ${trend[0]?.year ?? ""}–${trend.at(-1)?.year ?? ""}`}>
          <TrendChart
            title={`${hourlyOnly ? "Hourly" : "Annual"} pay by year: median, 10th and 90th percentiles`}
            series={trendSeries}
            tick={hourlyOnly ? formatHourlyTick : formatMoneyShort}
            xLabel={(x) => String(x)}
          />
          {anyTopCoded ? (
            <p className="mt-3 text-xs text-ink-muted">
              “≥ $239,200”: BLS published the value only as at or above $239,200 a year (May 2021–2024). Such points are
              drawn hollow at $239,200 and not joined to the line: the true value is higher.
            </p>
          ) : null}
          <SourceNote className="mt-3">{trend[0]?.source ?? pay.source}, May of each year (nominal dollars, national)</SourceNote>
        </Panel>
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <TopStatesPanel career={career} />
        <MetroPayPanel career={career} limit={5} />
        <IndustryPayPanel career={career} limit={5} />
      </div>
      {states || metros || industries ? (
        <p className="mt-6">
          <Link href={`${careerPath(career)}/pay`} className="font-semibold text-accent underline-offset-4 hover:underline">
            Pay in every state, metro area and industry
          </Link>
          <span className="text-ink-muted"> (a map, all {states?.listed ?? 0} states as a table, and every industry sector)</span>
        </p>
      ) : null}
    </ProfileSection>
  );
}

function hourlyPoint(year: number, w: Wage) {
  return { x: year, value: w.topCoded ? TOP_CODE_HOURLY : w.value, display: formatHourlyWage(w), atLeast: w.topCoded };
}

function point(year: number, w: Wage) {
  return { x: year, value: w.topCoded ? TOP_CODE_ANNUAL : w.value, display: formatWage(w), atLeast: w.topCoded };
}

function OutlookSection({ career }: { career: CareerProfile }) {
  const p = career.projection;
  return (
    <ProfileSection id="outlook" title="Outlook">
      {p?.brightOutlook.bright && p.baseline ? (
        <div className="mb-6 max-w-3xl">
          <p className="flex flex-wrap items-center gap-2">
            <BrightOutlookBadge />
            <span>This career {brightOutlookReason(p.brightOutlook)}.</span>
          </p>
          <p className="mt-2 text-xs text-ink-muted">{brightOutlookRule(p.baseline)}</p>
        </div>
      ) : null}
      {p ? (
        <div className="grid gap-6 lg:grid-cols-2">
          <Panel title={`Employment, ${p.baseYear} and ${p.targetYear} (projected)`}>
            <BarList
              caption={`Employment in ${p.baseYear} and projected for ${p.targetYear}`}
              labelHeader="Year"
              valueHeader="Jobs"
              bars={[
                { label: String(p.baseYear), value: p.employmentBase, display: formatCount(p.employmentBase) },
                {
                  label: `${p.targetYear} (projected)`,
                  value: p.employmentTarget,
                  display: formatCount(p.employmentTarget),
                  highlight: true,
                },
              ]}
            />
            <p className="mt-5 text-sm">
              {p.change != null && p.changePercent != null ? (
                <>
                  Change: <strong className="tabular-nums">{formatCount(p.change)}</strong> jobs (
                  <strong className="tabular-nums">{formatPercent(p.changePercent, { signed: true })}</strong>) over ten
                  years.
                </>
              ) : (
                "The projected change is not available."
              )}
            </p>
            <SourceNote className="mt-3">
              {p.source}, {p.baseYear}–{p.targetYear} (employment includes the self-employed)
            </SourceNote>
          </Panel>
          <Panel title="Openings">
            <p className="text-3xl font-semibold tracking-tight tabular-nums">{formatCount(p.openingsAnnual)}</p>
            <p className="mt-1 text-sm text-ink-muted">
              openings a year on average, {p.baseYear}–{p.targetYear}: new jobs plus the jobs of workers who retire or move to
              other occupations. Openings can be many even where employment shrinks.
            </p>
            <SourceNote className="mt-4">
              {p.source}, {p.baseYear}–{p.targetYear}
            </SourceNote>
          </Panel>
        </div>
      ) : (
        <Missing>BLS publishes no employment projections for this occupation.</Missing>
      )}
    </ProfileSection>
  );
}

function EducationSection({ career }: { career: CareerProfile }) {
  const { projection: p, education, majors, colleges, occupation } = career;
  return (
    <ProfileSection id="education" title="How to get in">
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel title="Typical path">
          <dl className="grid gap-3 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-ink-muted">Typical entry-level education</dt>
              <dd className="font-semibold">{p?.education ?? "not available"}</dd>
            </div>
            <div>
              <dt className="text-ink-muted">Work experience in a related occupation</dt>
              <dd className="font-semibold">{p?.experience ?? "not available"}</dd>
            </div>
            <div>
              <dt className="text-ink-muted">Typical on-the-job training</dt>
              <dd className="font-semibold">{p?.training ?? "not available"}</dd>
            </div>
            <div>
              <dt className="text-ink-muted">Job zone</dt>
              <dd className="font-semibold">
                {occupation.jobZone != null ? `${occupation.jobZone} of 5: ${occupation.jobZoneLabel}` : "not available"}
              </dd>
            </div>
          </dl>
          {p || occupation.jobZone != null ? (
            <SourceNote className="mt-4">
              {[p ? `${p.source}, ${p.baseYear}–${p.targetYear}` : null, occupation.jobZone != null ? `job zone: ${occupation.source}` : null]
                .filter(Boolean)
                .join("; ")}
            </SourceNote>
          ) : null}
        </Panel>

        <Panel title="Education of people in this job">
          {education ? (
            <>
              <BarList
                caption={`Highest level of education of workers aged 25 and over, ${education.year}`}
                labelHeader="Education"
                valueHeader="Share of workers"
                bars={education.shares.map((s) => ({ label: s.label, value: s.percent, display: formatPercent(s.percent) }))}
                max={100}
              />
              <p className="mt-4 text-xs text-ink-muted">
                Workers aged 25 and over, by highest level completed (2019–{education.year} American Community Survey data).
                {education.approximate
                  ? " The survey’s occupation category is not an exact match for this occupation, so the shares are approximate."
                  : ""}
              </p>
              <SourceNote className="mt-2">
                {education.source}, {education.year}
              </SourceNote>
            </>
          ) : (
            <Missing>BLS publishes no education breakdown for this occupation.</Missing>
          )}
        </Panel>
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <Panel title="Related majors">
          {majors ? (
            <>
              <ul className="chips subtle">
                {majors.items.slice(0, 24).map((m) => (
                  <li key={m.cipCode}>
                    {m.title} <span className="font-mono text-xs text-ink-muted">{m.cipCode}</span>
                  </li>
                ))}
              </ul>
              {majors.items.length > 24 ? (
                <p className="mt-2 text-xs text-ink-muted">and {majors.items.length - 24} more.</p>
              ) : null}
              <SourceNote className="mt-4">{majors.source} (programs of study that prepare for this occupation)</SourceNote>
            </>
          ) : (
            <Missing>The CIP–SOC crosswalk lists no majors for this occupation.</Missing>
          )}
        </Panel>

        <Panel title="Colleges awarding the most degrees in these majors">
          {colleges ? (
            <>
              <ol className="space-y-2 text-sm">
                {colleges.items.map((c) => (
                  <li key={c.rank} className="grid grid-cols-[1.75rem_minmax(0,1fr)_auto] gap-x-2">
                    <span className="text-ink-muted tabular-nums">{c.rank}.</span>
                    <span className="min-w-0">
                      {c.name}
                      {c.city || c.state ? (
                        <span className="block text-xs text-ink-muted">{[c.city, c.state].filter(Boolean).join(", ")}</span>
                      ) : null}
                    </span>
                    <span className="text-right tabular-nums">
                      {formatCount(c.degrees)}
                      <span className="block text-xs text-ink-muted">degrees</span>
                    </span>
                  </li>
                ))}
              </ol>
              <p className="mt-4 text-xs text-ink-muted">
                How this is derived: the related majors above (CIP codes) are matched to completions reported by each college
                for {colleges.year - 1}–{String(colleges.year).slice(2)}; colleges are ranked by associate’s, bachelor’s,
                master’s and doctoral degrees awarded in those majors (first majors only; certificates not counted). A
                ranking by volume, not by quality.
              </p>
              <SourceNote className="mt-2">
                {colleges.source}, {colleges.year - 1}–{String(colleges.year).slice(2)} academic year
              </SourceNote>
            </>
          ) : (
            <Missing>No college completions are linked to this occupation’s majors.</Missing>
          )}
        </Panel>
      </div>
    </ProfileSection>
  );
}

function SkillsSection({ career }: { career: CareerProfile }) {
  const { skills, knowledge, technology } = career;
  const ratingBars = (items: { name: string; importance: number | null }[]): Bar[] =>
    items.map((r) => ({
      label: r.name,
      value: r.importance,
      display: r.importance != null ? `${r.importance.toFixed(1)} / 5` : "not rated",
    }));
  const hot = technology?.items.filter((t) => t.hot) ?? [];
  const others = technology?.items.filter((t) => !t.hot) ?? [];
  return (
    <ProfileSection
      id="skills"
      title="Skills, knowledge and technology"
      intro={<p>The ten most important, as rated by O*NET on a scale from 1 (not important) to 5 (extremely important).</p>}
    >
      <div className="grid gap-6 lg:grid-cols-2">
        <Panel title="Top skills">
          {skills ? (
            <>
              <BarList caption="Most important skills" labelHeader="Skill" valueHeader="Importance" bars={ratingBars(skills.items)} max={5} />
              <SourceNote className="mt-4">
                {skills.source} ({skills.year}){skills.chosenByEditors ? "; the skills shown were chosen and ordered by Careerlens editors" : ""}
              </SourceNote>
            </>
          ) : (
            <Missing>O*NET has not rated skills for this occupation.</Missing>
          )}
        </Panel>
        <Panel title="Top knowledge areas">
          {knowledge ? (
            <>
              <BarList
                caption="Most important knowledge areas"
                labelHeader="Knowledge area"
                valueHeader="Importance"
                bars={ratingBars(knowledge.items)}
                max={5}
              />
              <SourceNote className="mt-4">
                {knowledge.source} ({knowledge.year})
              </SourceNote>
            </>
          ) : (
            <Missing>O*NET has not rated knowledge areas for this occupation.</Missing>
          )}
        </Panel>
      </div>
      <div className="mt-6">
        <Panel title="Technology used on the job">
          {technology ? (
            <>
              {hot.length > 0 ? (
                <>
                  <p className="text-sm text-ink-muted">
                    Hot technologies: frequently named in employers’ job postings.{" "}
                    <span className="font-semibold text-ink">In demand</span> marks those most requested for this occupation.
                  </p>
                  <ul className="chips hot mt-3">
                    {hot.slice(0, 30).map((t) => (
                      <li key={t.example}>
                        {t.example}
                        {t.inDemand ? <span className="ml-1.5 text-xs font-semibold">· In demand</span> : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {others.length > 0 ? (
                <details className="mt-4 text-sm">
                  <summary className="font-medium text-accent underline-offset-4 hover:underline">
                    {hot.length > 0 ? `${others.length} more technologies` : `${others.length} technologies`}
                  </summary>
                  <ul className="chips mt-3">
                    {others.map((t) => (
                      <li key={t.example}>
                        {t.example}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
              <SourceNote className="mt-4">
                {technology.source} technology skills ({technology.year})
              </SourceNote>
            </>
          ) : (
            <Missing>O*NET lists no technology for this occupation.</Missing>
          )}
        </Panel>
      </div>
    </ProfileSection>
  );
}

function WhoSection({ career }: { career: CareerProfile }) {
  const { people, age, allWorkers } = career.demographics;
  const suppressedNote = (list: string[]) =>
    list.length > 0 ? "Figures marked “not published”: BLS does not publish shares where the group is under 50,000 people." : null;
  const share = (label: string, v: number | null, suppressed: boolean): Bar => ({
    label,
    value: v,
    display: v != null ? formatPercent(v) : suppressed ? NOT_PUBLISHED : "not available",
  });
  return (
    <ProfileSection id="who" title="Who does it">
      {!people && !age ? (
        <Missing>The Current Population Survey has no figures for this occupation.</Missing>
      ) : (
        <div className="grid gap-6 lg:grid-cols-2">
          {people ? (
            <Panel title={`Women, race and ethnicity, ${people.year}`}>
              <BarList
                caption={`Share of workers who are women, ${people.year}`}
                labelHeader="Group"
                valueHeader="Share of workers"
                bars={[share("Women", people.women, people.suppressed.includes("women"))]}
                max={100}
                reference={allWorkers.women != null ? { value: allWorkers.women, label: "all workers" } : undefined}
              />
              {allWorkers.women != null ? (
                <p className="mt-2 text-xs text-ink-muted">
                  <svg width="14" height="10" aria-hidden focusable="false" className="mr-1 inline-block">
                    <line x1="7" x2="7" y1="0" y2="10" strokeWidth="2" strokeDasharray="2 2" className="stroke-ink" />
                  </svg>
                  All workers: {formatPercent(allWorkers.women)} women
                </p>
              ) : null}
              <div className="mt-5">
                <BarList
                  caption={`Race and Hispanic or Latino ethnicity of workers, ${people.year}`}
                  showCaption
                  labelHeader="Group"
                  valueHeader="Share of workers"
                  bars={[
                    share("White", people.white, people.suppressed.includes("white")),
                    share("Black or African American", people.black, people.suppressed.includes("black")),
                    share("Asian", people.asian, people.suppressed.includes("asian")),
                    share("Hispanic or Latino (any race)", people.hispanic, people.suppressed.includes("hispanic")),
                  ]}
                  max={100}
                />
              </div>
              <p className="mt-4 text-xs text-ink-muted">
                Race shares do not add to 100%: people of other or several races are not shown, and Hispanic or Latino people
                may be of any race. {suppressedNote(people.suppressed)}
              </p>
              <BroaderNote censusTitle={people.censusTitle} broader={people.broader} />
              <SourceNote className="mt-2">
                {people.source}, {people.year} annual averages
              </SourceNote>
            </Panel>
          ) : null}
          {age ? (
            <Panel title={`Age, ${age.year}`}>
              <p className="text-sm">
                Median age: <strong className="text-lg tabular-nums">{formatYears(age.medianAge)}</strong>
                {allWorkers.medianAge != null ? (
                  <span className="text-ink-muted"> (all workers: {formatYears(allWorkers.medianAge)})</span>
                ) : null}
              </p>
              <div className="mt-4">
                <BarList
                  caption={`Workers by age group, ${age.year}`}
                  labelHeader="Age"
                  valueHeader="Workers"
                  bars={age.bands.map((b) => {
                    const total = age.bands.reduce((sum, x) => sum + (x.count ?? 0), 0);
                    return {
                      label: b.label,
                      value: b.count,
                      display:
                        b.count != null && total > 0
                          ? formatPercent((b.count / total) * 100, { digits: (b.count / total) * 100 < 1 ? 1 : 0 })
                          : "not published",
                      note: b.count != null ? `${formatCount(b.count)} people` : undefined,
                    };
                  })}
                />
              </div>
              <BroaderNote censusTitle={age.censusTitle} broader={age.broader} />
              <SourceNote className="mt-2">
                {age.source}, {age.year} annual averages (11 months; October 2025 was not collected)
              </SourceNote>
            </Panel>
          ) : null}
        </div>
      )}
    </ProfileSection>
  );
}

function BroaderNote({ censusTitle, broader }: { censusTitle: string; broader: boolean }) {
  return (
    <p className="mt-2 text-xs text-ink-muted">
      {broader
        ? `From the broader Census occupation group “${censusTitle}”, which includes this occupation.`
        : `Census occupation: “${censusTitle}”.`}
    </p>
  );
}

function RelatedSection({ career }: { career: CareerProfile }) {
  const { related, occupation } = career;
  return (
    <ProfileSection id="related" title="Related careers">
      {related ? (
        <>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {related.items.map((r) => (
              <li key={r.onetCode} className="card">
                <Link href={`/careers/${r.slug}`} className="font-semibold text-accent underline-offset-4 hover:underline">
                  {r.title}
                </Link>
                <Link
                  href={`/compare/${occupation.slug}-vs-${r.slug}`}
                  className="mt-2 text-sm text-ink-muted underline underline-offset-4 hover:text-accent"
                  aria-label={`Compare ${occupation.title} with ${r.title}`}
                >
                  Compare
                </Link>
              </li>
            ))}
          </ul>
          <SourceNote className="mt-4">
            {related.source} related occupations ({related.year})
          </SourceNote>
        </>
      ) : (
        <Missing>O*NET lists no related occupations for this one.</Missing>
      )}
    </ProfileSection>
  );
}
