// npm run bench -- --only memory   (or: npx tsx scripts/bench/memory.ts [--database URL])
// Where the server's memory goes, measured in one process in the order the server pays it: Node and the
// imports, the database (PGlite's WASM Postgres in-process, or a pg pool for PostgreSQL), a first query, the
// title-search index (74k titles). Heap after a full GC and RSS after each step; each row's delta is that
// step's cost. Run once per database to compare PGlite with PostgreSQL.
import v8 from "node:v8";
import vm from "node:vm";
import { loadEnvFiles } from "@/lib/env-files";
import { openDatabase } from "@/lib/db/connect";
import { loadTitleIndex } from "@/lib/search/load";
import { option } from "./tools";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

export type MemoryStep = { step: string; heapMb: number; rssMb: number; externalMb: number };

function snapshot(step: string): MemoryStep {
  gc();
  gc();
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;
  return { step, heapMb: mb(m.heapUsed), rssMb: mb(m.rss), externalMb: mb(m.external + m.arrayBuffers) };
}

/** The memory steps for one database URL; the index is kept alive until the last snapshot. */
export async function measureMemory(url: string): Promise<MemoryStep[]> {
  const steps = [snapshot("node + imports")];
  const db = await openDatabase(url);
  try {
    await db.prisma.occupation.count();
    steps.push(snapshot("database open + first query"));
    const index = await loadTitleIndex(db.prisma);
    steps.push(snapshot(`title index (${index.titleCount} titles, ${index.variantCount} variants)`));
    index.search("registered nurse");
    steps.push(snapshot("after one search"));
  } finally {
    await db.close();
  }
  return steps;
}

/** Rows with each step's cost beside its totals. */
export function memoryRows(label: string, steps: MemoryStep[]) {
  return steps.map((s, i) => ({
    database: label,
    step: s.step,
    "heap MB": s.heapMb,
    "Δ heap": i ? +(s.heapMb - steps[i - 1].heapMb).toFixed(1) : "",
    "RSS MB": s.rssMb,
    "Δ RSS": i ? +(s.rssMb - steps[i - 1].rssMb).toFixed(1) : "",
    "external MB": s.externalMb,
  }));
}

async function main() {
  loadEnvFiles();
  const url = option("database") ?? process.env.DATABASE_URL;
  if (!url) throw new Error("Give the database: --database pglite:PATH | postgresql://…  (or set DATABASE_URL)");
  const steps = await measureMemory(url);
  // printed as JSON too, so the bench driver can run one child process per database and collect the figures
  console.table(memoryRows(url.split(":")[0], steps));
  console.log(`MEMORY ${JSON.stringify(steps)}`);
}

if (process.argv[1]?.endsWith("memory.ts")) {
  main().then(
    () => process.exit(0),
    (e: Error) => {
      console.error(`Memory measurement failed: ${e.message}`);
      process.exit(1);
    },
  );
}
