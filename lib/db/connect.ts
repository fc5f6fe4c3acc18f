import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { lockFolder } from "./folder-lock";

/** Where the embedded database lives when DATABASE_URL is unset. */
export const DEFAULT_PGLITE_DIR = ".data/pglite";

export type DatabaseTarget =
  | { engine: "pglite"; dataDir: string | null } // null = in memory
  | { engine: "postgres"; url: string };

/** Reads DATABASE_URL: unset → embedded PGlite under .data/; "pglite:PATH" or "pglite:memory://"; "postgresql://…". */
export function resolveTarget(url: string | undefined): DatabaseTarget {
  if (!url) return { engine: "pglite", dataDir: path.resolve(DEFAULT_PGLITE_DIR) };
  if (url.startsWith("pglite:")) {
    const rest = url.slice("pglite:".length);
    if (rest === "memory://" || rest === "memory:" || rest === "") return { engine: "pglite", dataDir: null };
    return { engine: "pglite", dataDir: path.resolve(rest.replace(/^\/\/(?=\/)/, "")) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { engine: "postgres", url };
  throw new Error(`DATABASE_URL must start with postgresql://, postgres:// or pglite: (got "${url.split(":")[0]}:…")`);
}

/**
 * PostgreSQL's page cache inside PGlite's WASM memory. The stock 128MB fills as pages are read and WASM memory
 * never shrinks, so it was the largest part of the server's RSS (docs/benchmarks.md, Memory); the data files
 * stay in the operating system's file cache either way, and reads measured the same at 16MB.
 */
export const PGLITE_SHARED_BUFFERS = "16MB";

/** Opens a PGlite database (creating its folder) with the extensions the schema uses. */
export async function openPGlite(dataDir: string | null): Promise<PGlite> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const unlock = dataDir ? lockFolder(dataDir) : () => undefined;
  try {
    const db = new PGlite(dataDir ?? undefined, {
      extensions: { pg_trgm },
      startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    });
    await db.waitReady;
    const close = db.close.bind(db);
    db.close = async () => {
      try {
        await close();
      } finally {
        unlock();
      }
    };
    return db;
  } catch (e) {
    unlock();
    throw e;
  }
}

type ScriptRunner = (script: string) => Promise<void>;

/**
 * Wraps an adapter factory so that every migration script runs whole, in one transaction: a script that fails
 * part-way changes nothing. Both stock adapters fall short here: pglite-prisma-adapter 0.7.2 does not await
 * `executeScript` (a failed migration would be recorded as applied), and adapter-pg 7.10 splits the script on
 * ";" and runs the pieces one by one outside a transaction.
 */
function withAtomicScripts(factory: SqlMigrationAwareDriverAdapterFactory, run: ScriptRunner, shadowRun?: ScriptRunner): SqlMigrationAwareDriverAdapterFactory {
  const fix = <A extends Awaited<ReturnType<SqlMigrationAwareDriverAdapterFactory["connect"]>>>(adapter: A, runner: ScriptRunner): A => {
    const convert = (adapter as unknown as { onError?(e: unknown): never }).onError?.bind(adapter);
    adapter.executeScript = async (script: string) => {
      await runner(script).catch((e: unknown) => (convert ? convert(e) : Promise.reject(e)));
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => fix(await factory.connect(), run),
    connectToShadowDb: async () => {
      const shadow = await factory.connectToShadowDb();
      return shadowRun ? fix(shadow, shadowRun) : shadow;
    },
  };
}

/** The Prisma adapter for a PGlite instance, with atomic migration scripts. */
export function pgliteAdapterFactory(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  return withAtomicScripts(new PrismaPGlite(pglite), async (script) => {
    await pglite.transaction((tx) => tx.exec(script));
  });
}

/** The Prisma adapter for a PostgreSQL pool, with atomic migration scripts. */
function pgAdapterFactory(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  return withAtomicScripts(new PrismaPg(pool), async (script) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(script);
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  });
}

export type Database = {
  target: DatabaseTarget;
  prisma: PrismaClient;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  /** Runs SQL that returns rows (used by bulk loaders and the migration tool). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements. */
  exec(sql: string): Promise<void>;
  /** Runs `fn` on one connection inside a transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(fn: (exec: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>) => Promise<T>): Promise<T>;
  pglite?: PGlite;
  pool?: pg.Pool;
  close(): Promise<void>;
};

/**
 * With `log`, every SQL statement Prisma runs is printed as one line, `SQL {"ms":…,"sql":"…"}`, for the SQL
 * benchmark (scripts/bench/sql.ts) to count statements per page and list the slowest.
 */
function logQueries(prisma: PrismaClient) {
  (prisma as unknown as { $on(e: "query", cb: (e: { duration: number; query: string }) => void): void }).$on("query", (e) => {
    process.stdout.write(`SQL ${JSON.stringify({ ms: e.duration, sql: e.query })}\n`);
  });
  return prisma;
}

export async function openDatabase(url: string | undefined, opts: { log?: boolean } = {}): Promise<Database> {
  const target = resolveTarget(url);
  const log = opts.log ? [{ emit: "event" as const, level: "query" as const }] : undefined;
  if (target.engine === "pglite") {
    const pglite = await openPGlite(target.dataDir);
    const adapter = pgliteAdapterFactory(pglite);
    const prisma = new PrismaClient({ adapter, log });
    if (log) logQueries(prisma);
    return {
      target,
      prisma,
      adapter,
      pglite,
      query: async (sql, params) => (await pglite.query(sql, params)).rows as never,
      exec: async (sql) => {
        await pglite.exec(sql);
      },
      transaction: (fn) => pglite.transaction((tx) => fn(async (sql, params) => (await tx.query(sql, params)).rows as never)),
      close: async () => {
        await prisma.$disconnect();
        await pglite.close();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: 10 });
  // An idle connection can be ended by the server (restart, or a database dropped after close): without a
  // listener pg would crash the process. After close() such errors are expected and stay quiet.
  let closing = false;
  pool.on("error", (e) => {
    if (!closing) console.error(`PostgreSQL connection error: ${e.message}`);
  });
  const adapter = pgAdapterFactory(pool);
  const prisma = new PrismaClient({ adapter, log });
  if (log) logQueries(prisma);
  return {
    target,
    prisma,
    adapter,
    pool,
    query: async (sql, params) => (await pool.query(sql, params as unknown[])).rows,
    exec: async (sql) => {
      await pool.query(sql);
    },
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(async (sql, params) => (await client.query(sql, params)).rows);
        await client.query("COMMIT");
        return result;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: async () => {
      closing = true;
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
