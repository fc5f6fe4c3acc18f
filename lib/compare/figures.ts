/**
 * Every figure of a comparison as one table model: groups of rows, one cell per career, each cell with its
 * source and year. The page, the CSV download and the JSON API all read this one model, so they never disagree.
 * Pure: built from career profiles (lib/data/careers) without touching the database.
 */
import type { AreaWage, CareerProfile, Wage } from "@/lib/data/careers";
import {
  formatCount,
  formatHourlyWage,
  formatMoneyRange,
  formatPercent,
  formatWage,
  formatYears,
  NOT_AVAILABLE,
  NOT_PUBLISHED,
} from "@/lib/format";

export type Cell = {
  /** The figure as people read it ("$61,860", "not published"). */
  display: string;
  /** The raw value for machines (number, text or null when missing). */
  value: number | string | null;
  /** Missing, suppressed or not applicable: shown in muted italics. */
  missing: boolean;
  source: string | null;
  /** The reference year (or period start) of the source. */
  year: number | null;
  /** A short qualifier shown under the value ("broader Census group", "top-coded"). */
  note?: string;
};

export type FigureRow = { key: string; label: string; cells: Cell[] };
export type FigureGroup = { id: string; title: string; rows: FigureRow[] };

export const GROUPS = [
  { id: "overview", title: "Overview" },
  { id: "pay", title: "Pay" },
  { id: "education", title: "Education" },
  { id: "demographics", title: "Demographics" },
  { id: "skills", title: "Skills" },
  { id: "work", title: "What each does" },
] as const;

/** Fields people ask for that public data does not give, and why. Never filled with a guess. */
export const NOT_IN_PUBLIC_DATA = [
  {
    label: "Job satisfaction",
    reason: "No federal survey publishes job satisfaction by occupation; private ratings are self-selected samples.",
  },
  {
    label: "LGBT share of workers",
    reason:
      "The Current Population Survey tables BLS publishes by occupation (the source of our demographics) do not report sexual orientation or gender identity.",
  },
  {
    label: "Best paying company",
    reason: "BLS publishes pay by occupation, area and industry, never by employer; we have no employer pay data yet.",
  },
  {
    label: "Bonuses, tips and benefits",
    reason: "OEWS wages are straight-time pay; they leave out bonuses, overtime, tips and benefits.",
  },
] as const;

const TOP_SKILLS = 3;
const COMMON_FROM_TOP = 10;

type Prov = { source: string; year: number } | null | undefined;

const missing = (display: string, prov?: Prov, note?: string): Cell => ({
  display,
  value: null,
  missing: true,
  source: prov?.source ?? null,
  year: prov?.year ?? null,
  note,
});

const cell = (display: string, value: number | string | null, prov: Prov, note?: string): Cell => ({
  display,
  value,
  missing: false,
  source: prov?.source ?? null,
  year: prov?.year ?? null,
  note,
});

function wageCell(w: Wage | undefined, prov: Prov, hourly = false): Cell {
  if (!w || !prov) return missing(NOT_PUBLISHED, prov);
  if (w.topCoded) return cell(hourly ? formatHourlyWage(w) : formatWage(w), null, prov, "top-coded: at least this much");
  if (w.value == null) return missing(NOT_PUBLISHED, prov);
  return cell(hourly ? formatHourlyWage(w) : formatWage(w), w.value, prov);
}

function areaCell(areas: CareerProfile["states"], pick: (ranked: AreaWage[]) => AreaWage | undefined, what: string): Cell {
  const a = areas ? pick(areas.ranked) : undefined;
  if (!areas || !a) return missing(NOT_PUBLISHED, areas, areas ? `no ${what} with a published median` : undefined);
  return cell(`${a.name}: ${formatWage(a.median)}`, a.name, areas, `median pay, ${areas.period}`);
}

const pctCell = (v: number | null | undefined, prov: Prov, opts?: { signed?: boolean }): Cell =>
  v == null || !prov ? missing(NOT_AVAILABLE, prov) : cell(formatPercent(v, opts), v, prov);

/** The most common education level among workers, with its share. */
export function topDegree(p: CareerProfile): { label: string; percent: number } | null {
  const shares = p.education?.shares.filter((s): s is typeof s & { percent: number } => s.percent != null) ?? [];
  if (shares.length === 0) return null;
  return shares.reduce((best, s) => (s.percent > best.percent ? s : best));
}

/** Top skills by importance (O*NET), at most n names. */
export function topSkills(p: CareerProfile, n = TOP_SKILLS): string[] {
  return (p.skills?.items ?? []).slice(0, n).map((s) => s.name);
}

/** Skills in the top ten of every career, and per career the top skills that none of the others has in its top ten. */
export function skillOverlap(profiles: CareerProfile[]): { common: string[]; distinct: string[][] } {
  const tops = profiles.map((p) => new Set((p.skills?.items ?? []).slice(0, COMMON_FROM_TOP).map((s) => s.name)));
  const first = profiles[0]?.skills?.items.slice(0, COMMON_FROM_TOP).map((s) => s.name) ?? [];
  const common = profiles.every((p) => p.skills) ? first.filter((name) => tops.every((t) => t.has(name))) : [];
  const distinct = profiles.map((p, i) =>
    (p.skills?.items ?? [])
      .slice(0, 5)
      .map((s) => s.name)
      .filter((name) => tops.every((t, j) => j === i || !t.has(name))),
  );
  return { common, distinct };
}

function trendCell(p: CareerProfile): Cell {
  const points = p.trend.filter((t) => t.median.value != null && !t.median.topCoded);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || first === last) return missing(NOT_PUBLISHED, p.trend.at(-1));
  const change = ((last.median.value! - first.median.value!) / first.median.value!) * 100;
  return cell(
    `${formatWage(first.median)} (${first.year}) → ${formatWage(last.median)} (${last.year}), ${formatPercent(change, { signed: true, digits: 0 })}`,
    change,
    { source: last.source, year: last.year },
    `median, May ${first.year}–May ${last.year}, not adjusted for inflation`,
  );
}

function demographicNote(d: { censusTitle: string; broader: boolean } | null) {
  return d?.broader ? `broader Census group: ${d.censusTitle}` : undefined;
}

export function buildFigureGroups(profiles: CareerProfile[]): FigureGroup[] {
  const rows = (build: (p: CareerProfile, i: number) => Cell) => profiles.map(build);
  const overlap = skillOverlap(profiles);
  const jobZone = (p: CareerProfile) =>
    p.occupation.jobZone == null
      ? missing(NOT_AVAILABLE, p.occupation)
      : cell(`${p.occupation.jobZone} of 5`, p.occupation.jobZone, p.occupation, p.occupation.jobZoneLabel ?? undefined);
  const medianAge = (p: CareerProfile) => {
    const age = p.demographics.age;
    return age?.medianAge == null ? missing(NOT_PUBLISHED, age) : cell(formatYears(age.medianAge), age.medianAge, age, demographicNote(age));
  };
  const people = (p: CareerProfile, field: "white" | "black" | "asian" | "hispanic") => {
    const d = p.demographics.people;
    return d?.[field] == null ? missing(NOT_PUBLISHED, d) : cell(formatPercent(d[field]), d[field], d, demographicNote(d));
  };
  const text = (v: string | null | undefined, prov: Prov) => (v ? cell(v, v, prov) : missing(NOT_AVAILABLE, prov));
  const list = (items: string[], prov: Prov, none = "none listed") => (items.length ? cell(items.join(", "), items.join("; "), prov) : missing(none, prov));

  const groups: Record<(typeof GROUPS)[number]["id"], FigureRow[]> = {
    overview: [
      { key: "medianAnnualWage", label: "Yearly salary (median)", cells: rows((p) => wageCell(p.pay?.annual.median, p.pay)) },
      { key: "medianHourlyWage", label: "Hourly rate (median)", cells: rows((p) => wageCell(p.pay?.hourly.median, p.pay, true)) },
      {
        key: "growthPercent",
        label: "Growth, 10 years (projected)",
        cells: rows((p) => {
          const c = pctCell(p.projection?.changePercent, p.projection, { signed: true });
          return p.projection ? { ...c, note: `${p.projection.baseYear}–${p.projection.targetYear}` } : c;
        }),
      },
      {
        key: "employment",
        label: "Number of jobs",
        cells: rows((p) => (p.pay?.employment == null ? missing(NOT_PUBLISHED, p.pay) : cell(formatCount(p.pay.employment), p.pay.employment, p.pay))),
      },
      {
        key: "openingsAnnual",
        label: "Openings a year (projected)",
        cells: rows((p) =>
          p.projection?.openingsAnnual == null ? missing(NOT_AVAILABLE, p.projection) : cell(formatCount(p.projection.openingsAnnual), p.projection.openingsAnnual, p.projection),
        ),
      },
      {
        key: "topDegree",
        label: "Most common degree",
        cells: rows((p) => {
          const d = topDegree(p);
          return d ? cell(`${d.label} (${formatPercent(d.percent)})`, d.label, p.education, p.education?.approximate ? "approximate: broader survey group" : "share of workers aged 25+") : missing(NOT_PUBLISHED, p.education);
        }),
      },
      { key: "medianAge", label: "Median age", cells: rows(medianAge) },
      { key: "workExperience", label: "Work experience required", cells: rows((p) => text(p.projection?.experience, p.projection)) },
      { key: "entryEducation", label: "Typical entry education", cells: rows((p) => text(p.projection?.education, p.projection)) },
    ],
    pay: [
      { key: "payMedian", label: "Median yearly pay", cells: rows((p) => wageCell(p.pay?.annual.median, p.pay)) },
      { key: "payMean", label: "Mean (average) yearly pay", cells: rows((p) => wageCell(p.pay?.annual.mean, p.pay)) },
      {
        key: "payRange",
        label: "Salary range (10th–90th percentile)",
        cells: rows((p) => {
          const a = p.pay?.annual;
          if (!a || !p.pay || (a.p10.value == null && !a.p10.topCoded && a.p90.value == null && !a.p90.topCoded)) return missing(NOT_PUBLISHED, p.pay);
          return cell(formatMoneyRange(a.p10, a.p90), null, p.pay);
        }),
      },
      { key: "topMetro", label: "Highest paying metro area", cells: rows((p) => areaCell(p.metros, (r) => r[0], "metro area")) },
      { key: "topState", label: "Highest paying state", cells: rows((p) => areaCell(p.states, (r) => r[0], "state")) },
      { key: "bottomState", label: "Lowest paying state", cells: rows((p) => areaCell(p.states, (r) => r.at(-1), "state")) },
      { key: "topIndustry", label: "Best paying industry", cells: rows((p) => areaCell(p.industries, (r) => r[0], "industry")) },
      { key: "payTrend", label: "Pay trend", cells: rows(trendCell) },
    ],
    education: [
      {
        key: "degreeMix",
        label: "Degree mix (workers 25+)",
        cells: rows((p) => {
          const shares = p.education?.shares.filter((s) => s.percent != null) ?? [];
          if (!p.education || shares.length === 0) return missing(NOT_PUBLISHED, p.education);
          return cell(shares.map((s) => `${s.label} ${formatPercent(s.percent)}`).join(" · "), null, p.education, p.education.approximate ? "approximate: broader survey group" : undefined);
        }),
      },
      {
        key: "majors",
        label: "Majors that lead here",
        cells: rows((p) => {
          const items = p.majors?.items ?? [];
          if (!p.majors || items.length === 0) return missing("none listed", null);
          const shown = items.slice(0, 3).map((m) => m.title);
          const more = items.length > 3 ? ` and ${items.length - 3} more` : "";
          return cell(`${shown.join(", ")}${more}`, shown.join("; "), { source: p.majors.source, year: 2020 }, "the crosswalk lists majors without ranking them");
        }),
      },
      {
        key: "topCollege",
        label: "College awarding the most degrees in those majors",
        cells: rows((p) => {
          const c = p.colleges?.items[0];
          if (!p.colleges || !c) return missing("none linked", null);
          const place = [c.city, c.state].filter(Boolean).join(", ");
          return cell(`${c.name}${place ? ` (${place})` : ""}`, c.name, p.colleges, `${formatCount(c.degrees)} degrees in these majors, ${p.colleges.year - 1}–${String(p.colleges.year).slice(2)}`);
        }),
      },
      { key: "jobZone", label: "Job zone (preparation)", cells: rows(jobZone) },
      { key: "training", label: "On-the-job training", cells: rows((p) => text(p.projection?.training, p.projection)) },
    ],
    demographics: [
      { key: "demoMedianAge", label: "Median age", cells: rows(medianAge) },
      {
        key: "women",
        label: "Women / men",
        cells: rows((p) => {
          const d = p.demographics.people;
          if (d?.women == null) return missing(NOT_PUBLISHED, d);
          return cell(`${formatPercent(d.women)} women · ${formatPercent(100 - d.women)} men`, d.women, d, demographicNote(d));
        }),
      },
      { key: "white", label: "White", cells: rows((p) => people(p, "white")) },
      { key: "black", label: "Black or African American", cells: rows((p) => people(p, "black")) },
      { key: "asian", label: "Asian", cells: rows((p) => people(p, "asian")) },
      { key: "hispanic", label: "Hispanic or Latino (any race)", cells: rows((p) => people(p, "hispanic")) },
    ],
    skills: [
      { key: "topSkills", label: "Top three skills", cells: rows((p) => list(topSkills(p), p.skills, NOT_AVAILABLE)) },
      {
        key: "commonSkills",
        label: "Skills in common (top ten of each)",
        cells: rows((p) => list(overlap.common, p.skills, profiles.every((q) => q.skills) ? "none in common" : NOT_AVAILABLE)),
      },
      {
        key: "distinctSkills",
        label: "Stands out (in its top five, not in the others’ top ten)",
        cells: rows((p, i) => list(overlap.distinct[i], p.skills, p.skills ? "none: its top skills are shared" : NOT_AVAILABLE)),
      },
      {
        key: "topKnowledge",
        label: "Top knowledge areas",
        cells: rows((p) => list((p.knowledge?.items ?? []).slice(0, 3).map((k) => k.name), p.knowledge, NOT_AVAILABLE)),
      },
    ],
    work: [
      {
        key: "description",
        label: "What they do",
        cells: rows((p) => (p.occupation.description ? cell(p.occupation.description, p.occupation.description, p.occupation) : missing(NOT_AVAILABLE, p.occupation))),
      },
      {
        key: "tasks",
        label: "Core tasks (first three)",
        cells: rows((p) => {
          const items = (p.tasks?.items ?? []).filter((t) => t.core);
          const shown = (items.length ? items : (p.tasks?.items ?? [])).slice(0, 3).map((t) => t.statement);
          return shown.length ? cell(shown.join(" "), shown.join("\n"), p.tasks) : missing(NOT_AVAILABLE, p.tasks);
        }),
      },
    ],
  };
  const editorial = editorialRows(profiles);
  return [
    ...GROUPS.map((g) => ({ id: g.id, title: g.title, rows: groups[g.id] })),
    ...(editorial.length ? [{ id: EDITORIAL_GROUP.id, title: EDITORIAL_GROUP.title, rows: editorial }] : []),
  ];
}

/** Shown after GROUPS when an editor added figures to any of the careers (lib/data/editorial.ts). */
export const EDITORIAL_GROUP = { id: "editorial", title: "More figures, from other sources" } as const;

/** A row per label editors used on any of the careers; each cell cites its own source and year, never the official data's. */
function editorialRows(profiles: CareerProfile[]): FigureRow[] {
  const labels = [...new Set(profiles.flatMap((p) => (p.editorial?.figures ?? []).map((f) => f.label)))];
  return labels.map((label, k) => ({
    key: `editorial${k + 1}`,
    label,
    cells: profiles.map((p) => {
      const f = p.editorial?.figures.find((x) => x.label === label);
      if (!f) return missing("not added", null);
      return cell(`${f.value.toLocaleString("en-US")} ${f.unit}`.trim(), f.value, { source: f.sourceName, year: f.year }, "added by Careerlens editors");
    }),
  }));
}

/** "BLS OEWS, 2025" for every distinct source and year of a row, in career order. */
export function rowSources(row: FigureRow): string[] {
  const seen = new Set<string>();
  for (const c of row.cells) if (c.source) seen.add(c.year != null ? `${c.source}, ${c.year}` : c.source);
  return [...seen];
}
