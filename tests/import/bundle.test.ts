/**
 * The committed snapshot: written from the official files, loaded into an empty database it gives the same
 * figures as the full import, minus the prose (descriptions, definitions, task statements).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { createTestDb } from "@/tests/helpers/testdb";
import { BUNDLE_DIR, ensureData, isDatabaseEmpty, loadBundle, readOfficialFiles, writeBundle, writeTables, type ImportData } from "@/lib/import";
import { silentProgress } from "@/lib/import/progress";
import { DATA_DIR, hasData } from "./data-dir";
import { digests } from "./golden";

const PROSE = ["description", "definition"];

describe.skipIf(!hasData)("data bundle", () => {
  let data: ImportData;
  let full: Database;
  let fromBundle: Database;
  let dir: string;
  let bytes: number;
  let outcome: string;
  const log: string[] = [];

  beforeAll(async () => {
    data = await readOfficialFiles(DATA_DIR);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "careerlens-bundle-"));
    bytes = writeBundle(data.tables, dir).bytes;
    [full, fromBundle] = await Promise.all([createTestDb(), createTestDb()]);
    await writeTables(full, data.tables);
    expect(await isDatabaseEmpty(fromBundle)).toBe(true);
    // What npm start does on an empty database without DATA_DIR.
    outcome = await ensureData(fromBundle, { bundleDir: dir, progress: silentProgress, log: (l) => log.push(l) });
  }, 300_000);
  afterAll(async () => {
    await Promise.all([full?.close(), fromBundle?.close()]);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is compact", () => {
    expect(bytes).toBeLessThan(30 * 1024 * 1024);
  });

  it("loads the same facts as the full import", async () => {
    const a = await digests(full, { without: PROSE });
    const b = await digests(fromBundle, { without: PROSE });
    for (const table of Object.keys(a)) {
      if (table === "Task") expect(b.Task).toBe("0:d41d8cd98f00b204e9800998ecf8427e");
      else if (table !== "Dataset") expect(b[table], table).toBe(a[table]);
    }
    const sets = await fromBundle.query<{ key: string; rows: number; loadedFrom: string }>(`SELECT key, rows, "loadedFrom" FROM "Dataset" ORDER BY key`);
    expect(sets).toHaveLength(14);
    expect(sets.every((s) => s.loadedFrom === "bundle")).toBe(true);
    expect(sets.find((s) => s.key === "bls-oews-national")?.rows).toBe(data.tables.WageStat.filter((w) => w.areaType === "NATIONAL").length);
  });

  it("holds no prose from the datasets", async () => {
    const occ = data.tables.Occupation.find((o) => o.onetCode === "15-1252.00")!;
    const sentence = occ.description!.slice(0, 60);
    const task = data.tables.Task[0].statement.slice(0, 60);
    const definition = data.tables.SocGroup.find((g) => g.code === "15-1252")!.definition!.slice(0, 60);
    for (const bundle of [dir, ...(fs.existsSync(path.join(BUNDLE_DIR, "manifest.json")) ? [BUNDLE_DIR] : [])]) {
      for (const f of fs.readdirSync(bundle).filter((f) => f.endsWith(".gz"))) {
        const text = zlib.gunzipSync(fs.readFileSync(path.join(bundle, f))).toString("utf8");
        for (const prose of [sentence, task, definition]) expect(text.includes(prose), `${bundle}/${f}`).toBe(false);
      }
    }
    expect((await fromBundle.query<{ n: number }>(`SELECT count(*)::int n FROM "Occupation" WHERE description IS NOT NULL`))[0].n).toBe(0);
  });

  it("committed in data/bundle matches the official files", () => {
    const committed = JSON.parse(fs.readFileSync(path.join(BUNDLE_DIR, "manifest.json"), "utf8"));
    const fresh = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
    expect(committed).toEqual(fresh);
  });

  it("refuses a damaged bundle, naming the file, and leaves the data", async () => {
    const before = await digests(fromBundle);
    const file = path.join(dir, "JobTitle.ndjson.gz");
    const original = fs.readFileSync(file);
    fs.writeFileSync(file, original.subarray(0, 1000));
    try {
      await expect(loadBundle(fromBundle, dir)).rejects.toThrow(/JobTitle\.ndjson\.gz: checksum does not match/);
    } finally {
      fs.writeFileSync(file, original);
    }
    expect(await digests(fromBundle)).toEqual(before);
  });

  it("ensureData loads the bundle into an empty database only", async () => {
    expect(outcome).toBe("bundle");
    expect(log.join("\n")).toMatch(/WageStat\s+[\d,]+/);
    expect(await isDatabaseEmpty(fromBundle)).toBe(false);
    expect(await ensureData(fromBundle, { bundleDir: dir, progress: silentProgress, log: () => undefined })).toBe("present");
  });
});
