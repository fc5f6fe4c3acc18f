import type { ExploreRow } from "@/lib/data/explore";
import { formatCount, formatCountCompact, formatHourlyWage, formatPercent, formatWage, NOT_AVAILABLE, NOT_PUBLISHED } from "@/lib/format";

/** A row's median pay as published: yearly, or hourly for the few occupations BLS publishes hourly only. */
export function payText(r: ExploreRow): string {
  if (r.hourlyOnly && r.median.value == null && !r.median.topCoded) return formatHourlyWage(r.hourlyMedian);
  return formatWage(r.median);
}

export function growthText(r: ExploreRow): string {
  return formatPercent(r.growth, { signed: true });
}

export function openingsText(r: ExploreRow): string {
  return formatCount(r.openings);
}

export function employmentText(r: ExploreRow, compact = false): string {
  return compact ? formatCountCompact(r.employment) : formatCount(r.employment);
}

/** True for the words the formatters use for a missing figure (shown muted and italic). */
export function isMissing(text: string): boolean {
  return text === NOT_PUBLISHED || text === NOT_AVAILABLE;
}
