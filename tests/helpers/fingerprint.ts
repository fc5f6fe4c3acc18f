import type { Database } from "@/lib/db/connect";

/** Tables whose rows are bookkeeping, not data: the abuse-limit counters and the migration log. */
const BOOKKEEPING = new Set(["RateLimit", "_prisma_migrations"]);

const statements = new WeakMap<Database, string>();

/**
 * One hash over every row of every table except bookkeeping: two equal fingerprints mean nothing was stored,
 * changed or deleted in between. One query (built once per database), so fuzzing can take one per case.
 * Small test databases only (it reads every row).
 */
export async function dataFingerprint(db: Database): Promise<string> {
  let sql = statements.get(db);
  if (!sql) {
    const tables = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const parts = tables
      .filter(({ name }) => !BOOKKEEPING.has(name))
      .map(({ name }) => `(SELECT '${name}=' || count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "${name}" t)`);
    sql = `SELECT concat_ws(' ', ${parts.join(", ")}) AS h`;
    statements.set(db, sql);
  }
  const [row] = await db.query<{ h: string }>(sql);
  return row.h;
}
