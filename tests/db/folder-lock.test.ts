import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db/connect";

const run = promisify(execFile);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cl-lock-"));
const folder = path.join(dir, "pglite");
const url = `pglite:${folder}`;

/** Opens the folder from another process: resolves with what it printed, or the error it failed with. */
async function openElsewhere(): Promise<string> {
  const script = path.join(dir, "open.mts");
  fs.writeFileSync(
    script,
    `import { openDatabase } from ${JSON.stringify(path.resolve("lib/db/connect.ts"))};
     const db = await openDatabase(${JSON.stringify(url)}); await db.query("SELECT 1"); await db.close(); console.log("opened");`,
  );
  try {
    const { stdout } = await run("npx", ["tsx", script], { cwd: process.cwd(), env: process.env });
    return stdout.trim();
  } catch (e) {
    return String((e as { stderr?: string }).stderr ?? e);
  }
}

describe("one process per PGlite folder", () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("refuses a second process while the folder is open, naming the owner, and lets it in after close", async () => {
    const db = await openDatabase(url);
    await db.query("SELECT 1");
    const refused = await openElsewhere();
    expect(refused).toContain(`is in use by process ${process.pid}`);
    await db.close();
    expect(await openElsewhere()).toBe("opened");
  }, 60_000);

  it("allows the same process to open the folder twice, and keeps the lock until both are closed", async () => {
    const a = await openDatabase(url);
    const b = await openDatabase(url);
    await b.close();
    expect(fs.existsSync(path.join(folder, "careerlens.lock"))).toBe(true);
    await a.close();
    expect(fs.existsSync(path.join(folder, "careerlens.lock"))).toBe(false);
  }, 30_000);

  it("takes over a lock left by a process that is gone", async () => {
    fs.writeFileSync(path.join(folder, "careerlens.lock"), "2147483646");
    const db = await openDatabase(url);
    expect(fs.readFileSync(path.join(folder, "careerlens.lock"), "utf8")).toBe(String(process.pid));
    await db.close();
  }, 30_000);
});
