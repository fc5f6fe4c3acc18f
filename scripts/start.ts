// npm start: validate configuration, migrate, load the data into an empty database, build when the sources
// changed since the last build, then serve. PGlite allows one owner of its folder, so everything that opens
// the database here finishes and closes it before the server starts.
import { spawn, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env, EnvError, parseEnv, samplePostingsEnabled, sampleReviewsEnabled } from "@/lib/env";
import { loadEnvFiles } from "@/lib/env-files";
import { openDatabase } from "@/lib/db/connect";
import { deployMigrations } from "@/lib/db/migrations";
import { ensureData } from "@/lib/import/ensure-data";
import { ensureSamplePostings } from "@/lib/jobs/startup";
import { linkPostingCompanies } from "@/lib/jobs/company-link";
import { ensureSampleReviews } from "@/lib/reviews/startup";

const BUILD_INPUTS = ["app", "components", "lib", "public", "next.config.js", "proxy.ts", "instrumentation.ts", "postcss.config.mjs", "package-lock.json", "tsconfig.json"];
const BUILD_STAMP = ".next/careerlens-build-hash";

function hashTree(entries: string[]): string {
  const hash = createHash("sha256");
  const visit = (p: string) => {
    if (!fs.existsSync(p) || p.includes("generated")) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) for (const child of fs.readdirSync(p).sort()) visit(path.join(p, child));
    else hash.update(p).update(fs.readFileSync(p));
  };
  entries.forEach(visit);
  return hash.digest("hex");
}

function buildIfNeeded() {
  const wanted = hashTree(BUILD_INPUTS);
  const current = fs.existsSync(BUILD_STAMP) ? fs.readFileSync(BUILD_STAMP, "utf8") : "";
  if (current === wanted && fs.existsSync(".next/BUILD_ID")) {
    console.log("Build is up to date.");
    return;
  }
  console.log("Building the site (next build)…");
  execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  fs.writeFileSync(BUILD_STAMP, wanted);
}

async function prepareDatabase() {
  const config = env();
  const db = await openDatabase(config.DATABASE_URL);
  try {
    const applied = await deployMigrations(db);
    if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(", ")}`);
    const data = await ensureData(db, { dataDir: config.DATA_DIR });
    const fresh = data !== "present" || applied.some((m) => m.endsWith("_job_postings"));
    await ensureSamplePostings(db, { enabled: samplePostingsEnabled(config), fresh });
    // postings written before companies were derived from them get their company now (idempotent)
    const linked = await db.prisma.$transaction((tx) => linkPostingCompanies(tx), { timeout: 120_000 });
    if (linked) console.log(`Added ${linked} companies known from their job postings.`);
    const reviewsFresh = data !== "present" || applied.some((m) => m.endsWith("_company_reviews"));
    await ensureSampleReviews(db, { enabled: sampleReviewsEnabled(config), fresh: reviewsFresh });
  } finally {
    await db.close();
  }
}

/**
 * V8 sizes its heap from the machine's memory (a 4 GB limit on 24 GiB) and collects lazily: under load the server
 * grew to 600–700 MB RSS holding mostly garbage. A 256 MB old generation (the live heap stays under 100 MB in a soak) keeps
 * it near 400 MB at the same throughput (docs/benchmarks.md; smaller semi-spaces saved 40 MB more but cost 15% of
 * the throughput; a 160 MB limit ran out of heap under the e2e suite, whose many first renders hold more than
 * 150 MB at once). NODE_OPTIONS that set it keep theirs.
 */
function serverNodeOptions(given = ""): string {
  return given.includes("--max-old-space-size") ? given : `${given} --max-old-space-size=256`.trim();
}

async function main() {
  loadEnvFiles();
  // the server runs in production mode: refuse now, before migrating or building, what it would refuse then
  parseEnv({ ...process.env, NODE_ENV: "production" });
  const config = env();
  await prepareDatabase();
  buildIfNeeded();
  console.log(`Serving on http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${config.PORT}`);
  const server = spawn("npx", ["next", "start", "-p", String(config.PORT), "-H", config.HOST], {
    stdio: "inherit",
    env: { ...process.env, HOST: config.HOST, NODE_OPTIONS: serverNodeOptions(process.env.NODE_OPTIONS) },
  });
  const stop = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e: Error) => {
  console.error(e instanceof EnvError ? e.message : `Start-up failed: ${e.message}`);
  process.exit(1);
});
