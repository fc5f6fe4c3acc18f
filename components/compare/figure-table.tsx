import type { FigureGroup } from "@/lib/compare/figures";
import { rowSources } from "@/lib/compare/figures";

/**
 * Every figure side by side: one table, a body per group (Overview, Pay, …), a column per career. Each row
 * names its sources and years under its label; a missing or suppressed figure says so in muted italics.
 * On a phone each row becomes a small grid: the figure's name across, then each career's value under its name
 * (two to a line); from the small breakpoint up it is an ordinary table that scrolls sideways in its frame if
 * it must, never the page.
 */
export function FigureTable({ names, groups }: { names: string[]; groups: FigureGroup[] }) {
  return (
    <div
      className="overflow-x-auto rounded-xl border border-line bg-surface shadow-xs print:overflow-visible print:border-0 print:shadow-none"
      tabIndex={0}
      role="region"
      aria-label="Every figure side by side (scrolls sideways on small screens)"
    >
      <table
        className="w-full border-collapse text-sm sm:min-w-(--table-min)"
        style={{ "--table-min": `${9 + names.length * 10}rem` } as React.CSSProperties}
      >
        <caption className="sr-only">Every figure side by side, grouped, with sources</caption>
        <thead className="max-sm:sr-only">
          <tr className="border-b border-line-strong">
            <th scope="col" className="w-[22%] p-3 text-left align-bottom text-xs font-medium text-ink-muted">
              Figure
            </th>
            {names.map((name, i) => (
              <th key={`${name}-${i}`} scope="col" className="p-3 text-left align-bottom text-base font-semibold break-words">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.id} id={`figures-${group.id}`} className="scroll-mt-20">
            <tr className="bg-subtle">
              <th scope="colgroup" colSpan={names.length + 1} className="px-3 py-2 text-left text-sm font-semibold tracking-wide">
                {group.title}
              </th>
            </tr>
            {group.rows.map((row) => {
              const sources = rowSources(row);
              const prose = row.key === "description" || row.key === "tasks";
              return (
                <tr
                  key={row.key}
                  className={`border-t border-line align-top max-sm:grid max-sm:gap-x-3 max-sm:px-3 max-sm:py-2 ${prose ? "max-sm:grid-cols-1" : "max-sm:grid-cols-2"}`}
                >
                  <th scope="row" className="p-3 text-left font-medium max-sm:col-span-full max-sm:px-0 max-sm:pb-1">
                    {row.label}
                    {sources.length ? <span className="mt-1 block text-xs font-normal text-ink-muted">{sources.join("; ")}</span> : null}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={i} className={`p-3 break-words max-sm:px-0 max-sm:py-1.5 ${prose ? "" : "tabular-nums"}`}>
                      <span className="block text-xs font-semibold text-ink-muted sm:hidden" aria-hidden>
                        {names[i]}
                      </span>
                      <span className={cell.missing ? "text-ink-muted italic" : ""}>{cell.display}</span>
                      {cell.note ? <span className="mt-0.5 block text-xs text-ink-muted">{cell.note}</span> : null}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
