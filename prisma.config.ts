import { defineConfig } from "prisma/config";

// Used by the Prisma CLI (generate; and migrate deploy where the native engine can be downloaded).
// Our own migration command (prisma/migrate.ts) reads the same schema and migrations folder.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : "postgresql://localhost:5432/careerlens" },
});
