import { formatPercent } from "@/lib/format";

export type Growth = { name: string; value: number | null; period: string | null };

/**
 * Projected 10-year employment change of each career on one scale around zero: growth to the right, decline to
 * the left. Each row is a table row (name, value as text) with the bar beside it, so the chart is its own table.
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
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Career</th>
          <th scope="col">Projected change</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name} className="grid grid-cols-[minmax(0,1fr)_auto] items-end gap-x-3 pt-3 first:pt-0">
            <th scope="row" className="min-w-0 text-left font-normal break-words">
              {r.name}
              {r.period ? <span className="block text-xs text-ink-muted">{r.period}</span> : null}
            </th>
            <td className={`text-right font-semibold tabular-nums ${r.value == null ? "font-normal text-ink-muted italic" : ""}`}>
              {r.value == null ? "no projection" : formatPercent(r.value, { signed: true })}
            </td>
            <td className="col-span-2 pt-1" aria-hidden>
              <svg width="100%" height="12" className="block overflow-visible" focusable="false">
                <rect x="0" y="0" width="100%" height="12" rx="3" className="fill-subtle" />
                {r.value != null ? (
                  <rect
                    x={`${Math.min(pos(r.value), zero).toFixed(2)}%`}
                    y="0"
                    width={`${Math.max(0.6, Math.abs(pos(r.value) - zero)).toFixed(2)}%`}
                    height="12"
                    rx="2"
                    className={r.value < 0 ? "fill-ink-muted" : "fill-accent"}
                  />
                ) : null}
                <line x1={`${zero.toFixed(2)}%`} x2={`${zero.toFixed(2)}%`} y1="-3" y2="15" strokeWidth="2" className="stroke-ink" />
              </svg>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
