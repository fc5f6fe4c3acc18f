import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/connect";
import { deployMigrations } from "@/lib/db/migrations";
import { createTestDb, onPostgres } from "../helpers/testdb";

/*
 * An admin edit killed (SIGKILL) while changes are being written leaves consistent data on the engine this lane
 * tests: every change that landed has its audit entry and no entry lacks its change (each pair is one
 * transaction; PGlite recovers its folder on reopen, PostgreSQL rolls the open transaction back).
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cl-admin-kill-"));

/** Starts the child and kills it at a random moment after `after` committed changes. */
function editAndKill(url: string, actorId: string, targetId: string, after: number): Promise<{ signal: NodeJS.Signals | null; committed: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["tsx", "tests/db/admin-edit-child.ts", url, actorId, targetId], { stdio: ["ignore", "pipe", "pipe"], detached: true });
    let output = "";
    let killing = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = [...output.matchAll(/committed (\d+)/g)].pop();
      if (m && Number(m[1]) >= after && !killing) {
        killing = true;
        // a random delay of up to 20 ms, so the kill lands anywhere in the next transactions
        setTimeout(() => process.kill(-child.pid!, "SIGKILL"), Math.floor(Math.random() * 20));
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      const last = [...output.matchAll(/committed (\d+)/g)].pop();
      resolve({ signal, committed: last ? Number(last[1]) : 0, output });
    });
  });
}

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

describe("an admin edit killed while writing", () => {
  let url: string;
  let db: Database | null = null;
  let actorId: string;
  let targetId: string;

  beforeAll(async () => {
    if (onPostgres) {
      db = await createTestDb();
      url = db.target.engine === "postgres" ? db.target.url : "";
    } else {
      url = `pglite:${path.join(dir, "pglite")}`;
      db = await openDatabase(url);
      await deployMigrations(db);
    }
    actorId = (await db.prisma.user.create({ data: { email: "admin@example.com", name: "Admin", role: "ADMIN" } })).id;
    targetId = (await db.prisma.user.create({ data: { email: "target@example.com", name: "Target" } })).id;
    if (!onPostgres) {
      await db.close();
      db = null;
    }
  }, 180_000);

  afterAll(async () => {
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("keeps every change with its audit entry, none without", async () => {
    const { signal, committed, output } = await editAndKill(url, actorId, targetId, 25);
    expect(signal, output).toBe("SIGKILL");
    expect(committed).toBeGreaterThanOrEqual(25);
    if (!db) {
      await lockOwnerGone(url);
      db = await openDatabase(url);
    }
    const user = await db.prisma.user.findUniqueOrThrow({ where: { id: targetId }, select: { role: true, version: true } });
    const entries = await db.prisma.auditLog.findMany({ where: { entityId: targetId, action: "user.role" }, orderBy: { createdAt: "asc" }, select: { after: true } });
    // each landed change bumped the version once and wrote one entry; the kill may have come after the last print
    expect(entries.length).toBe(user.version - 1);
    expect(entries.length).toBeGreaterThanOrEqual(committed);
    expect(entries.length).toBeLessThanOrEqual(committed + 1);
    expect((entries.at(-1)!.after as { role: string }).role).toBe(user.role);
    expect(user.role).toBe(entries.length % 2 ? "EDITOR" : "USER");
  }, 180_000);
});
