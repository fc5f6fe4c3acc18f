import { formatPercent } from "@/lib/format";

export type Growth = { name: string; value: number | null; period: string | null };

/**
 * Projected 10-year employment change of each career on one scale around zero: growth to the right, decline to
 * the left. Each row is a table row (name, value as text) with the bar beside it, so the chart is its own table.
 * Styled by `growth-chart` in compare.css (the bar's track is the SVG's background).
 */
export function GrowthChart({ caption, rows }: { caption: string; rows: Growth[] }) {
  const known = rows.map((r) => r.value).filter((v): v is number => v != null);
  if (known.length === 0) return null;
  const lo = Math.min(0, ...known);
  const hi = Math.max(0, ...known);
  const span = hi - lo || 1;
  const pos = (v: number) => ((v - lo) / span) * 100;
  const zero = pos(0);
  return (
    <table className="growth-chart">
      <caption className="sr-only">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Career</th>
          <th scope="col">Projected change</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <th scope="row">
              {r.name}
              {r.period ? <small>{r.period}</small> : null}
            </th>
            <td className={r.value == null ? "miss" : undefined}>{r.value == null ? "no projection" : formatPercent(r.value, { signed: true })}</td>
            <td aria-hidden>
              <svg focusable="false">
                {r.value != null ? (
                  <rect
                    className={r.value < 0 ? "down" : undefined}
                    x={`${+Math.min(pos(r.value), zero).toFixed(1)}%`}
                    width={`${+Math.max(0.6, Math.abs(pos(r.value) - zero)).toFixed(1)}%`}
                    height="12"
                    rx="2"
                  />
                ) : null}
                <line x1={`${+zero.toFixed(1)}%`} x2={`${+zero.toFixed(1)}%`} y1="-3" y2="15" />
              </svg>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
