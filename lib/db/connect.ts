import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/lib/generated/prisma/client";

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

/** Opens a PGlite database (creating its folder) with the extensions the schema uses. */
export async function openPGlite(dataDir: string | null): Promise<PGlite> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const db = new PGlite(dataDir ?? undefined, { extensions: { pg_trgm } });
  await db.waitReady;
  return db;
}

export type Database = {
  target: DatabaseTarget;
  prisma: PrismaClient;
  adapter: SqlMigrationAwareDriverAdapterFactory;
  /** Runs SQL that returns rows (used by bulk loaders and the migration tool). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements. */
  exec(sql: string): Promise<void>;
  pglite?: PGlite;
  pool?: pg.Pool;
  close(): Promise<void>;
};

export async function openDatabase(url: string | undefined, opts: { log?: boolean } = {}): Promise<Database> {
  const target = resolveTarget(url);
  const log = opts.log ? (["query"] as const) : undefined;
  if (target.engine === "pglite") {
    const pglite = await openPGlite(target.dataDir);
    const adapter = new PrismaPGlite(pglite);
    const prisma = new PrismaClient({ adapter, log: log ? [...log] : undefined });
    return {
      target,
      prisma,
      adapter,
      pglite,
      query: async (sql, params) => (await pglite.query(sql, params)).rows as never,
      exec: async (sql) => {
        await pglite.exec(sql);
      },
      close: async () => {
        await prisma.$disconnect();
        await pglite.close();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: 10 });
  const adapter = new PrismaPg(pool);
  const prisma = new PrismaClient({ adapter, log: log ? [...log] : undefined });
  return {
    target,
    prisma,
    adapter,
    pool,
    query: async (sql, params) => (await pool.query(sql, params as unknown[])).rows,
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
