import path from "node:path";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { createTestDb } from "@/tests/helpers/testdb";
import { loadBundle } from "@/lib/import";
import { DATASETS } from "@/lib/import/datasets";
import { readProvenance } from "@/lib/data/provenance";

const bundle = path.resolve("data/bundle");

describe.skipIf(!fs.existsSync(path.join(bundle, "manifest.json")))("provenance for /about/data", () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDb();
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it("is empty before any data is loaded, but still lists what is missing", async () => {
    const p = await readProvenance(db.prisma);
    expect(p.datasets).toEqual([]);
    expect(p.notObtained.length).toBeGreaterThan(3);
  });

  it("lists every dataset in registry order with its row count once the bundle is loaded", async () => {
    const loaded = await loadBundle(db, bundle);
    const p = await readProvenance(db.prisma);
    expect(p.datasets.map((d) => d.key)).toEqual(DATASETS.map((d) => d.key));
    expect(p.fromBundle).toBe(true);
    const metro = p.datasets.find((d) => d.key === "bls-oews-msa")!;
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int n FROM "WageStat" WHERE "areaType" = 'METRO'`);
    expect(metro.rows).toBe(n);
    expect(p.datasets.find((d) => d.key === "onet-29.0")?.licence).toMatch(/CC BY 4\.0/);
    expect(loaded.counts.Task).toBe(0);
  }, 120_000);
});
