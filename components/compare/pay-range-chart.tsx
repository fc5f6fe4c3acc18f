import { niceDomain } from "@/components/charts/trend-chart";
import { formatMoneyShort, formatWage, TOP_CODE_ANNUAL, type WageValue } from "@/lib/format";

export type PayRange = {
  name: string;
  p10: WageValue;
  p25: WageValue;
  median: WageValue;
  p75: WageValue;
  p90: WageValue;
};

const num = (w: WageValue) => (w.topCoded ? TOP_CODE_ANNUAL : w.value);

/**
 * Yearly pay percentiles of every career on one scale: a thin bar from the 10th to the 90th percentile, a
 * thicker one from the 25th to the 75th, a mark at the median. Server-rendered SVG in percentage coordinates
 * (readable at any width), followed by the figures as a table. A top-coded end is drawn open (≥).
 */
export function PayRangeChart({ title, ranges }: { title: string; ranges: PayRange[] }) {
  const values = ranges.flatMap((r) => [r.p10, r.p90, r.median].map(num)).filter((v): v is number => v != null);
  if (values.length === 0) return null;
  const [, hi] = niceDomain(0, Math.max(...values));
  const x = (v: number) => `${((v / hi) * 100).toFixed(2)}%`;
  // round tick steps: the first of 4, 5, 3 or 6 divisions that lands on whole thousands
  const unit = hi >= 50_000 ? 10_000 : 1_000;
  const parts = [4, 5, 3, 6].find((n) => (hi / n) % unit === 0) ?? 4;
  const ticks = Array.from({ length: parts + 1 }, (_, i) => (hi * i) / parts);
  return (
    <figure>
      <div role="img" aria-label={`${title}: chart; the figures follow in a table`}>
        {ranges.map((r) => {
          const lo = num(r.p10);
          const top = num(r.p90);
          const q1 = num(r.p25);
          const q3 = num(r.p75);
          const med = num(r.median);
          return (
            <div key={r.name} className="grid grid-cols-1 gap-1 py-2 sm:grid-cols-[12rem_minmax(0,1fr)] sm:items-center sm:gap-4">
              <p className="text-sm font-medium break-words">{r.name}</p>
              {med == null && lo == null ? (
                <p className="text-sm text-ink-muted italic">pay not published</p>
              ) : (
                <svg width="100%" height="22" className="block overflow-visible" focusable="false" aria-hidden>
                  {ticks.map((t) => (
                    <line key={t} x1={x(t)} x2={x(t)} y1="0" y2="22" className="stroke-line" strokeWidth="1" />
                  ))}
                  {lo != null && top != null ? (
                    <rect x={x(lo)} y="9" width={x(top - lo)} height="4" rx="2" className="fill-accent" opacity={0.35} />
                  ) : null}
                  {q1 != null && q3 != null ? (
                    <rect x={x(q1)} y="5" width={x(q3 - q1)} height="12" rx="3" className="fill-accent" opacity={0.7} />
                  ) : null}
                  {r.p90.topCoded && top != null ? <text x={x(top)} y="15" dx="4" className="fill-ink text-[12px]">≥</text> : null}
                  {med != null ? (
                    <rect x={x(med)} y="1" width="4" height="20" rx="1" transform="translate(-2 0)" className="fill-accent-strong stroke-surface" strokeWidth="1" />
                  ) : null}
                </svg>
              )}
            </div>
          );
        })}
        <div className="grid grid-cols-1 sm:grid-cols-[12rem_minmax(0,1fr)] sm:gap-4" aria-hidden>
          <span className="hidden sm:block" />
          <svg width="100%" height="18" className="block overflow-visible" focusable="false">
            {ticks.map((t, i) => (
              <text
                key={t}
                x={x(t)}
                y="13"
                textAnchor={i === 0 ? "start" : i === ticks.length - 1 ? "end" : "middle"}
                className="fill-ink-muted text-[12px] tabular-nums"
              >
                {formatMoneyShort(t)}
              </text>
            ))}
          </svg>
        </div>
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted">
        <span className="inline-flex items-center gap-1.5">
          <svg width="22" height="8" aria-hidden focusable="false"><rect y="2" width="22" height="4" rx="2" className="fill-accent" opacity={0.35} /></svg>
          10th–90th percentile
        </span>
        <span className="inline-flex items-center gap-1.5">
          <svg width="22" height="10" aria-hidden focusable="false"><rect width="22" height="10" rx="2" className="fill-accent" opacity={0.7} /></svg>
          25th–75th percentile
        </span>
        <span className="inline-flex items-center gap-1.5">
          <svg width="6" height="14" aria-hidden focusable="false"><rect width="4" height="14" x="1" className="fill-accent-strong" /></svg>
          median
        </span>
      </figcaption>
      <div className="mt-4 overflow-x-auto" tabIndex={0} role="region" aria-label={`${title}: the figures`}>
        <table className="w-full min-w-[32rem] text-sm tabular-nums">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-line text-left text-xs text-ink-muted">
              <th scope="col" className="py-1.5 pr-3 font-medium">Career</th>
              {["10th", "25th", "Median", "75th", "90th"].map((h) => (
                <th key={h} scope="col" className="py-1.5 pr-3 text-right font-medium">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ranges.map((r) => (
              <tr key={r.name} className="border-b border-line last:border-0">
                <th scope="row" className="py-1.5 pr-3 text-left font-normal">{r.name}</th>
                {[r.p10, r.p25, r.median, r.p75, r.p90].map((w, i) => (
                  <td key={i} className={`py-1.5 pr-3 text-right ${w.value == null && !w.topCoded ? "text-ink-muted italic" : ""}`}>
                    {formatWage(w)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
