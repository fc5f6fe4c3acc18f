import { spawn } from "node:child_process";
import { freePort, rssOfListener, waitFor } from "./tools";

export type BenchServer = {
  base: string;
  port: number;
  /** Lines the server printed to stdout since it started (the SQL benchmark reads its `SQL {…}` lines). */
  lines: string[];
  rss(): number | null;
  stop(): void;
};

/** The benchmarks' own embedded database (loaded on first use by `npm start`, ~1 min), apart from .data/pglite. */
export const BENCH_DATABASE = "pglite:.data/bench";

/**
 * The load comes from one address at hundreds of requests a second, which the abuse limits (lib/limits.ts)
 * rightly refuse: the benchmarks measure the site, so their server runs with the limits off. The soak gives
 * each of its accounts its own X-Forwarded-For address, which only counts when the proxy header is trusted.
 */
const BENCH_ENV = {
  TRUST_PROXY: "1",
  RATE_LIMITS: ["search:ip", "search:account", "write:ip", "write:account"].map((name) => `${name}=off`).join(","),
};

/**
 * Starts the site as `npm start` does (migrate, load data into an empty database, build when sources changed,
 * `next start`) on a free port (or `port`), and waits until it answers. `env` adds variables.
 */
export async function startServer(opts: { port?: number; env?: Record<string, string>; quiet?: boolean } = {}): Promise<BenchServer> {
  const port = opts.port ?? (await freePort());
  console.log(`Starting the site on port ${port} (npm start, database ${opts.env?.DATABASE_URL ?? BENCH_DATABASE})…`);
  const child = spawn("npx", ["tsx", "scripts/start.ts"], {
    // NEXTAUTH_URL: the site's public address, as every production deployment sets it (canonical links use it)
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: BENCH_DATABASE, NODE_ENV: "production", NEXTAUTH_URL: `http://127.0.0.1:${port}`, ...BENCH_ENV, ...opts.env },
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  const lines: string[] = [];
  let rest = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
    const parts = (rest + chunk).split("\n");
    rest = parts.pop() ?? "";
    for (const line of parts) {
      lines.push(line);
      if (!opts.quiet && !line.startsWith("SQL ")) console.log(`  [server] ${line}`);
    }
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  process.on("exit", stop);
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) => child.on("exit", (code) => reject(new Error(`the site exited (code ${code}) before answering`))));
  await Promise.race([waitFor(`${base}/about`, 20 * 60_000), exited]);
  return { base, port, lines, rss: () => rssOfListener(port), stop };
}
