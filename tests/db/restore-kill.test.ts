import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/connect";
import { deployMigrations } from "@/lib/db/migrations";
import { writeBackup } from "@/lib/db/backup";
import { createTestDb, onPostgres } from "../helpers/testdb";

/*
 * A restore killed (SIGKILL) half-way through leaves the data it replaces, on the engine this lane tests:
 * a PGlite folder (crash recovery on reopen) or a PostgreSQL server (transaction rolled back by the server).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cl-restore-kill-"));
const backupFile = path.join(dir, "big.ndjson.gz");

async function rowsOf(db: Database) {
  return db.query<{ n: number; sum: number }>(`SELECT count(*)::int AS n, coalesce(sum(employment), 0)::int AS sum FROM "WageStat"`);
}

/** Runs `npm run db:restore` and kills it once it has written `killAfter` rows of WageStat. */
function restoreAndKill(url: string, killAfter: number): Promise<{ signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "scripts/db-restore.ts", backupFile, "--yes"], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = [...output.matchAll(/WageStat: (\d+) rows/g)].pop();
      if (m && Number(m[1]) >= killAfter) process.kill(-child.pid!, "SIGKILL");
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("exit", (_code, signal) => resolve({ signal, output }));
  });
}

/** A killed process lingers for a moment before the system reaps it; its lock on the folder is taken over after. */
async function lockOwnerGone(pgliteUrl: string) {
  const lock = path.join(pgliteUrl.slice("pglite:".length), "careerlens.lock");
  for (let i = 0; i < 100 && fs.existsSync(lock); i++) {
    try {
      process.kill(Number(fs.readFileSync(lock, "utf8")), 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe("a restore killed half-way", () => {
  let url: string;
  let target: Database | null = null;
  let before: { n: number; sum: number }[];

  beforeAll(async () => {
    // The backup: 60,000 wage rows (twelve chunks), each with a distinct employment figure.
    const source = await createTestDb();
    await source.exec(`INSERT INTO "WageStat" ("socCode", level, "areaType", "areaCode", "areaName", year, source, employment, "topCoded", suppressed, "belowThreshold")
      SELECT '15-1232', 'detailed', 'METRO', g::text, 'Area ' || g, 2025, 'BLS OEWS', g, '{}', '{}', '{}' FROM generate_series(1, 60000) g`);
    await writeBackup(source, backupFile);
    await source.close();

    // The database being restored into holds other data, which must survive the kill.
    if (onPostgres) {
      target = await createTestDb();
      url = target.target.engine === "postgres" ? target.target.url : "";
    } else {
      url = `pglite:${path.join(dir, "pglite")}`;
      const db = await openDatabase(url);
      await deployMigrations(db);
      target = db;
    }
    await target.exec(`INSERT INTO "WageStat" ("socCode", level, "areaType", "areaCode", "areaName", year, source, employment, "topCoded", suppressed, "belowThreshold")
      VALUES ('29-1141', 'detailed', 'NATIONAL', 'US', 'U.S.', 2025, 'BLS OEWS', 3300000, '{}', '{}', '{}')`);
    before = await rowsOf(target);
    // PGlite: one process per data folder, so this one lets go before the restore starts.
    if (!onPostgres) {
      await target.close();
      target = null;
    }
  }, 60_000);

  afterAll(async () => {
    await target?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("leaves the previous data exactly as it was", async () => {
    const { signal, output } = await restoreAndKill(url, 20_000);
    expect(signal, output).toBe("SIGKILL");
    expect(output).toMatch(/WageStat: 20000 rows/);
    expect(output).not.toMatch(/Restored/);
    if (!target) {
      await lockOwnerGone(url);
      target = await openDatabase(url);
    }
    expect(await rowsOf(target)).toEqual(before);
  }, 90_000);
});
