// npm run bench -- --only sql   (or: npx tsx scripts/bench/sql.ts)
// SQL statements per page render, counted from Prisma's query events in the running site (CAREERLENS_SQL_LOG=1
// makes lib/db print each statement with its time). Each page is requested once after a fresh start (first
// render: the data cache is emptied first) and once more (repeat render), one request at a time so every statement belongs
// to the page being rendered. Pairs of pages whose lists differ in size (2 vs 4 careers, company page 1 vs 5,
// a career with many vs few related rows) must need the same number of statements: a difference is an N+1.
import fs from "node:fs";
import { startServer, type BenchServer } from "./server";

/**
 * Empties Next's data cache (.next/cache/fetch-cache, where lib/data/shared-cache keeps profiles across
 * restarts), so that first renders read the database. Only a cache: pages fill it again.
 */
export function clearDataCache() {
  fs.rmSync(".next/cache/fetch-cache", { recursive: true, force: true });
}

export type SqlPage = {
  name: string;
  path: string;
  /** Pages of one group show lists of different sizes and must need the same statements per item. */
  group?: string;
  /** The item count for the group check: careers on a comparison (each career's profile is its own cached read). */
  items?: number;
};

// Careers of the comparisons appear nowhere else in the list, so their profile reads are not cached yet.
export const SQL_PAGES: SqlPage[] = [
  { name: "home", path: "/" },
  { name: "career, many related rows", path: "/careers/registered-nurses", group: "career" },
  { name: "career, few related rows", path: "/careers/hydrologic-technicians", group: "career" },
  { name: "comparison, 2 careers", path: "/compare/dental-hygienists-vs-pharmacists", group: "comparison", items: 2 },
  {
    name: "comparison, 4 careers",
    path: "/compare/electricians-vs-civil-engineers-vs-chemists-vs-economists",
    group: "comparison",
    items: 4,
  },
  { name: "careers filtered", path: "/careers?group=29&payMin=60000&sort=growth" },
  { name: "companies, page 1", path: "/companies", group: "companies" },
  { name: "companies, page 5", path: "/companies?page=5", group: "companies" },
  { name: "company profile", path: "/companies/ge-aerospace" },
  { name: "jobs", path: "/jobs" },
  { name: "jobs, title search", path: "/jobs?q=registered+nurse" },
  { name: "job page", path: "/jobs/sample-0001" },
];

type Statement = { ms: number; sql: string; page: string };
export type SqlRow = { page: string; status: number; first: number; repeat: number; "SQL ms (first)": number; "render ms (first)": number };

const settle = () => new Promise((r) => setTimeout(r, 300));

/** Statements printed by the server while `path` renders (sequential requests only). */
async function render(server: BenchServer, page: SqlPage, all: Statement[]) {
  await settle(); // let statements of the previous page (streamed parts, after() work) land first
  const from = server.lines.length;
  const started = performance.now();
  const response = await fetch(server.base + page.path, { redirect: "manual" });
  await response.arrayBuffer();
  const ms = performance.now() - started;
  await settle();
  const statements = server.lines
    .slice(from)
    .filter((l) => l.startsWith("SQL "))
    .map((l) => ({ ...(JSON.parse(l.slice(4)) as { ms: number; sql: string }), page: page.name }));
  all.push(...statements);
  return { status: response.status, count: statements.length, sqlMs: statements.reduce((s, q) => s + q.ms, 0), ms };
}

export async function measureSql(server: BenchServer) {
  const all: Statement[] = [];
  // a request that does not render a listed page, so one-off start-up reads (data generation) land outside them
  await render(server, { name: "warm-up", path: "/about" }, []);
  const rows: SqlRow[] = [];
  for (const page of SQL_PAGES) {
    const first = await render(server, page, all);
    const repeat = await render(server, page, []);
    rows.push({
      page: `${page.name} ${page.path}`,
      status: first.status,
      first: first.count,
      repeat: repeat.count,
      "SQL ms (first)": Math.round(first.sqlMs),
      "render ms (first)": Math.round(first.ms),
    });
  }
  const groups = new Map<string, number[]>();
  SQL_PAGES.forEach((p, i) => p.group && groups.set(p.group, [...(groups.get(p.group) ?? []), rows[i].first / (p.items ?? 1)]));
  // A difference of one statement per item is a read skipped when there is nothing to follow up (a career
  // without related careers skips the second query); more is a list growing the statement count.
  const growing = [...groups]
    .filter(([, counts]) => Math.max(...counts) - Math.min(...counts) > 1)
    .map(([g, counts]) => `${g} (${counts.join(" vs ")} per item)`);
  const slowest = [...all].sort((a, b) => b.ms - a.ms).slice(0, 10);
  return { rows, growing, slowest };
}

const shorten = (sql: string) => sql.replace(/\s+/g, " ").replace(/"public"\./g, "").slice(0, 140);

export function printSql(r: Awaited<ReturnType<typeof measureSql>>) {
  console.log("\nSQL statements per page render (first render after start; repeat render):");
  console.table(r.rows);
  console.log(r.growing.length ? `Statement count GROWS with the list: ${r.growing.join(", ")}` : "Statement counts stay constant as lists grow (no N+1).");
  console.log("\nSlowest statements (first renders):");
  console.table(r.slowest.map((s) => ({ ms: s.ms, page: s.page, sql: shorten(s.sql) })));
}

async function main() {
  clearDataCache();
  const server = await startServer({ env: { CAREERLENS_SQL_LOG: "1" }, quiet: true });
  try {
    const r = await measureSql(server);
    printSql(r);
    process.exitCode = r.growing.length ? 1 : 0;
  } finally {
    server.stop();
  }
}

if (process.argv[1]?.endsWith("sql.ts")) {
  main().catch((e: Error) => {
    console.error(`SQL benchmark failed: ${e.message}`);
    process.exit(1);
  });
}
