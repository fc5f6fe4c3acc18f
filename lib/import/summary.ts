/** The end-of-import report: rows per table and the codes that found no partner. */
import type { Unmatched } from "./read-official";
import type { TableName } from "./tables";

export function formatSummary(counts: Record<TableName, number>, unmatched: Unmatched, seconds: number): string {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const width = Math.max(...Object.keys(counts).map((k) => k.length));
  const lines = [`Loaded ${total.toLocaleString("en-US")} rows in ${seconds.toFixed(1)} s (${Math.round(total / seconds).toLocaleString("en-US")} rows/s):`];
  for (const [table, n] of Object.entries(counts)) lines.push(`  ${table.padEnd(width)}  ${n.toLocaleString("en-US").padStart(9)}`);
  for (const u of unmatched) {
    if (u.items.length === 0) continue;
    const shown = u.items.slice(0, 12).join(", ");
    lines.push(`Unmatched — ${u.what}: ${u.items.length}${u.items.length ? ` (${shown}${u.items.length > 12 ? ", …" : ""})` : ""}`);
  }
  return lines.join("\n");
}
