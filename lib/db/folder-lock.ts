import fs from "node:fs";
import path from "node:path";

/**
 * One process per PGlite data folder: a second process writing to the same folder would corrupt it (PGlite has
 * no lock of its own). The owner's pid goes in `careerlens.lock` inside the folder; a lock left by a process that
 * no longer runs is taken over. Opening the folder again in the same process is allowed (counted).
 */
const LOCK_FILE = "careerlens.lock";
const held = new Map<string, number>();

export class FolderInUseError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function tryCreate(file: string): boolean {
  try {
    fs.writeFileSync(file, String(process.pid), { flag: "wx" });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
}

/** Takes the folder for this process; throws FolderInUseError naming the owner when another live process has it. */
export function lockFolder(dir: string): () => void {
  const key = path.resolve(dir);
  const file = path.join(key, LOCK_FILE);
  const count = held.get(key) ?? 0;
  if (count === 0) {
    while (!tryCreate(file)) {
      const owner = Number(fs.readFileSync(file, "utf8").trim());
      if (owner === process.pid) break;
      if (Number.isInteger(owner) && owner > 0 && alive(owner))
        throw new FolderInUseError(
          `the embedded database at ${key} is in use by process ${owner} (a running server or script). Stop it first: PGlite allows one process per data folder (use PostgreSQL to share a database).`,
        );
      fs.rmSync(file, { force: true }); // left by a process that is gone
    }
  }
  held.set(key, count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (held.get(key) ?? 1) - 1;
    if (left > 0) return void held.set(key, left);
    held.delete(key);
    fs.rmSync(file, { force: true });
  };
}

process.once("exit", () => {
  for (const key of held.keys()) fs.rmSync(path.join(key, LOCK_FILE), { force: true });
});
