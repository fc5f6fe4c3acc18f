import type { Database } from "@/lib/db/connect";

/** Tables whose rows are bookkeeping, not data: the abuse-limit counters and the migration log. */
const BOOKKEEPING = new Set(["RateLimit", "_prisma_migrations"]);

/**
 * One hash over every row of every table except bookkeeping: two equal fingerprints mean nothing was stored,
 * changed or deleted in between. Small test databases only (it reads every row).
 */
export async function dataFingerprint(db: Database): Promise<string> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const parts: string[] = [];
  for (const { name } of tables) {
    if (BOOKKEEPING.has(name)) continue;
    const [row] = await db.query<{ h: string }>(`SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS h FROM "${name}" t`);
    parts.push(`${name}=${row.h}`);
  }
  return parts.join(" ");
}
