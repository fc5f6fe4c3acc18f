/**
 * Progress of a long import: a bar redrawn in place on a terminal, plain lines elsewhere (CI, logs, tests).
 * The importer calls `step` for each file it reads and `rows` while it writes a table.
 */
export type Progress = {
  /** Starts a step; the returned function ends it with an optional detail ("61,530 rows"). */
  step(label: string): (detail?: string) => void;
  /** Rows written so far for a table. */
  rows(table: string, done: number, total: number): void;
  /** A line of information (summary, warnings). */
  info(line: string): void;
};

export const silentProgress: Progress = { step: () => () => undefined, rows: () => undefined, info: () => undefined };

const fmt = (n: number) => n.toLocaleString("en-US");
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function consoleProgress(stream: NodeJS.WriteStream = process.stderr, tty = Boolean(stream.isTTY) && !process.env.CI): Progress {
  let lastLine = 0;
  const write = (line: string) => {
    if (tty) stream.write(`\r\x1b[2K${line}`);
    else stream.write(`${line}\n`);
  };
  const bar = (done: number, total: number) => {
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : width;
    return `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
  };
  return {
    step(label) {
      const started = Date.now();
      if (tty) write(`… ${label}`);
      return (detail) => write(`✓ ${label}${detail ? ` — ${detail}` : ""} (${secs(Date.now() - started)})${tty ? "\n" : ""}`);
    },
    rows(table, done, total) {
      if (tty) {
        write(`${bar(done, total)} ${table} ${fmt(done)}/${fmt(total)}`);
        if (done >= total) stream.write("\n");
      } else if (done >= total || Date.now() - lastLine > 2000) {
        lastLine = Date.now();
        write(`  ${table}: ${fmt(done)}/${fmt(total)} rows`);
      }
    },
    info(line) {
      write(line);
      if (tty) stream.write("\n");
    },
  };
}
