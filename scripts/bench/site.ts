// npm run bench: throughput and latency of the site's public pages against their physical limits, measured in
// one run: each route served by `next start`, the same route's HTML as a static file from nginx, and a
// prerendered page of the app itself (/about), in interleaved rounds (median of rounds), plus the server's
// memory before and after. Prints one table and rewrites docs/benchmarks.md.
//   npm run bench -- [--rounds 3] [--seconds 5] [--connections 32]
import { ensureTool, freePort, numberOption, rssOfListener, waitFor } from "./tools";
import { startServer } from "./server";
import { startNginx } from "./nginx";
import { BENCH_FILE, machine, markdownTable, stamp, writeSection } from "./report";
import { median, wrk, type WrkResult } from "./wrk";

const ROUTES: { name: string; path: string }[] = [
  { name: "home", path: "/" },
  { name: "career", path: "/careers/registered-nurses" },
  { name: "comparison", path: "/compare/lead-technician-vs-senior-support-technician" },
  { name: "careers filtered", path: "/careers?group=29&payMin=60000&sort=growth" },
  { name: "search API", path: "/api/v1/search?q=sr%20desktop%20support%20tech" },
];
const REFERENCE = { name: "prerendered /about", path: "/about" };
const TARGETS = { vsReference: 0.8, vsNginx: 0.04 };

async function main() {
  const rounds = numberOption("rounds", 3);
  const seconds = numberOption("seconds", 5);
  const connections = numberOption("connections", 32);
  ensureTool("wrk", "wrk");
  const nginxBin = ensureTool("nginx", "nginx-light");

  const app = await startServer();
  const appPort = app.port;
  const base = app.base;

  // Warm every route (first render, search index, caches), then keep its HTML for nginx.
  const html: Record<string, string> = {};
  const status: Record<string, number> = {};
  for (const route of [...ROUTES, REFERENCE]) {
    for (let i = 0; i < 20; i++) await fetch(base + route.path).then((r) => r.arrayBuffer());
    const response = await fetch(base + route.path);
    status[route.name] = response.status;
    html[key(route.name)] = await response.text();
  }
  const rssIdle = rssOfListener(appPort);
  const nginxPort = await freePort();
  const nginx = startNginx(nginxBin, nginxPort, html);
  await waitFor(`http://127.0.0.1:${nginxPort}/${key(REFERENCE.name)}`, 10_000);

  const runs: Record<string, { app: WrkResult[]; nginx: WrkResult[] }> = {};
  const reference: WrkResult[] = [];
  const opts = { connections, seconds };
  let rssPeak = rssIdle ?? 0;
  for (let round = 1; round <= rounds; round++) {
    console.log(`Round ${round} of ${rounds}…`);
    reference.push(wrk(base + REFERENCE.path, opts));
    for (const route of ROUTES) {
      const r = (runs[route.name] ??= { app: [], nginx: [] });
      r.app.push(wrk(base + route.path, opts));
      rssPeak = Math.max(rssPeak, rssOfListener(appPort) ?? 0);
      r.nginx.push(wrk(`http://127.0.0.1:${nginxPort}/${key(route.name)}`, opts));
    }
  }
  await new Promise((r) => setTimeout(r, 5000));
  const rssAfter = rssOfListener(appPort);
  nginx.stop();
  app.stop();

  const ref = median(reference.map((r) => r.rps));
  const rows = ROUTES.map((route) => {
    const { app: a, nginx: n } = runs[route.name];
    const rps = median(a.map((r) => r.rps));
    const nginxRps = median(n.map((r) => r.rps));
    const bad = a.reduce((s, r) => s + r.bad, 0);
    const nginxBad = n.reduce((s, r) => s + r.bad, 0);
    return {
      route: `${route.name} (${status[route.name]})`,
      kB: Math.round(Buffer.byteLength(html[key(route.name)]) / 1000),
      "app req/s": Math.round(rps),
      "nginx req/s": Math.round(nginxRps),
      "vs prerendered": +(rps / ref).toFixed(2),
      "vs nginx": +(rps / nginxRps).toFixed(3),
      "p50 ms": +median(a.map((r) => r.p50)).toFixed(1),
      "p95 ms": +median(a.map((r) => r.p95)).toFixed(1),
      "p99 ms": +median(a.map((r) => r.p99)).toFixed(1),
      "non-2xx": bad,
      // nginx must answer the page itself, or its rate says nothing
      "nginx non-2xx": nginxBad,
      met: rps / ref >= TARGETS.vsReference && rps / nginxRps >= TARGETS.vsNginx && bad === 0 && status[route.name] === 200 ? "yes" : "NO",
    };
  });
  const memory = `server RSS: ${rssIdle ?? "?"} MB warm and idle, ${rssPeak} MB peak under load, ${rssAfter ?? "?"} MB 5 s after`;
  console.log(`\nPrerendered reference (${REFERENCE.path}): ${Math.round(ref)} req/s. ${connections} connections, ${seconds} s per run, median of ${rounds} rounds.`);
  console.table(rows);
  console.log(memory);
  writeReport(rows, { ref, memory, connections, seconds, rounds });
}

const key = (name: string) => name.replace(/[^a-z0-9]+/gi, "-").toLowerCase();

function writeReport(rows: Record<string, string | number>[], info: { ref: number; memory: string; connections: number; seconds: number; rounds: number }) {
  writeSection(
    "Throughput and latency (npm run bench)",
    `Run on ${stamp()}; ${machine()}. wrk, ${info.connections} connections,
${info.seconds} s per run, median of ${info.rounds} interleaved rounds. Targets: at least ${TARGETS.vsReference}× the app's prerendered
page (${Math.round(info.ref)} req/s this run) and ${TARGETS.vsNginx}× nginx serving the same HTML; no non-2xx answers.

${markdownTable(rows)}

${info.memory}.`,
  );
  console.log(`Wrote ${BENCH_FILE}.`);
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    console.error(`Benchmark failed: ${e.message}`);
    process.exit(1);
  },
);
