// npm run soak -- [--minutes 10] [--rate R] [--accounts 12] [--calibrate 20] [--port P] [--database URL]
// Mixed traffic against `next start` for a while, to see errors and memory under sustained load (#10, #11):
// public pages, the title-search API, sign-ins, and saving (then deleting) comparisons by real accounts the
// script creates through the sign-up API. First measures capacity (closed loop, 16 workers, pages and search),
// then sends requests at half of it (open loop: a steady rate whatever the answers) unless --rate is given.
// Prints req/s, latency percentiles per kind, status counts, the server's RSS at the start, each minute, the
// end and after 30 s idle, and a growth verdict from the slope of the samples taken under load.
//
// Rate limits: sign-in allows 30 per IP and 10 per account in 15 minutes, sign-up 20 per IP an hour. The server
// takes the client address from the last X-Forwarded-For entry (lib/auth/request-scope.ts: without a proxy in
// front, a client chooses it), so each account uses its own X-Forwarded-For address, and sign-ins are paced
// to one every 10 s round the accounts (with 12 accounts: 7.5 per account and per address in 15 minutes).
import crypto from "node:crypto";
import { markdownTable, machine, stamp, writeSection } from "./report";
import { startServer, type BenchServer } from "./server";
import { numberOption, option } from "./tools";
import { median } from "./wrk";

type Kind = "page" | "search" | "signin" | "save" | "delete";
type Sample = { kind: Kind; ms: number; status: number };

const PAGES = [
  "/",
  "/careers/registered-nurses",
  "/careers/software-developers",
  "/careers/electricians",
  "/compare/registered-nurses-vs-paramedics",
  "/careers?group=29&payMin=60000&sort=growth",
  "/companies",
  "/companies?page=3",
  "/companies/ge-aerospace",
  "/jobs",
  "/jobs/sample-0001",
  "/professions",
];
const QUERIES = ["re", "regis", "registered nu", "soft", "software eng", "truck d", "sr desktop sup", "hvac t", "nurse", "account", "elec", "teacher"];
const SAVES = [
  ["registered-nurses", "paramedics"],
  ["software-developers", "web-developers"],
  ["electricians", "plumbers-pipefitters-and-steamfitters", "carpenters"],
];

const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] : NaN);

type Account = { email: string; password: string; ip: string; cookie: string };

class Load {
  samples: Sample[] = [];
  errors = 0;
  inFlight = 0;
  /** The first answers of 400 and above, per kind and status, to say why (printed after the run). */
  refusals = new Map<string, string>();
  constructor(private readonly base: string) {}

  private noteRefusal(kind: Kind, path: string, status: number, text: string) {
    const key = `${kind} ${status}`;
    if (status >= 400 && !this.refusals.has(key)) this.refusals.set(key, `${path}: ${text.replace(/\s+/g, " ").slice(0, 160)}`);
  }

  async request(kind: Kind, path: string, init: RequestInit = {}): Promise<Response | null> {
    const started = performance.now();
    this.inFlight++;
    try {
      const response = await fetch(this.base + path, { redirect: "manual", ...init });
      const text = await response.text();
      this.samples.push({ kind, ms: performance.now() - started, status: response.status });
      this.noteRefusal(kind, path, response.status, text);
      return response;
    } catch {
      this.errors++;
      return null;
    } finally {
      this.inFlight--;
    }
  }

  /** Body and Set-Cookie of a JSON POST. */
  async post(kind: Kind, path: string, body: unknown, headers: Record<string, string>) {
    const started = performance.now();
    this.inFlight++;
    try {
      const response = await fetch(this.base + path, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: this.base, ...headers },
        body: JSON.stringify(body),
        redirect: "manual",
      });
      const text = await response.text();
      this.samples.push({ kind, ms: performance.now() - started, status: response.status });
      this.noteRefusal(kind, path, response.status, text);
      return { status: response.status, text, cookie: response.headers.get("set-cookie")?.split(";")[0] ?? null };
    } catch {
      this.errors++;
      return null;
    } finally {
      this.inFlight--;
    }
  }
}

async function createAccounts(load: Load, n: number): Promise<Account[]> {
  const run = crypto.randomBytes(3).toString("hex");
  const accounts: Account[] = [];
  for (let i = 0; i < n; i++) {
    const a = { email: `soak-${run}-${i}@example.test`, password: `Soak ${crypto.randomBytes(9).toString("base64url")} long`, ip: `10.${77 + (i >> 8)}.${i & 255}.${1 + (parseInt(run, 16) % 250)}`, cookie: "" };
    const r = await load.post("signin", "/api/v1/account/signup", { email: a.email, name: `Soak ${i}`, password: a.password }, { "X-Forwarded-For": a.ip });
    if (!r || r.status !== 201 || !r.cookie) throw new Error(`sign-up of ${a.email} answered ${r?.status}: ${r?.text.slice(0, 200)}`);
    a.cookie = r.cookie;
    accounts.push(a);
  }
  return accounts;
}

/** One request of the read mix (pages 60%, search 40%). */
function readOne(load: Load) {
  return Math.random() < 0.6 ? load.request("page", pick(PAGES)) : load.request("search", `/api/v1/search?q=${encodeURIComponent(pick(QUERIES))}`);
}

/**
 * The same comparison saved twice by one account within a minute is one save (the site's double-click guard
 * answers the first one's id), so two saves in flight can get one id: delete each id once.
 */
const deleted = new Set<string>();

/** One save by a random account, then its deletion (so accounts stay under the limit of saved comparisons). */
async function saveOne(load: Load, base: string, accounts: Account[]) {
  const a = pick(accounts);
  const headers = { Cookie: a.cookie, "X-Forwarded-For": a.ip };
  const r = await load.post("save", "/api/v1/saved", { slugs: pick(SAVES), title: `Soak ${Date.now()}` }, headers);
  const id = r && r.status < 300 ? (JSON.parse(r.text) as { id?: string; value?: { id?: string } }) : null;
  const savedId = id?.id ?? id?.value?.id;
  if (savedId && !deleted.has(savedId)) {
    deleted.add(savedId);
    await load.request("delete", `/api/v1/saved/${savedId}`, { method: "DELETE", headers: { ...headers, Origin: base } });
  }
}

async function calibrate(base: string, seconds: number): Promise<number> {
  const load = new Load(base);
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (Date.now() < until) await readOne(load);
    }),
  );
  return load.samples.length / seconds;
}

function summary(samples: Sample[], seconds: number, errors: number) {
  const kinds: Kind[] = ["page", "search", "signin", "save", "delete"];
  return kinds
    .map((kind) => {
      const s = samples.filter((x) => x.kind === kind);
      const ms = s.map((x) => x.ms).sort((a, b) => a - b);
      return {
        kind,
        requests: s.length,
        "req/s": +(s.length / seconds).toFixed(1),
        "p50 ms": +percentile(ms, 50).toFixed(1),
        "p95 ms": +percentile(ms, 95).toFixed(1),
        "p99 ms": +percentile(ms, 99).toFixed(1),
        "2xx/3xx": s.filter((x) => x.status < 400).length,
        "4xx": s.filter((x) => x.status >= 400 && x.status < 500 && x.status !== 429).length,
        "limited (429)": s.filter((x) => x.status === 429).length,
        "5xx": s.filter((x) => x.status >= 500).length,
      };
    })
    .concat([{ kind: "socket errors" as Kind, requests: errors, "req/s": 0, "p50 ms": NaN, "p95 ms": NaN, "p99 ms": NaN, "2xx/3xx": 0, "4xx": 0, "limited (429)": 0, "5xx": 0 }])
    .filter((r) => r.requests > 0);
}

/** Least-squares slope of RSS (MB) over minutes. */
export function slope(points: { minute: number; rss: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.minute, 0) / n;
  const my = points.reduce((s, p) => s + p.rss, 0) / n;
  const num = points.reduce((s, p) => s + (p.minute - mx) * (p.rss - my), 0);
  const den = points.reduce((s, p) => s + (p.minute - mx) ** 2, 0);
  return den ? num / den : 0;
}

export async function soak(server: BenchServer, opts: { minutes: number; rate?: number; accounts: number; calibrateSeconds: number }) {
  const rss: { at: string; minute: number; rss: number }[] = [];
  const sample = (at: string, minute: number) => rss.push({ at, minute, rss: server.rss() ?? NaN });
  console.log("Warming the pages…");
  for (const p of PAGES) await fetch(server.base + p).then((r) => r.arrayBuffer());
  await fetch(`${server.base}/api/v1/search?q=nurse`).then((r) => r.arrayBuffer());
  let capacity: number | null = null;
  let rate = opts.rate;
  if (!rate) {
    console.log(`Measuring capacity (${opts.calibrateSeconds} s, 16 workers, pages and search)…`);
    capacity = await calibrate(server.base, opts.calibrateSeconds);
    rate = Math.max(1, capacity / 2);
  }
  const load = new Load(server.base);
  console.log(`Creating ${opts.accounts} accounts through the sign-up API…`);
  const accounts = await createAccounts(load, opts.accounts);
  load.samples.length = 0; // sign-ups are set-up, not part of the mix
  await sleep(5000);
  sample("start", 0);
  console.log(`Soak: ${opts.minutes} min at ${rate.toFixed(1)} req/s${capacity ? ` (half of the measured ${capacity.toFixed(1)} req/s)` : ""}…`);

  const started = Date.now();
  const end = started + opts.minutes * 60_000;
  let dropped = 0;
  let next = 0;
  let signIns = 0;
  const pending = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    pending.add(p);
    void p.finally(() => pending.delete(p));
  };
  const minuteTimer = setInterval(() => {
    const minute = Math.round((Date.now() - started) / 60_000);
    sample(`minute ${minute}`, minute);
    const last = rss.at(-1)!;
    console.log(`  minute ${minute}: ${load.samples.length} requests so far, RSS ${last.rss} MB, in flight ${load.inFlight}`);
  }, 60_000);
  const signInTimer = setInterval(() => {
    const a = accounts[signIns++ % accounts.length];
    track(
      load.post("signin", "/api/v1/account/signin", { email: a.email, password: a.password }, { "X-Forwarded-For": a.ip }).then((r) => {
        if (r?.cookie) a.cookie = r.cookie;
      }),
    );
  }, 10_000);
  // open loop: requests start on schedule whether or not earlier ones have answered (at most 256 in flight)
  const interval = 1000 / rate;
  while (Date.now() < end) {
    const due = started + next * interval;
    const wait = due - Date.now();
    if (wait > 0) await sleep(wait);
    next++;
    if (load.inFlight >= 256) {
      dropped++;
      continue;
    }
    track(Math.random() < 0.04 ? saveOne(load, server.base, accounts) : readOne(load));
  }
  clearInterval(minuteTimer);
  clearInterval(signInTimer);
  await Promise.all(pending);
  const seconds = (Date.now() - started) / 1000;
  sample("end", opts.minutes);
  await sleep(30_000);
  sample("after 30 s idle", opts.minutes + 0.5);

  const underLoad = rss.filter((r) => r.minute >= 1 && r.minute <= opts.minutes);
  const growth = slope(underLoad);
  const peak = Math.max(...rss.map((r) => r.rss));
  return {
    rate,
    capacity,
    seconds,
    dropped,
    rows: summary(load.samples, seconds, load.errors),
    refusals: [...load.refusals].map(([answer, example]) => ({ answer, example })),
    total: load.samples.length,
    fiveXx: load.samples.filter((s) => s.status >= 500).length + load.errors,
    rss,
    peak,
    slope: growth,
    // flat: under 1 MB a minute from minute 1 on (the first minute fills caches and JIT code)
    verdict: Math.abs(growth) < 1 ? "flat" : growth > 0 ? "GROWING" : "shrinking",
    latencyMedian: median(load.samples.map((s) => s.ms)),
  };
}

export function printSoak(r: Awaited<ReturnType<typeof soak>>) {
  console.log(
    `\nSoak: ${r.total} requests in ${r.seconds.toFixed(0)} s = ${(r.total / r.seconds).toFixed(1)} req/s (target ${r.rate.toFixed(1)}${r.capacity ? `, half of ${r.capacity.toFixed(1)} measured` : ""}); ${r.dropped} not sent (256 in flight).`,
  );
  console.table(r.rows);
  if (r.refusals.length) {
    console.log("First answer of each refusal (kind and status):");
    console.table(r.refusals);
  }
  console.log("Server RSS (MB):");
  console.table(r.rss.map((s) => ({ at: s.at, "RSS MB": s.rss })));
  console.log(`RSS peak ${r.peak} MB; slope under load ${r.slope.toFixed(2)} MB/min → ${r.verdict}; 5xx and socket errors: ${r.fiveXx}.`);
}

/** Rewrites the soak's section of docs/benchmarks.md. */
export function writeSoakSection(r: Awaited<ReturnType<typeof soak>>, database: string) {
  const minutes = Math.round(r.seconds / 60);
  const refusals = r.refusals.length ? `\n\nFirst answer of each refusal:\n\n${markdownTable(r.refusals)}` : "";
  writeSection(
    // one section per kind of database, so a PostgreSQL run keeps the PGlite one
    `Soak and memory under load, ${database.startsWith("postgres") ? "PostgreSQL" : "PGlite"} (npm run soak / npm run bench -- --only soak)`,
    `Run on ${stamp()}; ${machine()}. Database: ${database.replace(/\/\/[^@/]*@/, "//")}.\n\n${minutes} minutes at ${r.rate.toFixed(1)} req/s${r.capacity ? ` (half of ${r.capacity.toFixed(1)} req/s measured)` : ""}; ${r.total} requests.\n\n${markdownTable(r.rows)}${refusals}\n\nServer RSS: ${r.rss.map((s) => `${s.at} ${s.rss} MB`).join(", ")}. Peak ${r.peak} MB; slope ${r.slope.toFixed(2)} MB/min (${r.verdict}).`,
  );
}

async function main() {
  const port = numberOption("port", 0);
  const database = option("database");
  const server = await startServer({ quiet: true, ...(port ? { port } : {}), ...(database ? { env: { DATABASE_URL: database } } : {}) });
  try {
    const r = await soak(server, {
      minutes: numberOption("minutes", 10),
      rate: numberOption("rate", 0) || undefined,
      accounts: numberOption("accounts", 12),
      calibrateSeconds: numberOption("calibrate", 20),
    });
    printSoak(r);
    writeSoakSection(r, database ?? "PGlite (.data/bench)");
    process.exitCode = r.fiveXx === 0 && r.verdict !== "GROWING" ? 0 : 1;
  } finally {
    server.stop();
  }
}

if (process.argv[1]?.endsWith("soak.ts")) {
  main().catch((e: Error) => {
    console.error(`Soak failed: ${e.message}`);
    process.exit(1);
  });
}
