/**
 * A comparison from resolved careers and their profiles: the figure table, the summary, and what maps to
 * what. Pure (no database), so the same code serves the page, the API and the tests.
 */
import type { CareerProfile } from "@/lib/data/careers";
import { buildFigureGroups, skillOverlap, topSkills, type FigureGroup } from "./figures";
import type { Resolution } from "./resolve";
import { writeComparisonSummary, type SummaryCareer } from "./summary";

export type ComparedCareer = { resolution: Resolution; profile: CareerProfile };

export type Comparison = {
  careers: ComparedCareer[];
  groups: FigureGroup[];
  summary: string[];
  /** Every name maps to one and the same occupation. */
  allSame: boolean;
  /** Some (not necessarily all) names map to the same occupation. */
  someSame: boolean;
  /** "Lead Technician vs Senior Support Technician". */
  title: string;
};

export function comparisonTitle(names: string[]): string {
  return names.join(" vs ");
}

export function toSummaryCareer(c: ComparedCareer): SummaryCareer {
  const p = c.profile;
  const median = p.pay ? p.pay.annual.median : null;
  return {
    name: c.resolution.name,
    occupationTitle: p.occupation.title,
    onetCode: p.occupation.onetCode,
    median: median && (median.value != null || median.topCoded) ? { value: median.topCoded ? (median.value ?? 239_200) : median.value, topCoded: median.topCoded } : null,
    paySource: p.pay ? `${p.pay.source}, ${p.pay.period}` : null,
    growth: p.projection?.changePercent ?? null,
    growthPeriod: p.projection ? `${p.projection.baseYear}–${p.projection.targetYear}` : null,
    education: p.projection?.education ?? null,
    experience: p.projection?.experience ?? null,
    jobZone: p.occupation.jobZone,
    jobZoneLabel: p.occupation.jobZoneLabel,
    topSkills: topSkills(p),
  };
}

export function buildComparison(careers: ComparedCareer[]): Comparison {
  const profiles = careers.map((c) => c.profile);
  const codes = new Set(profiles.map((p) => p.occupation.onetCode));
  // skill overlap between distinct occupations (a career compared with itself shares everything)
  const firstOf = profiles.filter((p, i) => profiles.findIndex((q) => q.occupation.onetCode === p.occupation.onetCode) === i);
  const overlap = skillOverlap(firstOf);
  const distinctSkills = profiles.map((p) => overlap.distinct[firstOf.indexOf(p)] ?? []);
  return {
    careers,
    groups: buildFigureGroups(profiles),
    summary: writeComparisonSummary({ careers: careers.map(toSummaryCareer), commonSkills: overlap.common, distinctSkills }),
    allSame: codes.size === 1,
    someSame: codes.size < profiles.length,
    title: comparisonTitle(careers.map((c) => c.resolution.name)),
  };
}
