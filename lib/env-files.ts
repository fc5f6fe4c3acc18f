import fs from "node:fs";

/**
 * For command-line scripts: loads .env.local and .env (if present) without overriding the real environment.
 * Kept apart from lib/env.ts so the server bundle does not trace file reads (Next loads these files itself).
 */
export function loadEnvFiles() {
  for (const file of [".env.local", ".env"]) {
    if (!fs.existsSync(file)) continue;
    const before = { ...process.env };
    process.loadEnvFile(file);
    Object.assign(process.env, before);
  }
}
