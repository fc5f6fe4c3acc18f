/*
 * "Bright outlook": occupations where job opportunities are likely over the projection decade, modelled on the
 * O*NET Bright Outlook criteria (grow rapidly, or have many openings) and computed from the BLS Employment
 * Projections figures we hold. Pure logic: no database, usable from server and tests alike.
 *
 * The rule (BRIGHT_OUTLOOK_RULE says it in words wherever the badge is shown):
 *  - grows fast: projected employment growth of at least GROWTH_FACTOR times the all-occupations growth over
 *    the same decade. The all-occupations growth comes from the data, not a constant: our copy of the
 *    projections has no "Total, all occupations" row, so it is the change in employment summed over every
 *    detailed occupation (they add up to the total; 2024–34 gives 3.1%, as BLS reports);
 *  - or many openings: at least OPENINGS_THRESHOLD openings a year on average (growth plus replacement).
 * O*NET's own list counts 100,000 openings over the whole decade; a year's worth is stricter and keeps the
 * badge for about a fifth of occupations rather than almost half.
 */

/** The multiple of the all-occupations growth rate that counts as growing "much faster than average". */
export const GROWTH_FACTOR = 2;
/** Openings a year (annual average over the decade) that count as "many openings". */
export const OPENINGS_THRESHOLD = 100_000;

/** The projection figures the rule reads. */
export type OutlookFigures = {
  changePercent: number | null;
  openingsAnnual: number | null;
};

/** The figures needed to compute the all-occupations growth. */
export type EmploymentFigures = { employmentBase: number | null; employmentTarget: number | null };

/** The all-occupations growth and where it came from, with the rule's thresholds for that decade. */
export type OutlookBaseline = {
  source: string;
  baseYear: number;
  targetYear: number;
  /** Projected growth of all occupations together, percent over the decade. */
  averageGrowth: number;
  /** The growth at or above which an occupation counts as growing fast (GROWTH_FACTOR × averageGrowth). */
  growthThreshold: number;
  openingsThreshold: number;
};

export type BrightOutlook = {
  bright: boolean;
  /** Which criteria it meets. */
  growsFast: boolean;
  manyOpenings: boolean;
};

/** Employment summed over the detailed occupations of one projection decade. */
export type EmploymentSums = { employmentBase: number; employmentTarget: number };

/**
 * Adds up employment over the detailed rows of one projection decade, over the rows that publish both
 * figures. A "Total, all occupations" row (SOC 00-0000), should the data carry one, is left out so that it is
 * not counted twice (the detailed occupations of the BLS National Employment Matrix add up to the total).
 */
export function employmentSums(rows: (EmploymentFigures & { socCode: string })[]): EmploymentSums {
  let employmentBase = 0;
  let employmentTarget = 0;
  for (const r of rows) {
    if (r.socCode === "00-0000" || r.employmentBase == null || r.employmentTarget == null) continue;
    employmentBase += r.employmentBase;
    employmentTarget += r.employmentTarget;
  }
  return { employmentBase, employmentTarget };
}

/**
 * The all-occupations growth of one projection decade, (Σ target ÷ Σ base − 1) × 100 rounded to one decimal as
 * BLS publishes it, with the rule's thresholds. Null when there is nothing to compute from.
 */
export function outlookBaseline(
  sums: EmploymentSums,
  meta: { source: string; baseYear: number; targetYear: number },
): OutlookBaseline | null {
  if (!(sums.employmentBase > 0)) return null;
  const average = Math.round((sums.employmentTarget / sums.employmentBase - 1) * 1000) / 10;
  return {
    ...meta,
    averageGrowth: average,
    growthThreshold: Math.round(average * GROWTH_FACTOR * 10) / 10,
    openingsThreshold: OPENINGS_THRESHOLD,
  };
}

/**
 * Whether an occupation has a bright outlook under the rule. Missing figures never count: an occupation whose
 * growth is not published can still qualify on openings, and the other way round.
 */
export function brightOutlook(figures: OutlookFigures | null, baseline: OutlookBaseline | null): BrightOutlook {
  if (!figures || !baseline) return { bright: false, growsFast: false, manyOpenings: false };
  // A rule for growing jobs: should all occupations shrink, a shrinking occupation still never "grows fast".
  const growth = figures.changePercent;
  const growsFast = growth != null && growth > 0 && growth >= baseline.growthThreshold;
  const manyOpenings = figures.openingsAnnual != null && figures.openingsAnnual >= baseline.openingsThreshold;
  return { bright: growsFast || manyOpenings, growsFast, manyOpenings };
}

/** The rule in one sentence, with its figures, source and decade: shown beside every badge. */
export function brightOutlookRule(b: OutlookBaseline): string {
  return (
    `Bright outlook: projected to grow at least ${GROWTH_FACTOR} times as fast as all occupations ` +
    `(${formatPct(b.growthThreshold)} or more, against ${formatPct(b.averageGrowth)} for all occupations) ` +
    `or to have at least ${b.openingsThreshold.toLocaleString("en-US")} openings a year, ` +
    `${b.baseYear}–${b.targetYear} (${b.source}; criteria modelled on O*NET’s Bright Outlook).`
  );
}

/** Why one occupation qualifies, in a few words: "grows fast and many openings". */
export function brightOutlookReason(o: BrightOutlook): string | null {
  if (!o.bright) return null;
  if (o.growsFast && o.manyOpenings) return "grows fast and has many openings";
  return o.growsFast ? "grows fast" : "has many openings";
}

function formatPct(n: number) {
  return `${n.toLocaleString("en-US", { maximumFractionDigits: 1 })}%`;
}
