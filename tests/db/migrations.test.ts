import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@/lib/db/connect";
import { createMigration, deployMigrations, listMigrations, migrationStatus, MigrationError, splitStatements } from "@/lib/db/migrations";
import { createTestDb, onPostgres } from "../helpers/testdb";

// The migration tool itself, through Prisma's WebAssembly schema engine, on the lane's engine.
async function emptyDb(): Promise<Database> {
  if (!onPostgres) return openDatabase("pglite:memory://");
  // An empty PostgreSQL database: createTestDb applies migrations, so drop everything it made.
  const db = await createTestDb();
  await db.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
  return db;
}

function copyMigrations(extra?: { name: string; sql: string }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cl-migrations-"));
  fs.cpSync(listMigrations().baseDir, dir, { recursive: true });
  if (extra) {
    fs.mkdirSync(path.join(dir, extra.name));
    fs.writeFileSync(path.join(dir, extra.name, "migration.sql"), extra.sql);
  }
  return dir;
}

describe("migrations", () => {
  const opened: Database[] = [];
  afterAll(async () => {
    for (const db of opened) await db.close();
  });

  it("applies every migration to an empty database and then reports it up to date", async () => {
    const db = await emptyDb();
    opened.push(db);
    const before = await migrationStatus(db);
    expect(before.upToDate).toBe(false);
    const applied = await deployMigrations(db);
    expect(applied).toEqual(listMigrations().migrationDirectories.map((d) => d.path));
    const after = await migrationStatus(db);
    expect(after.upToDate).toBe(true);
    expect(await deployMigrations(db)).toEqual([]);
    const rows = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
    expect(rows[0].n).toBe(applied.length);
  });

  it("names the migration and the statement when one fails, and leaves the database as it was", async () => {
    const db = await emptyDb();
    opened.push(db);
    await deployMigrations(db);
    const dir = copyMigrations({
      name: "29990101000000_broken",
      sql: `CREATE TABLE "ShouldNotExist" (id int);\n\nALTER TABLE "Occupation" ADD COLUMN "extra" int;\n\nALTER TABLE "NoSuchTable" ADD COLUMN x int;\n`,
    });
    const error = await deployMigrations(db, dir).catch((e) => e);
    expect(error).toBeInstanceOf(MigrationError);
    expect(error.message).toContain("29990101000000_broken");
    expect(error.message).toContain(`ALTER TABLE "NoSuchTable" ADD COLUMN x int;`);
    const tables = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'ShouldNotExist'`);
    expect(tables[0].n).toBe(0);
    const columns = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'Occupation' AND column_name = 'extra'`,
    );
    expect(columns[0].n).toBe(0);
  });

  it("creates a migration folder from a schema change and applies it", async () => {
    const db = await emptyDb();
    opened.push(db);
    const dir = copyMigrations();
    const schemaPath = path.join(dir, "schema.prisma");
    fs.writeFileSync(schemaPath, fs.readFileSync("prisma/schema.prisma", "utf8") + "\nmodel ScratchNote {\n  id Int @id\n  body String\n}\n");
    const name = await createMigration(db, "scratch_note", dir, schemaPath);
    expect(name).toMatch(/^\d{14}_scratch_note$/);
    const sql = fs.readFileSync(path.join(dir, name!, "migration.sql"), "utf8");
    expect(sql).toContain(`CREATE TABLE "ScratchNote"`);
    const rows = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'ScratchNote'`);
    expect(rows[0].n).toBe(1);
    expect(await createMigration(db, "again", dir, schemaPath)).toBeNull();
    await expect(createMigration(db, "bad name!", dir, schemaPath)).rejects.toThrow(/letters, digits/);
  });

  it("splits a generated migration into statements, dropping comment lines", () => {
    const script = "-- CreateTable\nCREATE TABLE a (\n  id int\n);\n\n-- AddColumn\nALTER TABLE a ADD COLUMN b text;\n";
    expect(splitStatements(script)).toEqual(["CREATE TABLE a (\n  id int\n);", "ALTER TABLE a ADD COLUMN b text;"]);
  });
});
