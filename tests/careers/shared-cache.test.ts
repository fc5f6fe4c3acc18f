import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/db/connect";
import { createTestDb } from "@/tests/helpers/testdb";
import { dataGeneration, fingerprint, sharedCache } from "@/lib/data/shared-cache";

let db: Database;
beforeAll(async () => {
  db = await createTestDb();
  (globalThis as unknown as { careerlensDb?: Promise<Database> }).careerlensDb = Promise.resolve(db);
});
afterAll(async () => {
  vi.useRealTimers();
  await db?.close();
});

describe("the shared cache's keys", () => {
  it("follow the data generation: an import changes it (seen within a minute)", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-29T00:00:00Z"));
    expect(await dataGeneration()).toBe("empty");
    await db.exec(`INSERT INTO "Dataset" (key, name, publisher, release, licence, feeds, origin, rows, "loadedFrom", "importedAt")
      VALUES ('x', 'X', 'BLS', '2025', 'public domain', 'WageStat', 'test', 1, 'bundle', '2026-11-28T10:00:00Z')`);
    expect(await dataGeneration()).toBe("empty"); // read at most once a minute
    vi.setSystemTime(new Date("2026-11-29T00:01:01Z"));
    expect(await dataGeneration()).toBe("2026-11-28T10:00:00.000Z");
  });

  it("fingerprint code, so a changed reader never meets an old entry", () => {
    const a = fingerprint((x: number) => x + 1);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint((x: number) => x + 2)).not.toBe(a);
  });

  it("outside a Next server, a read runs directly (and its errors pass through)", async () => {
    expect(await sharedCache(async () => 42, ["k"], ["data"])).toBe(42);
    await expect(sharedCache(async () => Promise.reject(new Error("boom")), ["k2"], ["data"])).rejects.toThrow("boom");
  });
});
