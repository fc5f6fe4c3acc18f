/**
 * A bar chart that is also its own table: each row is a label, a bar and the value as text. Bars are spans sized
 * in percent (styled in bar-list.css), so text stays at its normal size on every screen width.
 */
import "./bar-list.css";

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
  const pct = (v: number) => `${Math.max(0, Math.min(100, (v / top) * 100)).toFixed(1)}%`;
  return (
    <table className="bar-list">
      <caption className={showCaption ? "mb-2 text-left font-medium text-ink" : "sr-only"}>{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">{valueHeader}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar, i) => (
          <tr key={`${bar.label}-${i}`} className={bar.highlight ? "hl" : undefined}>
            <th scope="row">
              {bar.href ? (
                <a href={bar.href} className="text-accent underline-offset-4 hover:underline">
                  {bar.label}
                </a>
              ) : (
                bar.label
              )}
              {bar.note ? <span>{bar.note}</span> : null}
            </th>
            <td className={bar.value == null && !bar.openEnded ? "na" : undefined}>{bar.display}</td>
            <td className="track" aria-hidden>
              {bar.value != null ? <span style={{ width: pct(bar.value) }} /> : null}
              {bar.openEnded && bar.value != null ? <span className="more" style={{ left: pct(bar.value) }} /> : null}
              {reference ? <span className="ref" style={{ left: pct(reference.value) }} /> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
