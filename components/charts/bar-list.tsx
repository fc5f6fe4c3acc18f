/**
 * A bar chart that is also its own table: each row is a label, a bar and the value as text. Bars are drawn as
 * server-rendered SVG in percentage coordinates, so text stays at its normal size on every screen width.
 */
export type Bar = {
  label: string;
  /** What the bar measures; null draws no bar (the text says why, e.g. "not published"). */
  value: number | null;
  /** The value as people should read it ("$61,860", "≥ $239,200", "not published"). */
  display: string;
  /** Optional second line under the label (e.g. a state's employment). */
  note?: string;
  /** Emphasise this row (e.g. the median). */
  highlight?: boolean;
  /** Draw the bar open-ended (a top-coded value that is at least this much). */
  openEnded?: boolean;
  href?: string;
};

type BarListProps = {
  caption: string;
  /** Show the caption as a visible heading-like line; otherwise it is for screen readers only. */
  showCaption?: boolean;
  labelHeader: string;
  valueHeader: string;
  bars: Bar[];
  /** The value a full-width bar stands for; defaults to the largest value. */
  max?: number;
  /** A reference line (e.g. the median for all occupations), as a value on the same scale. */
  reference?: { value: number; label: string };
};

export function BarList({ caption, showCaption = false, labelHeader, valueHeader, bars, max, reference }: BarListProps) {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value ?? 0), reference?.value ?? 0) || 1;
  const pct = (v: number) => `${Math.max(0, Math.min(100, (v / top) * 100)).toFixed(2)}%`;
  return (
    <table className="w-full border-collapse text-sm">
      <caption className={showCaption ? "mb-2 text-left font-medium text-ink" : "sr-only"}>{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">{valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar, i) => (
          <tr key={`${bar.label}-${i}`} className="grid grid-cols-[minmax(0,1fr)_auto] items-end gap-x-3 pt-2.5 first:pt-0">
            <th scope="row" className={`min-w-0 text-left font-normal ${bar.highlight ? "font-semibold text-ink" : "text-ink"}`}>
              {bar.href ? (
                <a href={bar.href} className="text-accent underline-offset-4 hover:underline">
                  {bar.label}
                </a>
              ) : (
                bar.label
              )}
              {bar.note ? <span className="block text-xs text-ink-muted">{bar.note}</span> : null}
            </th>
            <td className={`text-right tabular-nums ${bar.highlight ? "font-semibold" : ""} ${bar.value == null && !bar.openEnded ? "text-ink-muted italic" : ""}`}>
              {bar.display}
            </td>
            <td className="col-span-2 pt-1" aria-hidden>
              <svg width="100%" height="10" className="block overflow-visible" focusable="false">
                <rect x="0" y="0" width="100%" height="10" rx="3" className="fill-subtle" />
                {bar.value != null ? (
                  <rect
                    x="0"
                    y="0"
                    width={pct(bar.value)}
                    height="10"
                    rx="3"
                    className={bar.highlight ? "fill-accent-strong" : "fill-accent"}
                    opacity={bar.highlight ? 1 : 0.78}
                  />
                ) : null}
                {bar.openEnded && bar.value != null ? (
                  <rect x={pct(bar.value)} y="3" width="6" height="4" className="fill-accent" opacity={0.5} />
                ) : null}
                {reference ? (
                  <line
                    x1={pct(reference.value)}
                    x2={pct(reference.value)}
                    y1="-3"
                    y2="13"
                    strokeWidth="2"
                    strokeDasharray="2 2"
                    className="stroke-ink"
                  />
                ) : null}
              </svg>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
