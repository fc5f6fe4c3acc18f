import path from "node:path";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import type { Database } from "@/lib/db/connect";
import { createTestDb } from "@/tests/helpers/testdb";
import { readBundle, writeTables } from "@/lib/import";
import { emptyTables } from "@/lib/import/tables";
import { readProvenance } from "@/lib/data/provenance";
import { DATASETS } from "@/lib/import/datasets";

let db: Database;
vi.mock("next/server", () => ({ connection: async () => undefined }));
vi.mock("@/lib/data/provenance", async (original) => {
  const mod = await original<typeof import("@/lib/data/provenance")>();
  return { ...mod, getProvenance: () => mod.readProvenance(db.prisma) };
});

const bundle = path.resolve("data/bundle");

describe.skipIf(!fs.existsSync(path.join(bundle, "manifest.json")))("/about/data page and its provenance module", () => {
  beforeAll(async () => {
    db = await createTestDb();
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  const render = async () => {
    const { default: Page } = await import("@/app/about/data/page");
    return renderToStaticMarkup(await Page());
  };

  it("says so when nothing is loaded, and still lists what is missing", async () => {
    const html = await render();
    expect(html).toContain("No data has been loaded yet.");
    expect(html).toContain("What is missing, and why");
  });

  it("lists every loaded dataset with release, licence, rows and notes", async () => {
    // The page reads only the Dataset table: write the bundle's Dataset rows alone (a full load takes ~20 s).
    const tables = readBundle(bundle);
    await writeTables(db, { ...emptyTables(), Dataset: tables.Dataset });
    const { datasets, fromBundle } = await readProvenance(db.prisma);
    expect(datasets.map((d) => d.key)).toEqual(DATASETS.map((d) => d.key)); // registry order
    expect(fromBundle).toBe(true);
    expect(datasets.find((d) => d.key === "bls-oews-msa")?.rows).toBe(tables.WageStat.filter((w) => w.areaType === "METRO").length);
    const html = await render();
    for (const d of datasets) expect(html).toContain(`id="ds-${d.key}"`);
    expect(html).toContain("May 2021 – May 2025");
    expect(html).toContain("CC BY 4.0");
    expect(html).toContain(new Intl.NumberFormat("en-US").format(datasets.find((d) => d.key === "bls-oews-msa")!.rows));
    expect(html).toContain("descriptions");
  }, 120_000);
});
