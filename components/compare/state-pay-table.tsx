import type { AreaWages } from "@/lib/data/careers";
import { formatWage, NOT_PUBLISHED } from "@/lib/format";

export type StateColumn = { name: string; states: AreaWages };

/**
 * Median yearly pay in every state the sources list, one row per state (A–Z) and a column per career, so a
 * state's figures sit side by side. A state a career's source does not list, or lists without a median, reads
 * "not published" in muted italics. Behind a disclosure under the maps; scrolls sideways in its frame if it must.
 */
export function StatePayTable({ columns }: { columns: StateColumn[] }) {
  const medians = columns.map(({ states }) => new Map([...states.ranked, ...states.unranked].map((s) => [s.code, s.median])));
  const names = new Map(columns.flatMap(({ states }) => [...states.ranked, ...states.unranked].map((s) => [s.code, s.name] as const)));
  const rows = [...names].sort((a, b) => a[1].localeCompare(b[1]));
  const periods = [...new Set(columns.map(({ states }) => states.period))].join(", ");
  const caption = `Median yearly pay by state, ${periods}`;
  return (
    <details className="mt-6 max-w-3xl text-sm" data-print="hide">
      <summary className="text-accent">Every state as a table</summary>
      <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={`${caption} (scrolls sideways on small screens)`}>
        <table className={columns.length > 2 ? "cmp-list min-w-[32rem]" : "cmp-list"}>
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">State</th>
              {columns.map(({ name }, i) => (
                <th key={i} scope="col">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([code, name]) => (
              <tr key={code}>
                <th scope="row">{name}</th>
                {medians.map((byCode, i) => {
                  const median = byCode.get(code);
                  const shown = median && (median.value != null || median.topCoded);
                  return (
                    <td key={i} className={shown ? undefined : "miss"}>
                      {median ? formatWage(median) : NOT_PUBLISHED}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
