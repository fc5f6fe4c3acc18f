/**
 * Display formatting for figures. Every formatter takes `null` for a missing value and returns a word for it,
 * never a zero: a figure the source did not publish is shown as such.
 */

/** The OEWS top-code for annual wages (May 2021–May 2024): published as "#". */
export const TOP_CODE_ANNUAL = 239_200;
/** The OEWS top-code for hourly wages. */
export const TOP_CODE_HOURLY = 115;

export const NOT_PUBLISHED = "not published";
export const NOT_AVAILABLE = "not available";

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A wage figure with how it was published. */
export type WageValue = { value: number | null; topCoded?: boolean; suppressed?: boolean };

/** "$61,860"; top-coded → "≥ $239,200"; missing → "not published". */
export function formatMoney(value: number | null | undefined, opts: { topCoded?: boolean } = {}): string {
  if (opts.topCoded) return `≥ $${whole.format(TOP_CODE_ANNUAL)}`;
  if (value == null || !Number.isFinite(value)) return NOT_PUBLISHED;
  const sign = value < 0 ? "−" : "";
  return `${sign}$${whole.format(Math.round(Math.abs(value)))}`;
}

/** "$29.74/hr"; top-coded → "≥ $115.00/hr"; missing → "not published". */
export function formatHourly(value: number | null | undefined, opts: { topCoded?: boolean } = {}): string {
  if (opts.topCoded) return `≥ $${cents.format(TOP_CODE_HOURLY)}/hr`;
  if (value == null || !Number.isFinite(value)) return NOT_PUBLISHED;
  return `$${cents.format(value)}/hr`;
}

/** Short money for chart axes: "$62k", "$1.2M". */
export function formatMoneyShort(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return "–";
  const abs = Math.abs(value);
  if (abs >= 1_000_000) return `$${trim(abs / 1_000_000, 1)}M`;
  if (abs >= 1_000) return `$${trim(abs / 1_000, abs >= 100_000 ? 0 : 1)}k`;
  return `$${whole.format(abs)}`;
}

/** "25.8%"; `signed` gives "+3.1%" / "−3.7%"; missing → "not available". */
export function formatPercent(
  value: number | null | undefined,
  opts: { digits?: number; signed?: boolean } = {},
): string {
  if (value == null || !Number.isFinite(value)) return NOT_AVAILABLE;
  const digits = opts.digits ?? 1;
  const text = trim(Math.abs(value), digits);
  const sign = value < 0 ? "−" : opts.signed && value > 0 ? "+" : "";
  return `${sign}${text}%`;
}

/** "717,190"; missing → "not published". */
export function formatCount(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return NOT_PUBLISHED;
  const sign = value < 0 ? "−" : "";
  return `${sign}${whole.format(Math.round(Math.abs(value)))}`;
}

/** Counts for headline figures: "717,190", or "3.3 million" from a million up. */
export function formatCountCompact(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return NOT_PUBLISHED;
  const abs = Math.abs(value);
  const sign = value < 0 ? "−" : "";
  if (abs >= 1_000_000) return `${sign}${trim(abs / 1_000_000, 2)} million`;
  return `${sign}${whole.format(Math.round(abs))}`;
}

/** "$40,980 – $100,540"; either end may be top-coded or missing. */
export function formatMoneyRange(low: WageValue, high: WageValue): string {
  return `${formatWage(low)} – ${formatWage(high)}`;
}

/** One annual wage figure as published. */
export function formatWage(wage: WageValue): string {
  if (wage.topCoded) return formatMoney(null, { topCoded: true });
  return formatMoney(wage.value);
}

/** One hourly wage figure as published. */
export function formatHourlyWage(wage: WageValue): string {
  if (wage.topCoded) return formatHourly(null, { topCoded: true });
  return formatHourly(wage.value);
}

/** "May 2025" for OEWS reference periods. */
export function oewsPeriod(year: number): string {
  return `May ${year}`;
}

/** A number of years: "42.4 years". */
export function formatYears(value: number | null | undefined): string {
  if (value == null || !Number.isFinite(value)) return NOT_AVAILABLE;
  return `${trim(value, 1)} years`;
}

function trim(value: number, digits: number): string {
  return new Intl.NumberFormat("en-US", { minimumFractionDigits: 0, maximumFractionDigits: digits }).format(value);
}
