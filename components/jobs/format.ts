import { formatMoney } from "@/lib/format";
import { EMPLOYMENT_LABELS, type EmploymentType, type PayPeriod } from "@/lib/jobs/model";
import { stateName } from "@/lib/jobs/states";

const PERIOD_WORD: Record<PayPeriod, string> = { HOUR: "an hour", DAY: "a day", WEEK: "a week", MONTH: "a month", YEAR: "a year" };

function amount(v: number, period: PayPeriod | null): string {
  if (period === "HOUR" || (v < 1000 && v % 1 !== 0)) return `$${v.toFixed(2)}`;
  return formatMoney(v);
}

/** "$52,000 – $61,000 a year", "$18.50 an hour", or "Pay not stated". */
export function payText(p: { payMin: number | null; payMax: number | null; payPeriod: PayPeriod | null; payCurrency: string | null }): string {
  if (p.payMin == null && p.payMax == null) return "Pay not stated";
  const cur = p.payCurrency && p.payCurrency !== "USD" ? ` ${p.payCurrency}` : "";
  const per = p.payPeriod ? ` ${PERIOD_WORD[p.payPeriod]}` : "";
  if (p.payMin != null && p.payMax != null && p.payMin !== p.payMax) return `${amount(p.payMin, p.payPeriod)} – ${amount(p.payMax, p.payPeriod)}${cur}${per}`;
  return `${amount((p.payMin ?? p.payMax)!, p.payPeriod)}${cur}${per}`;
}

/** "Austin, TX · Remote (CA)". */
export function locationText(locations: { city: string | null; state: string | null; remote: boolean }[]): string {
  if (locations.length === 0) return "Location not stated";
  return locations
    .map((l) => {
      if (l.remote) return l.state ? `Remote (${stateName(l.state) ?? l.state})` : "Remote";
      if (l.city && l.state) return `${l.city}, ${l.state}`;
      return stateName(l.state) ?? l.city ?? "";
    })
    .join(" · ");
}

export function employmentText(type: EmploymentType): string {
  return EMPLOYMENT_LABELS[type];
}

const dateFormat = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });
export function dateText(d: Date): string {
  return dateFormat.format(d);
}

/** "today", "yesterday", "5 days ago" (whole UTC days). */
export function postedText(d: Date, now = new Date()): string {
  const days = Math.max(0, Math.floor((now.getTime() - d.getTime()) / 86_400_000));
  return days === 0 ? "today" : days === 1 ? "yesterday" : `${days} days ago`;
}
