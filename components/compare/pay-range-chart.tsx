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
 * Styled by `pay-ranges` and `cmp-list` in compare.css (the scale's gridlines are the bars' CSS background).
 */
export function PayRangeChart({ title, ranges }: { title: string; ranges: PayRange[] }) {
  const values = ranges.flatMap((r) => [r.p10, r.p90, r.median].map(num)).filter((v): v is number => v != null);
  if (values.length === 0) return null;
  const [, hi] = niceDomain(0, Math.max(...values));
  const x = (v: number) => `${+((v / hi) * 100).toFixed(1)}%`;
  // round tick steps: the first of 4, 5, 3 or 6 divisions that lands on whole thousands
  const unit = hi >= 50_000 ? 10_000 : 1_000;
  const parts = [4, 5, 3, 6].find((n) => (hi / n) % unit === 0) ?? 4;
  const ticks = Array.from({ length: parts + 1 }, (_, i) => (hi * i) / parts);
  return (
    <figure>
      <div role="img" aria-label={`${title}: chart; the figures follow in a table`} className="pay-ranges" style={{ "--parts": parts } as React.CSSProperties}>
        {ranges.map((r) => {
          const lo = num(r.p10);
          const top = num(r.p90);
          const q1 = num(r.p25);
          const q3 = num(r.p75);
          const med = num(r.median);
          return (
            <div key={r.name}>
              <p>{r.name}</p>
              {med == null && lo == null ? (
                <p className="miss">pay not published</p>
              ) : (
                <svg className="bars" focusable="false" aria-hidden>
                  {lo != null && top != null ? <rect className="outer" x={x(lo)} y="9" width={x(top - lo)} height="4" rx="2" /> : null}
                  {q1 != null && q3 != null ? <rect className="inner" x={x(q1)} y="5" width={x(q3 - q1)} height="12" rx="3" /> : null}
                  {r.p90.topCoded && top != null ? <text x={x(top)} y="15" dx="4">≥</text> : null}
                  {med != null ? <rect className="median" x={x(med)} y="1" width="4" height="20" rx="1" /> : null}
                </svg>
              )}
            </div>
          );
        })}
        <div aria-hidden>
          <span className="max-sm:hidden" />
          <svg height="18" focusable="false">
            {ticks.map((t, i) => (
              <text key={t} x={x(t)} y="13" textAnchor={i === 0 ? "start" : i === ticks.length - 1 ? "end" : "middle"}>
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
        <table className="cmp-list min-w-[32rem]">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              {["Career", "10th", "25th", "Median", "75th", "90th"].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {ranges.map((r) => (
              <tr key={r.name}>
                <th scope="row">{r.name}</th>
                {[r.p10, r.p25, r.median, r.p75, r.p90].map((w, i) => (
                  <td key={i} className={w.value == null && !w.topCoded ? "miss" : undefined}>
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
