/**
 * This posting's pay range against the BLS OEWS percentiles of its occupation, nationally and in its state:
 * a server-rendered SVG (10th–90th band, 25th–75th box, median tick, the posting's range on top) and the same
 * figures as a table.
 */
import { SourceNote } from "@/components/careers/parts";
import { formatHourly, formatMoney, NOT_PUBLISHED, TOP_CODE_ANNUAL, TOP_CODE_HOURLY } from "@/lib/format";
import type { PayPeriod } from "@/lib/jobs/model";
import { annualize } from "@/lib/jobs/model";
import type { Percentiles } from "@/lib/jobs/posting";

const KEYS = ["p10", "p25", "median", "p75", "p90"] as const;
const HEADERS = ["10th", "25th", "Median", "75th", "90th"].map((h) => (h === "Median" ? h : `${h} percentile`));
const FIELD: Record<(typeof KEYS)[number], string> = { p10: "P10", p25: "P25", median: "Median", p75: "P75", p90: "P90" };

type Props = { payMin: number | null; payMax: number | null; payPeriod: PayPeriod | null; national: Percentiles | null; state: Percentiles | null; occupationTitle: string };

export function PayContext({ payMin, payMax, payPeriod, national, state, occupationTitle }: Props) {
  const areas = [state, national].filter((a): a is Percentiles => a !== null);
  if (areas.length === 0) return <p className="text-sm text-ink-muted italic">BLS does not publish pay percentiles for this occupation.</p>;
  const hourly = payPeriod === "HOUR";
  const unit = hourly ? "hourly" : "annual";
  const lo = payMin ?? payMax;
  const hi = payMax ?? payMin;
  const post = lo == null ? null : hourly ? { lo, hi: hi! } : { lo: annualize(lo, payPeriod)!, hi: annualize(hi, payPeriod)! };
  const value = (a: Percentiles, k: (typeof KEYS)[number]) => a[unit][k];
  const topped = (a: Percentiles, k: (typeof KEYS)[number]) => a.topCoded.includes(`${unit}${FIELD[k]}`);
  const show = (a: Percentiles, k: (typeof KEYS)[number]) => {
    if (topped(a, k)) return hourly ? formatHourly(null, { topCoded: true }) : formatMoney(null, { topCoded: true });
    const v = value(a, k);
    if (v == null) return NOT_PUBLISHED;
    return hourly ? formatHourly(v) : formatMoney(v);
  };
  const money = (v: number) => (hourly ? formatHourly(v) : formatMoney(v));
  const numbers = areas.flatMap((a) => KEYS.map((k) => (topped(a, k) ? (hourly ? TOP_CODE_HOURLY : TOP_CODE_ANNUAL) : value(a, k)))).filter((v): v is number => v != null);
  const top = Math.max(...numbers, post?.hi ?? 0) * 1.08 || 1;
  const x = (v: number) => `${((v / top) * 100).toFixed(2)}%`;
  const rowH = 44;
  const rows = [...areas.map((a) => ({ label: a.area, a })), ...(post ? [{ label: "This posting", a: null }] : [])];
  return (
    <figure>
      <figcaption className="mb-3 text-sm text-ink-muted">
        {post ? "This posting's range" : "Pay"} against what {occupationTitle.toLowerCase()} earn ({unit} pay, BLS percentiles).
      </figcaption>
      <div aria-hidden className="space-y-1">
        {rows.map((r) => (
          <div key={r.label}>
            <div className="text-sm font-medium">{r.label}</div>
            <svg width="100%" height={rowH - 20} className="block overflow-visible" focusable="false">
              <rect x="0" y="9" width="100%" height="6" rx="3" className="fill-subtle" />
              {r.a ? (
                <>
                  {value(r.a, "p10") != null && value(r.a, "p90") != null ? (
                    <rect x={x(value(r.a, "p10")!)} y="7" width={x(value(r.a, "p90")! - value(r.a, "p10")!)} height="10" rx="3" className="fill-accent" opacity={0.35} />
                  ) : null}
                  {value(r.a, "p25") != null && value(r.a, "p75") != null ? (
                    <rect x={x(value(r.a, "p25")!)} y="4" width={x(value(r.a, "p75")! - value(r.a, "p25")!)} height="16" rx="3" className="fill-accent" opacity={0.8} />
                  ) : null}
                  {value(r.a, "median") != null ? <rect x={x(value(r.a, "median")!)} y="1" width="3" height="22" className="fill-ink" /> : null}
                </>
              ) : post ? (
                <rect x={x(post.lo)} y="3" width={post.hi > post.lo ? x(post.hi - post.lo) : "4"} height="18" rx="4" className="fill-amber-500" />
              ) : null}
            </svg>
          </div>
        ))}
        <p className="pt-1 text-xs text-ink-muted">Light band: 10th to 90th percentile · dark box: 25th to 75th · line: median{post ? " · amber: this posting" : ""}.</p>
      </div>
      <table className="mt-4 w-full border-collapse text-sm tabular-nums">
        <caption className="sr-only">Pay percentiles for {occupationTitle} and this posting&apos;s range</caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="py-1.5 pr-3 font-semibold">Percentile</th>
            {areas.map((a) => (
              <th key={a.area} scope="col" className="py-1.5 pl-3 text-right font-semibold">
                {a.area} <span className="block font-normal text-ink-muted sm:inline">May {a.year}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {KEYS.map((k, i) => (
            <tr key={k} className="border-b border-line">
              <th scope="row" className={`py-1.5 pr-3 text-left ${k === "median" ? "font-semibold" : "font-normal"}`}>
                {HEADERS[i]}
              </th>
              {areas.map((a) => (
                <td key={a.area} className={`py-1.5 pl-3 text-right ${k === "median" ? "font-semibold" : ""} ${value(a, k) == null && !topped(a, k) ? "text-ink-muted italic" : ""}`}>
                  {show(a, k)}
                </td>
              ))}
            </tr>
          ))}
          {post ? (
            <tr>
              <th scope="row" className="py-1.5 pr-3 text-left font-semibold">
                This posting
              </th>
              <td colSpan={areas.length} className="py-1.5 pl-3 text-right font-semibold">
                {post.hi !== post.lo ? `${money(post.lo)} – ${money(post.hi)}` : money(post.lo)}
                {!hourly && payPeriod && payPeriod !== "YEAR" ? <span className="block font-normal text-ink-muted">as a yearly amount</span> : null}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <SourceNote className="mt-2">
        {areas[0].source}, {areas.map((a) => `${a.area} May ${a.year}`).join("; ")}.
      </SourceNote>
    </figure>
  );
}
