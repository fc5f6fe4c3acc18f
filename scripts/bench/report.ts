import fs from "node:fs";
import os from "node:os";

export const BENCH_FILE = "docs/benchmarks.md";

/** "2 × AMD EPYC…, 24 GiB, Node v20…": the machine a figure was measured on. */
export const machine = () => `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

export const stamp = () => `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** Rows as a Markdown table (columns of the first row). */
export function markdownTable(rows: Record<string, unknown>[]): string {
  if (!rows.length) return "(no rows)";
  const head = Object.keys(rows[0]);
  const cell = (v: unknown) => String(v ?? "").replace(/\|/g, "\\|");
  return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${head.map((h) => cell(r[h])).join(" | ")} |`)].join("\n");
}

/** Replaces (or appends) the section of docs/benchmarks.md whose heading starts with `heading`. */
export function writeSection(heading: string, body: string) {
  const section = `## ${heading}\n\n${body.trim()}\n\n`;
  const old = fs.existsSync(BENCH_FILE) ? fs.readFileSync(BENCH_FILE, "utf8") : "# Benchmarks\n\nLatest figures from the benchmark scripts; each section is rewritten by its script.\n\n";
  const start = old.indexOf(`## ${heading}`);
  const end = start < 0 ? -1 : old.indexOf("\n## ", start + 3);
  const next = start < 0 ? `${old.trimEnd()}\n\n${section}` : old.slice(0, start) + section + (end < 0 ? "" : old.slice(end + 1));
  fs.writeFileSync(BENCH_FILE, `${next.trimEnd()}\n`);
}
