// npm run bench -- [--only throughput,memory,sql,js,lighthouse,soak] [--postgres URL] [--minutes 5] [--runs 3]
// Runs the parts of the benchmark suite (issue #10), prints one summary table with a section per part and
// rewrites their sections of docs/benchmarks.md. Every part starts the site itself with `npm start` on the
// benchmark database (.data/bench, loaded on first use) and the production build (built when sources changed).
//   throughput  wrk against next start, nginx and the prerendered page (scripts/bench/site.ts; wrk and nginx
//               from Debian, installed with apt-get when running as root, else it says how)
//   memory      heap and RSS per step (node, database, title index) on PGlite, and on PostgreSQL with --postgres
//   sql         SQL statements per page render and the slowest statements
//   js          first-load JavaScript per route (gzip) against the floor + 30 KB
//   lighthouse  Lighthouse 12 mobile, median of --runs (the npm dev dependency; Chromium from CHROME_PATH or Debian)
//   soak        mixed traffic at half capacity for --minutes (default 5), RSS over time
import { execFileSync, spawnSync } from "node:child_process";
import { loadEnvFiles } from "@/lib/env-files";
import { measureFirstLoadJs, printFirstLoadJs, JS_BUDGET_KB } from "./first-load-js";
import { measureLighthouse, printLighthouse } from "./lighthouse";
import { memoryRows, type MemoryStep } from "./memory";
import { markdownTable, machine, stamp, writeSection } from "./report";
import { BENCH_DATABASE, startServer } from "./server";
import { printSoak, soak, writeSoakSection } from "./soak";
import { clearDataCache, measureSql, printSql } from "./sql";
import { option } from "./tools";

const PARTS = ["throughput", "memory", "sql", "js", "lighthouse", "soak"] as const;
type Part = (typeof PARTS)[number];
type SummaryRow = { section: Part; measure: string; figure: string | number; target: string; met: string };

function parts(): Part[] {
  const only = option("only");
  if (!only) return [...PARTS];
  const wanted = only.split(",").map((s) => s.trim());
  const unknown = wanted.filter((w) => !PARTS.includes(w as Part));
  if (unknown.length) throw new Error(`--only takes ${PARTS.join(", ")} (got ${unknown.join(", ")})`);
  return wanted as Part[];
}

/** Memory steps for one database, measured in a child process of its own (a fresh heap per database). */
function memoryOf(url: string): MemoryStep[] {
  const out = execFileSync("npx", ["tsx", "scripts/bench/memory.ts", "--database", url], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const line = out.split("\n").find((l) => l.startsWith("MEMORY "));
  if (!line) throw new Error(`memory.ts printed no figures for ${url}`);
  return JSON.parse(line.slice(7)) as MemoryStep[];
}

async function main() {
  loadEnvFiles();
  const run = parts();
  const summary: SummaryRow[] = [];
  const header = `Run on ${stamp()}; ${machine()}. The machine is shared: compare figures within one run.`;

  if (run.includes("throughput")) {
    // its own script: it starts the site and nginx, writes its section and prints its table
    const r = spawnSync("npx", ["tsx", "scripts/bench/site.ts"], { stdio: "inherit" });
    summary.push({ section: "throughput", measure: "see the throughput table above", figure: r.status === 0 ? "ran" : "failed", target: "0.8× prerendered, 0.04× nginx", met: "see table" });
  }

  if (run.includes("memory")) {
    const rows = memoryRows("PGlite", memoryOf(BENCH_DATABASE));
    const postgres = option("postgres") ?? process.env.BENCH_POSTGRES_URL;
    if (postgres) rows.push(...memoryRows("PostgreSQL", memoryOf(postgres)));
    console.log("\nMemory per step (heap after full GC; RSS of the process):");
    console.table(rows);
    writeSection("Memory per step (npm run bench -- --only memory)", `${header}\n\n${markdownTable(rows)}`);
    const last = (db: string) => rows.filter((r) => r.database === db).at(-1);
    for (const db of ["PGlite", "PostgreSQL"]) {
      const l = last(db);
      if (l) summary.push({ section: "memory", measure: `${db}: RSS with database and title index`, figure: `${l["RSS MB"]} MB`, target: "server ≤ 300 MB (see soak)", met: "info" });
    }
  }

  const needsServer = run.some((p) => p === "sql" || p === "js" || p === "lighthouse");
  if (needsServer) {
    if (run.includes("sql")) clearDataCache();
    const server = await startServer({ env: { CAREERLENS_SQL_LOG: "1" }, quiet: true });
    try {
      if (run.includes("sql")) {
        const r = await measureSql(server);
        printSql(r);
        writeSection(
          "SQL statements per page (npm run bench -- --only sql)",
          `${header}\n\n${markdownTable(r.rows)}\n\n${r.growing.length ? `Grows with the list: ${r.growing.join(", ")}.` : "Counts stay constant as lists grow (no N+1)."}\n\nSlowest statements (ms include waiting for PGlite's single connection):\n\n${markdownTable(r.slowest.map((s) => ({ ms: Math.round(s.ms), page: s.page, sql: s.sql.replace(/\s+/g, " ").slice(0, 120) })))}`,
        );
        summary.push({ section: "sql", measure: "statement count as lists grow", figure: r.growing.length ? r.growing.join(", ") : "constant", target: "constant", met: r.growing.length ? "NO" : "yes" });
      }
      if (run.includes("js")) {
        const r = await measureFirstLoadJs(server.base);
        printFirstLoadJs(r);
        writeSection("First-load JavaScript (npm run bench -- --only js)", `${header}\n\nFloor (the 404 page: framework + root layout): ${r.floorKb} KB gzip. Budget: floor + ${JS_BUDGET_KB} KB.\n\n${markdownTable(r.rows)}`);
        summary.push({ section: "js", measure: "floor (404 page)", figure: `${r.floorKb} KB`, target: "", met: "info" });
        summary.push({ section: "js", measure: "routes over floor + 30 KB", figure: r.over.length ? r.over.map((o) => o.route).join(", ") : "none", target: "none", met: r.over.length ? "NO" : "yes" });
      }
      if (run.includes("lighthouse")) {
        const r = await measureLighthouse(server.base, Number(option("runs") ?? 3));
        printLighthouse(r);
        writeSection(
          "Lighthouse 12 mobile (npm run bench -- --only lighthouse)",
          `${header}\n\nMedian of ${r.runs} runs; Chromium ${r.chromePath}. The site runs with SQL logging on (as for the SQL part).\n\n${markdownTable(r.rows)}\n\nAudits below 0.9:\n\n${markdownTable(r.failed)}`,
        );
        for (const row of r.rows) summary.push({ section: "lighthouse", measure: String(row.page), figure: `${row.performance}/${row.accessibility}/${row["best-practices"]}/${row.seo}`, target: "95/100/100/100", met: String(row.met) });
      }
    } finally {
      server.stop();
    }
  }

  if (run.includes("soak")) {
    const server = await startServer({ quiet: true });
    try {
      const minutes = Number(option("minutes") ?? 5);
      const r = await soak(server, { minutes, accounts: 12, calibrateSeconds: 20 });
      printSoak(r);
      writeSoakSection(r, "PGlite (.data/bench)");
      summary.push({ section: "soak", measure: "5xx and socket errors", figure: r.fiveXx, target: "0", met: r.fiveXx === 0 ? "yes" : "NO" });
      summary.push({ section: "soak", measure: "RSS peak", figure: `${r.peak} MB`, target: "≤ 300 MB", met: r.peak <= 300 ? "yes" : "NO" });
      summary.push({ section: "soak", measure: "RSS slope under load", figure: `${r.slope.toFixed(2)} MB/min`, target: "flat (< 1 MB/min)", met: r.verdict === "flat" ? "yes" : "NO" });
    } finally {
      server.stop();
    }
  }

  console.log("\nSummary");
  console.table(summary);
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    console.error(`Benchmark failed: ${e.message}`);
    process.exit(1);
  },
);
