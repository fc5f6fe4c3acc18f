// The PostgreSQL lane: the integration tests again, against the server named by TEST_DATABASE_URL (CI starts a
// throwaway cluster and sets it). Only the test files that open a database through tests/helpers/testdb.ts
// (directly or through another helper) run here: the rest do not depend on the database server and already ran
// once, in test:unit.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

const root = process.cwd();
const TESTDB = path.join(root, "tests/helpers/testdb.ts");
const SPECIFIER = /(?:from\s+|import\s*\(\s*)["']([^"']+)["']/g;

/** The project's own .ts files a file imports (by `@/…` or relative paths); packages are left out. */
function localImports(file) {
  const found = [];
  for (const [, spec] of fs.readFileSync(file, "utf8").matchAll(SPECIFIER)) {
    const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(file), spec) : null;
    if (!base) continue;
    const hit = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((p) => fs.existsSync(p) && fs.statSync(p).isFile());
    if (hit) found.push(hit);
  }
  return found;
}

/** True when `file` imports tests/helpers/testdb.ts, directly or through other local modules. */
function usesTestDb(file, seen = new Set()) {
  if (file === TESTDB) return true;
  if (seen.has(file)) return false;
  seen.add(file);
  return localImports(file).some((f) => usesTestDb(f, seen));
}

function testFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return testFiles(p);
    return e.name.endsWith(".test.ts") ? [p] : [];
  });
}

const files = ["tests", "lib"].flatMap((d) => testFiles(path.join(root, d))).filter((f) => usesTestDb(f));
if (files.length === 0) {
  console.error("PostgreSQL lane: no test file imports tests/helpers/testdb.ts; that cannot be right.");
  process.exit(1);
}
console.log(`PostgreSQL lane: ${files.length} test files that open a database through tests/helpers/testdb.ts.`);
const relative = files.map((f) => path.relative(root, f));
if (process.argv.includes("--list")) {
  console.log(relative.join("\n"));
  process.exit(0);
}
if (!process.env.TEST_DATABASE_URL) {
  console.log("PostgreSQL lane not run: TEST_DATABASE_URL is unset (CI sets it; see README, Tests).");
  process.exit(0);
}
const result = spawnSync("npx", ["vitest", "run", ...relative], { stdio: "inherit" });
process.exit(result.status ?? 1);
