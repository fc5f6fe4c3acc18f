import "server-only";
import { env } from "@/lib/env";
import { openDatabase, type Database } from "@/lib/db/connect";

// One database per server process. PGlite allows a single owner of its data folder, so the handle is kept on
// globalThis to survive hot reloads in development.
const globalForDb = globalThis as unknown as { careerlensDb?: Promise<Database> };

export function database(): Promise<Database> {
  // CAREERLENS_SQL_LOG=1 prints every statement with its time (the SQL benchmark reads them)
  globalForDb.careerlensDb ??= openDatabase(env().DATABASE_URL, { log: process.env.CAREERLENS_SQL_LOG === "1" });
  return globalForDb.careerlensDb;
}

/** The Prisma client. Only lib/data and lib/actions call this; components never import Prisma. */
export async function db() {
  return (await database()).prisma;
}
