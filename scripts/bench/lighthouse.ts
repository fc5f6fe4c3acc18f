// npm run bench -- --only lighthouse   (or: npx tsx scripts/bench/lighthouse.ts [--runs 3] [--base URL])
// Lighthouse 12 (the dev dependency, mobile defaults: emulated phone, simulated slow 4G and CPU) on the pages
// of issue #10, median of `runs` runs each, against the production build. Chromium: CHROME_PATH, else Debian's
// /usr/bin/chromium, else the one Playwright installs; headless, no network beyond the local site.
// Prints the four category scores per page and the audits that failed on any page.
import fs from "node:fs";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { startServer } from "./server";
import { numberOption, option } from "./tools";
import { median } from "./wrk";

export const LIGHTHOUSE_PAGES = [
  { name: "home", path: "/" },
  { name: "career", path: "/careers/registered-nurses" },
  { name: "comparison", path: "/compare/registered-nurses-vs-paramedics" },
  { name: "companies", path: "/companies" },
  { name: "jobs", path: "/jobs" },
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export const LIGHTHOUSE_TARGETS: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };

/** A Chromium to drive: CHROME_PATH, Debian's package, or Playwright's download; with how to get one if none. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(Boolean) as string[];
  const found = candidates.find((p) => fs.existsSync(p));
  if (found) return found;
  throw new Error("No Chromium found: install it (sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium binary");
}

type Failed = { id: string; title: string; pages: Set<string> };

export async function measureLighthouse(base: string, runs: number) {
  const chromePath = findChromium();
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
  const failed = new Map<string, Failed>();
  const rows = [];
  try {
    for (const page of LIGHTHOUSE_PAGES) {
      const scores: Record<string, number[]> = {};
      const metrics: Record<string, number[]> = { "LCP ms": [], "TBT ms": [], CLS: [] };
      for (let run = 0; run < runs; run++) {
        // a run can fail to record its trace on a busy machine (NO_NAVSTART): up to two more tries
        let lhr;
        for (let attempt = 1; ; attempt++) {
          const result = await lighthouse(base + page.path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
          lhr = result?.lhr;
          if (lhr && !lhr.runtimeError) break;
          if (attempt === 3) throw new Error(`Lighthouse could not load ${page.path}: ${lhr?.runtimeError?.message ?? "no report"}`);
          console.log(`  Lighthouse run on ${page.path} failed (${lhr?.runtimeError?.code ?? "no report"}); trying again…`);
        }
        for (const c of CATEGORIES) (scores[c] ??= []).push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
        metrics["LCP ms"].push(lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN);
        metrics["TBT ms"].push(lhr.audits["total-blocking-time"]?.numericValue ?? NaN);
        metrics.CLS.push(lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN);
        // audits that count towards a category and did not pass
        for (const c of CATEGORIES) {
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const a = lhr.audits[ref.id];
            if (!a || ref.weight === 0 || a.score === null || a.score >= 0.9) continue;
            const f = failed.get(a.id) ?? { id: a.id, title: `${c}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""}`, pages: new Set<string>() };
            f.pages.add(page.name);
            failed.set(a.id, f);
          }
        }
      }
      const row: Record<string, string | number> = { page: `${page.name} ${page.path}` };
      for (const c of CATEGORIES) row[c] = median(scores[c]);
      for (const [k, v] of Object.entries(metrics)) row[k] = k === "CLS" ? +median(v).toFixed(3) : Math.round(median(v));
      row.met = CATEGORIES.every((c) => (row[c] as number) >= LIGHTHOUSE_TARGETS[c]) ? "yes" : "NO";
      rows.push(row);
    }
  } finally {
    chrome.kill();
  }
  return { rows, failed: [...failed.values()].map((f) => ({ audit: f.title, pages: [...f.pages].join(", ") })), runs, chromePath };
}

export function printLighthouse(r: Awaited<ReturnType<typeof measureLighthouse>>) {
  console.log(`\nLighthouse 12 (mobile), median of ${r.runs} runs, ${r.chromePath}. Targets: performance ≥ 95, the others 100.`);
  console.table(r.rows);
  if (r.failed.length) {
    console.log("Audits below 0.9 on at least one run:");
    console.table(r.failed);
  }
}

async function main() {
  const base = option("base");
  const server = base ? null : await startServer({ quiet: true });
  try {
    const r = await measureLighthouse(base ?? server!.base, numberOption("runs", 3));
    printLighthouse(r);
  } finally {
    server?.stop();
  }
}

if (process.argv[1]?.endsWith("lighthouse.ts")) {
  main().catch((e: Error) => {
    console.error(`Lighthouse failed: ${e.message}`);
    process.exit(1);
  });
}
