import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type WrkResult = { rps: number; p50: number; p95: number; p99: number; requests: number; bad: number };

// wrk's Lua hook prints one JSON line with the figures wrk's own summary lacks (p95) and the error counts.
const REPORT = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('BENCH {"requests":%d,"seconds":%f,"p50":%f,"p95":%f,"p99":%f,"bad":%d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, e.status + e.connect + e.read + e.write + e.timeout))
end
`;
const script = path.join(os.tmpdir(), "careerlens-wrk-report.lua");

/** Runs wrk against one URL; latencies in milliseconds; `bad` counts non-2xx/3xx answers and socket errors. */
export function wrk(url: string, opts: { connections: number; seconds: number; threads?: number }): WrkResult {
  fs.writeFileSync(script, REPORT);
  const out = execFileSync(
    "wrk",
    ["-t", String(opts.threads ?? 2), "-c", String(opts.connections), "-d", `${opts.seconds}s`, "--timeout", "10s", "-s", script, url],
    { encoding: "utf8" },
  );
  const line = out.split("\n").find((l) => l.startsWith("BENCH "));
  if (!line) throw new Error(`wrk printed no figures for ${url}:\n${out}`);
  const r = JSON.parse(line.slice(6)) as { requests: number; seconds: number; p50: number; p95: number; p99: number; bad: number };
  return { rps: r.requests / r.seconds, p50: r.p50, p95: r.p95, p99: r.p99, requests: r.requests, bad: r.bad };
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
