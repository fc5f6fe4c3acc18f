// The PostgreSQL lane: the integration suite again, against the server named by TEST_DATABASE_URL (CI starts a
// throwaway cluster and sets it). Pure file-reader tests do not touch a database and run once, in test:unit.
import { spawnSync } from "node:child_process";

if (!process.env.TEST_DATABASE_URL) {
  console.log("PostgreSQL lane not run: TEST_DATABASE_URL is unset (CI sets it; see README, Tests).");
  process.exit(0);
}
const result = spawnSync("npx", ["vitest", "run", "--exclude", "tests/import/readers/**"], { stdio: "inherit" });
process.exit(result.status ?? 1);
