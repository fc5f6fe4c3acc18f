import fs from "node:fs";
import path from "node:path";
import type { Database } from "@/lib/db/connect";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { importFromDir, loadBundle } from "@/lib/import";

/** The official files ($DATA_DIR, else ../shared/data) and the committed snapshot (data/bundle). */
const dataDir = path.resolve(process.env.DATA_DIR ?? "../shared/data");
const bundleDir = path.resolve("data/bundle");
const hasBundle = fs.existsSync(bundleDir) && fs.readdirSync(bundleDir).length > 0;
const hasOfficial = fs.existsSync(path.join(dataDir, "onet", "Occupation Data.xlsx"));

/** False where neither the snapshot nor the official files are available (the tests that need them skip). */
export const hasRealData = hasBundle || hasOfficial;

/** Loads the real data into a test database: the snapshot when committed, else the full import. */
export async function loadRealData(db: Database): Promise<void> {
  if (hasBundle) await loadBundle(db, bundleDir);
  else await importFromDir(db, dataDir);
}

/** The database's Prisma client with every operation reported to `onQuery` (to count queries per read). */
export function countQueries(db: Database, onQuery: () => void): PrismaClient {
  return db.prisma.$extends({
    query: {
      async $allOperations({ args, query }) {
        onQuery();
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
}
