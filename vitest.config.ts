import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/**/*.test.ts", "lib/**/*.test.ts"],
    environment: "node",
    // vitest's default is one worker less than the cores (1 on a 2-core machine); the integration files spend much
    // of their time waiting on a database server, argon2 or child processes, so use every core
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ["tests/setup/fail-on-console-error.ts"],
    // server-only throws outside React Server Components; tests import data modules directly.
    alias: { "server-only": new URL("./tests/setup/empty-module.ts", import.meta.url).pathname },
  },
});
