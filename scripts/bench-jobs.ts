// npm run bench:jobs [-- --postings N --queries N]   job search latency over 10,000 generated postings, on a
// throwaway in-memory PGlite and (when PostgreSQL answers at BENCH_PG_URL, default
// postgresql://postgres@127.0.0.1:5432/test) a throwaway PostgreSQL database created and dropped here.
// Loads occupations and companies from the committed bundle, generates postings from real job titles, then runs
// a realistic mix of searches (keywords, places, filters, sorts, later pages) and prints p50 / p95 / p99 / max.
import { readBundle } from "@/lib/import/bundle";
import type { Database } from "@/lib/db/connect";
import { parseJobSearch } from "@/lib/jobs/params";
import { postingRow } from "@/lib/jobs/write";
import { postingInputSchema } from "@/lib/jobs/model";
import { searchJobs } from "@/lib/jobs/search";
import { STATES } from "@/lib/jobs/states";
import { companyKey } from "@/lib/jobs/terms";
import { TitleIndex } from "@/lib/search/title-index";
import { createTestDb } from "@/tests/helpers/testdb";

const arg = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const POSTINGS = arg("--postings", 10_000);
const QUERIES = arg("--queries", 400);
const PG_URL = process.env.BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];

const t0 = Date.now();
const bundle = readBundle();
const occupations = bundle.Occupation.map((o) => ({ onetCode: o.onetCode, socCode: o.socCode, title: o.title, slug: o.slug }));
const index = new TitleIndex(occupations, bundle.JobTitle.map((t) => ({ title: t.title, kind: t.kind, rank: t.rank ?? 0, onetCode: t.onetCode })));
const titlePool = bundle.JobTitle.filter((t) => t.kind === "REPORTED" || t.kind === "OCCUPATION").map((t) => t.title.replace(/\s*\([^)]*\)/g, ""));
console.log(`Bundle read and title index built in ${((Date.now() - t0) / 1000).toFixed(1)} s (${titlePool.length} titles to draw from).`);

/** The generated postings (the same for both engines). */
function generate() {
  const r = rng(42);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const states = [...STATES.keys()];
  const now = Date.now();
  const companies = new Map(bundle.Company.map((c, i) => [companyKey(c.name), i + 1]));
  return Array.from({ length: POSTINGS }, (_, i) => {
    const company = pick(bundle.Company);
    const remote = r() < 0.15;
    const hourly = r() < 0.35;
    const base = hourly ? 15 + r() * 45 : 35_000 + r() * 160_000;
    const input = postingInputSchema.parse({
      source: "bench",
      sourceId: `b${i}`,
      title: pick(titlePool),
      companyName: company.name,
      locations: [{ city: r() < 0.6 ? pick(["Austin", "Denver", "Columbus", "Seattle", "Atlanta", "Phoenix"]) : null, state: pick(states), remote }],
      employmentType: pick(["FULL_TIME", "FULL_TIME", "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY"]),
      payMin: r() < 0.8 ? Math.round(base) : null,
      payMax: null,
      payPeriod: hourly ? "HOUR" : "YEAR",
      postedAt: new Date(now - (1 + Math.floor(r() * 60)) * 86_400_000),
      expiresAt: new Date(now + (r() < 0.1 ? -3_600_000 : 30 * 86_400_000)),
      description: "Generated for the benchmark.",
    });
    if (input.payMin != null) input.payMax = Math.round(input.payMin * (1.1 + r() * 0.3));
    else input.payPeriod = null;
    return { id: `bench${String(i).padStart(6, "0")}`, row: postingRow(input, index, companies), locations: input.locations };
  });
}

function queries(): URLSearchParams[] {
  const r = rng(7);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const words = ["registered nurse", "sr desktop support tech", "software engineer", "truck driver", "cashier", "accountant", "warehouse", "data analyst", "rn icu", "customer service rep", "electrician", "teacher"];
  const states = [...STATES.keys()];
  const mix: (() => string)[] = [
    () => `q=${pick(words)}`,
    () => `q=${pick(words)}&where=${pick(states)}`,
    () => `q=${pick(words)}&remote=1&sort=pay`,
    () => `q=${encodeURIComponent(pick(titlePool))}`,
    () => `where=${pick(["Austin, TX", "Denver", "CA", "remote", "New York"])}`,
    () => `payMin=${pick([50000, 75000, 100000])}&type=FULL_TIME&posted=${pick([1, 7, 30])}`,
    () => `sort=pay&page=${1 + Math.floor(r() * 5)}`,
    () => `state=${pick(states)}&sort=date`,
    () => `company=${pick(bundle.Company).slug}`,
    () => `career=${pick(bundle.Occupation).slug}`,
    () => `group=${pick(bundle.SocGroup.filter((g) => g.level === "MAJOR")).code}&payMin=60000`,
    () => `q=${pick(words)}&payMin=40000&sort=date&page=2`,
  ];
  return Array.from({ length: QUERIES }, () => new URLSearchParams(pick(mix)()));
}

async function run(engine: string, makeDb: () => Promise<Database>, postings: ReturnType<typeof generate>) {
  const db = await makeDb();
  try {
    const p = db.prisma;
    const t = Date.now();
    await p.socGroup.createMany({ data: bundle.SocGroup.map((g) => ({ ...g, parentCode: null })) });
    await p.occupation.createMany({ data: bundle.Occupation });
    await p.company.createMany({ data: bundle.Company.map((c, i) => ({ ...c, id: i + 1 })) });
    for (let i = 0; i < postings.length; i += 1000) {
      const batch = postings.slice(i, i + 1000);
      await p.jobPosting.createMany({ data: batch.map((b) => ({ id: b.id, ...b.row })) });
      await p.jobPostingLocation.createMany({ data: batch.flatMap((b) => b.locations.map((l) => ({ postingId: b.id, ...l }))) });
    }
    await db.exec("ANALYZE");
    console.log(`${engine}: loaded ${postings.length} postings in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const list = queries();
    for (const q of list.slice(0, 30)) await searchJobs(p, parseJobSearch(q).value, { index }); // warm-up
    const times: number[] = [];
    let found = 0;
    for (const q of list) {
      const s = performance.now();
      const r = await searchJobs(p, parseJobSearch(q).value, { index });
      times.push(performance.now() - s);
      if (r.total > 0) found++;
    }
    times.sort((a, b) => a - b);
    const f = (v: number) => `${v.toFixed(1)} ms`;
    console.log(`${engine}: ${list.length} searches (${found} with results)  p50 ${f(pct(times, 50))}  p95 ${f(pct(times, 95))}  p99 ${f(pct(times, 99))}  max ${f(times[times.length - 1])}`);
    return pct(times, 95);
  } finally {
    await db.close();
  }
}

async function main() {
  const postings = generate();
  console.log(`Generated ${postings.length} postings (${postings.filter((p) => p.row.onetCode).length} classified).`);
  delete process.env.TEST_DATABASE_URL;
  const results: [string, number][] = [["PGlite", await run("PGlite", createTestDb, postings)]];
  try {
    const pg = await import("pg");
    const c = new pg.default.Client({ connectionString: PG_URL });
    await c.connect();
    await c.end();
    process.env.TEST_DATABASE_URL = PG_URL;
    results.push(["PostgreSQL", await run("PostgreSQL", createTestDb, postings)]);
  } catch (e) {
    console.log(`PostgreSQL: not run (${(e as Error).message})`);
  }
  const slow = results.filter(([, p95]) => p95 > 50);
  console.log(slow.length ? `Target p95 ≤ 50 ms missed on ${slow.map(([e]) => e).join(", ")}.` : "Target p95 ≤ 50 ms met.");
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    console.error(`bench:jobs failed: ${e.message}`);
    process.exit(1);
  },
);
