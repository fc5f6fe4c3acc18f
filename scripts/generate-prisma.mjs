// Runs `prisma generate` without a network: generation needs no schema engine, so point it at /bin/false
// instead of letting Prisma try to download one.
import { execFileSync } from "node:child_process";

execFileSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? "/bin/false" },
});
