import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// SQL built from strings is how injection gets in: Prisma's unsafe raw calls are banned everywhere.
const noUnsafeRaw = ["$queryRawUnsafe", "$executeRawUnsafe"].map((property) => ({
  property,
  message: "Use $queryRaw/$executeRaw tagged templates (parameters are bound) or the Prisma query API.",
}));

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "next-env.d.ts", "e2e/screenshots/**", "test-results/**", "playwright-report/**"] },
  { rules: { "no-restricted-properties": ["error", ...noUnsafeRaw] } },
];

export default config;
