import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { resolveTarget, DEFAULT_PGLITE_DIR } from "@/lib/db/connect";
import path from "node:path";

describe("configuration", () => {
  it("has working defaults for a local run", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.HOST).toBe("127.0.0.1");
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names every bad variable", () => {
    expect(() => parseEnv({ PORT: "eighty", DATABASE_URL: "mysql://x" })).toThrow(/PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET: must be at least 16 characters/);
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/PORT/);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ PORT: "", DATABASE_URL: "" }).PORT).toBe(3000);
  });
});

describe("database target", () => {
  it("defaults to embedded PGlite under .data/", () => {
    expect(resolveTarget(undefined)).toEqual({ engine: "pglite", dataDir: path.resolve(DEFAULT_PGLITE_DIR) });
  });
  it("reads pglite: paths, memory and PostgreSQL URLs", () => {
    expect(resolveTarget("pglite:memory://")).toEqual({ engine: "pglite", dataDir: null });
    expect(resolveTarget("pglite:./x/db")).toEqual({ engine: "pglite", dataDir: path.resolve("x/db") });
    expect(resolveTarget("pglite:///tmp/db")).toEqual({ engine: "pglite", dataDir: "/tmp/db" });
    expect(resolveTarget("postgresql://u@h:5432/d")).toEqual({ engine: "postgres", url: "postgresql://u@h:5432/d" });
  });
  it("refuses anything else", () => {
    expect(() => resolveTarget("mysql://x")).toThrow(/DATABASE_URL/);
  });
});
