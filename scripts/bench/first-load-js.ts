// npm run bench -- --only js   (or: npx tsx scripts/bench/first-load-js.ts)
// First-load JavaScript per route, gzip: every script the server's HTML for the route loads (<script src> and
// <link rel=preload|modulepreload as=script>, as the browser fetches them before the page is interactive), each
// fetched from the running production build and gzipped (level 9, as a CDN would). The floor is the app's own
// emptiest page (the 404 page: root layout and nothing else, so framework + layout); budget: content pages at
// most 30 KB above it. Chunks a route loads beyond the floor are listed by name for the routes over budget.
import zlib from "node:zlib";
import { startServer } from "./server";
import { option } from "./tools";

export const JS_BUDGET_KB = 30;

export const JS_ROUTES: { name: string; path: string }[] = [
  { name: "home", path: "/" },
  { name: "careers (explore)", path: "/careers" },
  { name: "career", path: "/careers/registered-nurses" },
  { name: "professions", path: "/professions" },
  { name: "profession group", path: "/professions/healthcare-practitioners-and-technical" },
  { name: "compare (builder)", path: "/compare" },
  { name: "comparison", path: "/compare/registered-nurses-vs-paramedics" },
  { name: "companies", path: "/companies" },
  { name: "best companies", path: "/companies/best" },
  { name: "company", path: "/companies/ge-aerospace" },
  { name: "jobs", path: "/jobs" },
  { name: "job", path: "/jobs/sample-0001" },
  { name: "search", path: "/search?q=registered+nurse" },
  { name: "about", path: "/about" },
  { name: "sign in", path: "/signin" },
  { name: "sign up", path: "/signup" },
];
const FLOOR = { name: "floor: 404 page", path: "/bench-floor-page-that-does-not-exist" };

/** The script URLs the HTML loads up front, in document order, without duplicates. */
export function scriptUrls(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) out.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (!/\brel="(preload|modulepreload)"/.test(tag) || (/\brel="preload"/.test(tag) && !/\bas="script"/.test(tag))) continue;
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\.js(\?|$)/.test(href)) out.add(href);
  }
  return [...out].map((u) => u.replace(/&amp;/g, "&"));
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export async function measureFirstLoadJs(base: string) {
  const gz = new Map<string, number>();
  const size = async (url: string) => {
    if (!gz.has(url)) {
      const body = Buffer.from(await (await fetch(new URL(url, base))).arrayBuffer());
      gz.set(url, zlib.gzipSync(body, { level: 9 }).length);
    }
    return gz.get(url)!;
  };
  const routeScripts = async (path: string) => {
    const response = await fetch(base + path);
    const urls = scriptUrls(await response.text());
    let total = 0;
    for (const u of urls) total += await size(u);
    return { status: response.status, urls, total };
  };
  const floor = await routeScripts(FLOOR.path);
  const floorSet = new Set(floor.urls);
  const rows = [];
  const over: { route: string; chunks: { chunk: string; kb: number }[] }[] = [];
  for (const route of JS_ROUTES) {
    const r = await routeScripts(route.path);
    const extra = r.urls.filter((u) => !floorSet.has(u));
    let extraBytes = 0;
    for (const u of extra) extraBytes += gz.get(u)!;
    const ok = extraBytes / 1024 <= JS_BUDGET_KB;
    rows.push({ route: `${route.name} ${route.path}`, status: r.status, "first-load JS KB (gzip)": kb(r.total), "above floor KB": kb(extraBytes), "within +30 KB": ok ? "yes" : "NO" });
    if (!ok) over.push({ route: route.name, chunks: extra.map((u) => ({ chunk: u.replace(/^.*\/_next\/static\//, ""), kb: kb(gz.get(u)!) })).sort((a, b) => b.kb - a.kb) });
  }
  return { floorKb: kb(floor.total), floorStatus: floor.status, floorChunks: floor.urls.length, rows, over };
}

export function printFirstLoadJs(r: Awaited<ReturnType<typeof measureFirstLoadJs>>) {
  console.log(`\nFirst-load JS (gzip -9). Floor (${FLOOR.name}, status ${r.floorStatus}): ${r.floorKb} KB in ${r.floorChunks} scripts; budget floor + ${JS_BUDGET_KB} KB.`);
  console.table(r.rows);
  for (const o of r.over) {
    console.log(`Over budget: ${o.route}; its scripts beyond the floor:`);
    console.table(o.chunks);
  }
}

async function main() {
  const base = option("base");
  const server = base ? null : await startServer({ quiet: true });
  try {
    const r = await measureFirstLoadJs(base ?? server!.base);
    printFirstLoadJs(r);
    process.exitCode = r.over.length ? 1 : 0;
  } finally {
    server?.stop();
  }
}

if (process.argv[1]?.endsWith("first-load-js.ts")) {
  main().catch((e: Error) => {
    console.error(`First-load JS measurement failed: ${e.message}`);
    process.exit(1);
  });
}
