/**
 * A line chart over a few years, server-rendered as SVG in percentage coordinates (segments and points), with
 * the values written under the chart as a table. Missing years break the line; they are never drawn as zero.
 */
export type TrendSeries = {
  name: string;
  /** `atLeast`: the value is only known to be at or above `value` (a top-coded figure): drawn hollow, unjoined. */
  points: { x: number; value: number | null; display: string; atLeast?: boolean }[];
  /** "strong" draws the main series, "soft" a secondary one (e.g. the 10th and 90th percentiles). */
  tone: "strong" | "soft";
};

type TrendChartProps = {
  title: string;
  series: TrendSeries[];
  /** Format an axis label. */
  tick: (value: number) => string;
  xLabel: (x: number) => string;
};

const PAD_TOP = 8; // %
const PAD_BOTTOM = 14; // % (room for the x labels)
const PAD_LEFT = 13; // % (room for the y labels)
const PAD_RIGHT = 4; // %

export function TrendChart({ title, series, tick, xLabel }: TrendChartProps) {
  const xs = [...new Set(series.flatMap((s) => s.points.map((p) => p.x)))].sort((a, b) => a - b);
  const values = series.flatMap((s) => s.points.map((p) => p.value).filter((v): v is number => v != null));
  if (xs.length === 0 || values.length === 0) return null;
  const [lo, hi] = niceDomain(Math.min(...values), Math.max(...values));
  const ticks = [lo, lo + (hi - lo) / 2, hi];
  const x = (v: number) => (xs.length === 1 ? 50 : PAD_LEFT + ((v - xs[0]) / (xs.at(-1)! - xs[0])) * (100 - PAD_LEFT - PAD_RIGHT));
  const y = (v: number) => PAD_TOP + (1 - (v - lo) / (hi - lo || 1)) * (100 - PAD_TOP - PAD_BOTTOM);
  const p = (n: number) => `${n.toFixed(2)}%`;

  return (
    <figure>
      <div className="relative h-56 w-full sm:h-64">
        <svg width="100%" height="100%" role="img" aria-label={title} className="block overflow-visible" focusable="false">
          {ticks.map((t) => (
            <g key={t}>
              <line x1={p(PAD_LEFT)} x2={p(100 - PAD_RIGHT)} y1={p(y(t))} y2={p(y(t))} className="stroke-line" strokeWidth="1" />
              <text x={p(PAD_LEFT - 2)} y={p(y(t))} dy="0.32em" textAnchor="end" className="fill-ink-muted text-[12px] tabular-nums">
                {tick(t)}
              </text>
            </g>
          ))}
          {xs.map((v) => (
            <text key={v} x={p(x(v))} y="100%" dy="-0.2em" textAnchor="middle" className="fill-ink-muted text-[12px] tabular-nums">
              {xLabel(v)}
            </text>
          ))}
          {series.map((s) =>
            s.points.slice(1).map((pt, i) => {
              const prev = s.points[i];
              if (prev.value == null || pt.value == null || prev.atLeast || pt.atLeast) return null;
              return (
                <line
                  key={`${s.name}-${pt.x}`}
                  x1={p(x(prev.x))}
                  y1={p(y(prev.value))}
                  x2={p(x(pt.x))}
                  y2={p(y(pt.value))}
                  strokeWidth={s.tone === "strong" ? 3 : 1.5}
                  strokeDasharray={s.tone === "soft" ? "4 4" : undefined}
                  strokeLinecap="round"
                  className={s.tone === "strong" ? "stroke-accent" : "stroke-line-strong"}
                />
              );
            }),
          )}
          {series.map((s) =>
            s.points.map((pt) =>
              pt.value == null ? null : (
                pt.atLeast ? (
                  <circle
                    key={`${s.name}-dot-${pt.x}`}
                    cx={p(x(pt.x))}
                    cy={p(y(pt.value))}
                    r={s.tone === "strong" ? 5 : 4}
                    className={`fill-surface ${s.tone === "strong" ? "stroke-accent" : "stroke-line-strong"}`}
                    strokeWidth="2"
                  />
                ) : (
                  <circle
                    key={`${s.name}-dot-${pt.x}`}
                    cx={p(x(pt.x))}
                    cy={p(y(pt.value))}
                    r={s.tone === "strong" ? 5 : 3}
                    className={s.tone === "strong" ? "fill-accent stroke-surface" : "fill-line-strong stroke-surface"}
                    strokeWidth="2"
                  />
                )
              ),
            ),
          )}
        </svg>
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-xs text-ink-muted">
        {series.map((s) => (
          <span key={s.name} className="inline-flex items-center gap-2">
            <svg width="22" height="8" aria-hidden focusable="false">
              <line
                x1="1"
                x2="21"
                y1="4"
                y2="4"
                strokeWidth={s.tone === "strong" ? 3 : 1.5}
                strokeDasharray={s.tone === "soft" ? "4 4" : undefined}
                className={s.tone === "strong" ? "stroke-accent" : "stroke-line-strong"}
              />
            </svg>
            {s.name}
          </span>
        ))}
        {series.some((s) => s.points.some((pt) => pt.atLeast)) ? (
          <span className="inline-flex items-center gap-2">
            <svg width="12" height="12" aria-hidden focusable="false">
              <circle cx="6" cy="6" r="4.5" strokeWidth="1.5" className="fill-surface stroke-accent" />
            </svg>
            at least this much (top-coded)
          </span>
        ) : null}
      </figcaption>
      <div className="mt-4">
        <table className="w-full text-sm tabular-nums">
          <caption className="sr-only">{title}: the figures</caption>
          <thead>
            <tr className="border-b border-line text-left text-xs text-ink-muted">
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Year
              </th>
              {series.map((s) => (
                <th key={s.name} scope="col" className="py-1.5 pr-3 text-right font-medium">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {xs.map((v) => (
              <tr key={v} className="border-b border-line last:border-0">
                <th scope="row" className="py-1.5 pr-3 text-left font-normal">
                  {xLabel(v)}
                </th>
                {series.map((s) => {
                  const pt = s.points.find((q) => q.x === v);
                  return (
                    <td key={s.name} className={`py-1.5 pr-3 text-right ${pt?.value == null ? "text-ink-muted italic" : ""}`}>
                      {pt?.display ?? "–"}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** Rounds a domain outwards to tidy steps, starting from zero when that costs little room. */
export function niceDomain(min: number, max: number): [number, number] {
  if (min === max) return [min * 0.9, max * 1.1 || 1];
  const span = max - min;
  const step = 10 ** Math.floor(Math.log10(span)) / 2;
  let lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  if (lo > 0 && lo < span) lo = 0;
  return [lo, hi];
}
