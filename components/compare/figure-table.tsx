import type { FigureGroup } from "@/lib/compare/figures";
import { rowSources } from "@/lib/compare/figures";

/** A career name as a CSS string, for the phone layout's labels (drawn by compare.css from --name-N). */
const cssString = (s: string) => `"${s.replace(/["\\]/g, "\\$&").replace(/\s+/g, " ")}"`;

/**
 * Every figure side by side: one table, a body per group (Overview, Pay, …), a column per career. Each row
 * names its sources and years under its label; a missing or suppressed figure says so in muted italics.
 * On a phone each row becomes a small grid: the figure's name across, then each career's value under its name
 * (two to a line); from the small breakpoint up it is an ordinary table that scrolls sideways in its frame if
 * it must, never the page. The cells carry no classes: `figure-table` in compare.css styles them.
 */
export function FigureTable({ names, groups }: { names: string[]; groups: FigureGroup[] }) {
  const style = Object.fromEntries([["--table-min", `${9 + names.length * 10}rem`], ...names.map((n, i) => [`--name-${i + 1}`, cssString(n)])]);
  return (
    <div
      className="overflow-x-auto rounded-xl border border-line bg-surface shadow-xs print:overflow-visible print:border-0 print:shadow-none"
      tabIndex={0}
      role="region"
      aria-label="Every figure side by side (scrolls sideways on small screens)"
    >
      <table className="figure-table" style={style as React.CSSProperties}>
        <caption className="sr-only">Every figure side by side, grouped, with sources</caption>
        <thead className="max-sm:sr-only">
          <tr>
            <th scope="col">Figure</th>
            {names.map((name, i) => (
              <th key={i} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.id} id={`figures-${group.id}`} className="scroll-mt-20">
            <tr>
              <th scope="colgroup" colSpan={names.length + 1}>
                {group.title}
              </th>
            </tr>
            {group.rows.map((row) => {
              const sources = rowSources(row);
              return (
                <tr key={row.key} className={row.key === "description" || row.key === "tasks" ? "prose" : undefined}>
                  <th scope="row">
                    {row.label}
                    {sources.length ? <small>{sources.join("; ")}</small> : null}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={i} className={cell.missing ? "miss" : undefined}>
                      {cell.display}
                      {cell.note ? <small>{cell.note}</small> : null}
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
