import type { FigureGroup } from "@/lib/compare/figures";
import { rowSources } from "@/lib/compare/figures";

/**
 * Every figure side by side: one table, a body per group (Overview, Pay, …), a column per career. Each row
 * names its sources and years under its label; a missing or suppressed figure says so in muted italics.
 * Wide comparisons scroll sideways inside their own frame on a phone, never the page.
 */
export function FigureTable({ names, groups }: { names: string[]; groups: FigureGroup[] }) {
  return (
    <div
      className="overflow-x-auto rounded-xl border border-line bg-surface shadow-xs print:overflow-visible print:border-0 print:shadow-none"
      tabIndex={0}
      role="region"
      aria-label="Every figure side by side (scrolls sideways on small screens)"
    >
      <table className="w-full border-collapse text-sm" style={{ minWidth: `${9 + names.length * 10}rem` }}>
        <caption className="sr-only">Every figure side by side, grouped, with sources</caption>
        <thead>
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
              return (
                <tr key={row.key} className="border-t border-line align-top">
                  <th scope="row" className="p-3 text-left font-medium">
                    {row.label}
                    {sources.length ? <span className="mt-1 block text-xs font-normal text-ink-muted">{sources.join("; ")}</span> : null}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={i} className={`p-3 break-words ${row.key === "description" || row.key === "tasks" ? "" : "tabular-nums"}`}>
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
