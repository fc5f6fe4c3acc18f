import type { AreaWage, AreaWages, CareerProfile, WageSummary } from "@/lib/data/careers";
import { BarList, type Bar } from "@/components/charts/bar-list";
import { StateTileMap } from "@/components/charts/state-tile-map";
import { formatCount, formatHourlyWage, formatMoneyShort, formatWage, TOP_CODE_ANNUAL, TOP_CODE_HOURLY } from "@/lib/format";
import { Missing, Panel, SourceNote } from "./parts";

/**
 * How a career's pay reads: yearly medians, or hourly ones for the occupations BLS publishes hourly only
 * (performers). Shared by the profile's pay section and the pay page.
 */
export function payScale(career: CareerProfile) {
  const hourlyOnly = career.pay?.hourlyOnly ?? false;
  return {
    hourlyOnly,
    median: (a: AreaWage) => (hourlyOnly ? a.hourlyMedian : a.median),
    format: hourlyOnly ? formatHourlyWage : formatWage,
    tick: hourlyOnly ? formatHourlyTick : formatMoneyShort,
    /** Where a top-coded value ("≥ $239,200") is drawn. */
    cap: hourlyOnly ? TOP_CODE_HOURLY : TOP_CODE_ANNUAL,
    label: hourlyOnly ? "Median hourly pay" : "Median annual pay",
  };
}

export type PayScale = ReturnType<typeof payScale>;

/** The national median as people read it: yearly, or hourly where BLS publishes hourly pay only. */
export function medianPayText(pay: WageSummary): string {
  return pay.hourlyOnly ? formatHourlyWage(pay.hourly.median) : formatWage(pay.annual.median);
}

export function formatHourlyTick(value: number) {
  return `$${Math.round(value)}/hr`;
}

/** Areas (states, metros, industries) as bars of their median, with their employment as a note. */
export function areaBars(rows: AreaWage[], scale: PayScale): Bar[] {
  return rows.map((a) => {
    const median = scale.median(a);
    return {
      label: a.name,
      value: median.topCoded ? scale.cap : median.value,
      display: scale.format(median),
      note: a.employment != null ? `${formatCount(a.employment)} employed` : undefined,
      openEnded: median.topCoded,
    };
  });
}

/** The value a full bar stands for: the first (highest) area's median. */
export function areaMax(areas: AreaWages, scale: PayScale): number | undefined {
  const top = areas.ranked[0] ? scale.median(areas.ranked[0]) : undefined;
  return top ? (top.topCoded ? scale.cap : (top.value ?? undefined)) : undefined;
}

/** Every state on a tile map, the five highest and lowest, and all of them as a table. */
export function StatePayPanel({ career }: { career: CareerProfile }) {
  const { states } = career;
  const scale = payScale(career);
  const ranked = states?.ranked ?? [];
  const lowest = ranked.length > 5 ? ranked.slice(-5).reverse() : [];
  const max = states ? areaMax(states, scale) : undefined;
  return (
    <Panel title={`Pay by state, ${states?.period ?? "May 2025"}`}>
      {states && ranked.length > 0 ? (
        <>
          <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
            <StateTileMap
              title={`${scale.label} by state, ${states.period}`}
              values={ranked.map((s) => ({ fips: s.code, value: scale.median(s).value, display: scale.format(scale.median(s)) }))}
              legendFormat={scale.tick}
            />
            <div className="grid content-start gap-6 sm:grid-cols-2 lg:grid-cols-1">
              <BarList caption="Highest paying states" showCaption labelHeader="State" valueHeader={scale.label} bars={areaBars(ranked.slice(0, 5), scale)} max={max} />
              {lowest.length > 0 ? (
                <BarList caption="Lowest paying states" showCaption labelHeader="State" valueHeader={scale.label} bars={areaBars(lowest, scale)} max={max} />
              ) : null}
            </div>
          </div>
          <h4 className="mt-8 font-medium">
            All {states.listed} {states.listed === 1 ? "state" : "states"} (incl. DC)
          </h4>
          <StateTable states={states} scale={scale} />
          <SourceNote className="mt-4">
            {states.source}, {states.period} (state estimates; states where BLS published no median are left blank)
          </SourceNote>
        </>
      ) : (
        <Missing>BLS publishes no May 2025 state pay figures for this occupation.</Missing>
      )}
    </Panel>
  );
}

function StateTable({ states, scale }: { states: AreaWages; scale: PayScale }) {
  return (
    <div className="mt-3 max-h-[32rem] overflow-auto rounded-lg border border-line" tabIndex={0} role="region" aria-label="Pay by state table">
      <table className="area-table">
        <caption className="sr-only">Median and mean annual pay and employment by state, {states.period}</caption>
        <thead>
          <tr>
            <th scope="col">State</th>
            <th scope="col">Median</th>
            <th scope="col">Mean</th>
            <th scope="col">Employed</th>
          </tr>
        </thead>
        <tbody>
          {[...states.ranked, ...states.unranked].map((s) => (
            <tr key={s.code}>
              <th scope="row">{s.name}</th>
              <td>{scale.format(scale.median(s))}</td>
              <td>{formatWage(s.mean)}</td>
              <td>{formatCount(s.employment)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The best paying metropolitan areas (BLS publishes metro medians for annual pay only). */
export function MetroPayPanel({ career, limit }: { career: CareerProfile; limit?: number }) {
  const { metros } = career;
  return (
    <Panel title={`Highest paying metro areas, ${metros?.period ?? "May 2024"}`}>
      {metros && metros.ranked.length > 0 ? (
        <>
          <BarList
            caption={`Highest paying metropolitan areas by median annual pay, ${metros.period}`}
            labelHeader="Metropolitan area"
            valueHeader="Median annual pay"
            bars={metros.ranked.slice(0, limit).map((m) => ({ label: m.name, value: m.median.value, display: formatWage(m.median) }))}
          />
          <p className="mt-4 text-xs text-ink-muted">
            Metropolitan areas only (nonmetropolitan areas are not in this file); ranked among the {metros.listed} metro areas
            with estimates. Medians at or above $239,200 are not distinguishable from unpublished ones in this file and are
            left out.
          </p>
          <SourceNote className="mt-2">
            {metros.source}, {metros.period} (metropolitan area estimates)
          </SourceNote>
        </>
      ) : (
        <Missing>BLS publishes no metro area medians for this occupation.</Missing>
      )}
    </Panel>
  );
}

/** Industry sectors by median pay, best first; `limit` shows only the top ones. */
export function IndustryPayPanel({ career, limit }: { career: CareerProfile; limit?: number }) {
  const { industries } = career;
  const scale = payScale(career);
  return (
    <Panel title={`Pay by industry, ${industries?.period ?? "May 2024"}`}>
      {industries && industries.ranked.length > 0 ? (
        <>
          <BarList
            caption={`Best paying industry sectors by ${scale.label.toLowerCase()}, ${industries.period}`}
            labelHeader="Industry sector"
            valueHeader={scale.label}
            bars={areaBars(industries.ranked.slice(0, limit), scale)}
            max={areaMax(industries, scale)}
          />
          <p className="mt-4 text-xs text-ink-muted">
            Industry sectors (2-digit NAICS);{" "}
            {limit != null && industries.ranked.length > limit
              ? `the ${limit} best paying of ${industries.ranked.length} with a published median.`
              : industries.listed > industries.ranked.length
                ? `${industries.listed - industries.ranked.length} more sectors employ this occupation but have no published median.`
                : "every sector with estimates is shown."}
          </p>
          <SourceNote className="mt-2">
            {industries.source}, {industries.period} (national industry-specific estimates)
          </SourceNote>
        </>
      ) : (
        <Missing>BLS publishes no industry medians for this occupation.</Missing>
      )}
    </Panel>
  );
}

/** The profile's short list: the five highest paying states. */
export function TopStatesPanel({ career }: { career: CareerProfile }) {
  const { states } = career;
  const scale = payScale(career);
  return (
    <Panel title={`Highest paying states, ${states?.period ?? "May 2025"}`}>
      {states && states.ranked.length > 0 ? (
        <>
          <BarList
            caption={`Highest paying states by ${scale.label.toLowerCase()}, ${states.period}`}
            labelHeader="State"
            valueHeader={scale.label}
            bars={areaBars(states.ranked.slice(0, 5), scale)}
            max={areaMax(states, scale)}
          />
          <SourceNote className="mt-4">
            {states.source}, {states.period} (state estimates)
          </SourceNote>
        </>
      ) : (
        <Missing>BLS publishes no May 2025 state pay figures for this occupation.</Missing>
      )}
    </Panel>
  );
}
