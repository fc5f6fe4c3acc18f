import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { loadSchemaEngine } from "./schema-engine";
import { pgliteAdapterFactory, type Database } from "./connect";

// Migrations without a network: Prisma's schema engine compiled to WebAssembly, driven through our driver
// adapter. It reads and writes ordinary prisma/migrations/<name>/migration.sql folders and the
// _prisma_migrations table, exactly as `prisma migrate deploy` does, so the native CLI accepts the same folders.

export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve("prisma/migrations");
const LOCKFILE = "migration_lock.toml";
const FILTERS = { externalTables: [], externalEnums: [] };

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
    readonly statement?: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

export function listMigrations(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, LOCKFILE);
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, "migration.sql")))
        .map((e) => e.name)
        .sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8") } },
    })),
  };
}

/**
 * The engine needs a shadow database to replay history. For both engines we give it a throwaway in-memory
 * PGlite: adapter-pg's own shadow helper cannot take a connection string, and an in-memory Postgres is exact
 * enough for replaying our own plain-SQL migrations.
 */
function withMemoryShadow(db: Database): SqlMigrationAwareDriverAdapterFactory {
  const factory = db.adapter;
  const shadows: PGlite[] = [];
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => (db.target.engine === "postgres" ? charAsText(await factory.connect()) : factory.connect()),
    connectToShadowDb: async () => {
      const shadow = new PGlite();
      shadows.push(shadow);
      const adapter = await pgliteAdapterFactory(shadow).connect();
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await shadow.close();
      };
      return adapter;
    },
  };
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * The engine introspects pg_catalog columns of Postgres' internal one-byte type "char" (OID 18), which
 * adapter-pg 7.10 cannot map. Inside the migration tool only, report those columns as text (on PostgreSQL
 * only: the PGlite adapter maps "char" itself, and the engine needs it as a char there).
 */
function charAsText<A extends object>(adapter: A): A {
  const io = adapter as A & { performIO?: (q: unknown) => Promise<{ fields: { dataTypeID: number }[] }> };
  if (typeof io.performIO !== "function") return adapter;
  const performIO = io.performIO.bind(adapter);
  io.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  return adapter;
}

async function withEngine<T>(
  db: Database,
  dir: string,
  fn: (engine: SchemaEngine, schema: string) => Promise<T>,
  schemaPath = SCHEMA_PATH,
): Promise<T> {
  const schema = fs.readFileSync(schemaPath, "utf8");
  const logs: string[] = [];
  const { SchemaEngine } = await loadSchemaEngine();
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    (line: string) => logs.push(line),
    bindMigrationAwareSqlAdapterFactory(withMemoryShadow(db)),
  );
  try {
    return await fn(engine, schema);
  } catch (e) {
    throw await explain(db, e, dir);
  } finally {
    engine.free();
  }
}

function engineMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === "object" && e && "message" in e) return String(e.message);
  return String(e);
}

/** Splits a migration script into statements (Prisma's generated SQL has no semicolons inside statements). */
export function splitStatements(script: string): string[] {
  return script
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^(\s*--[^\n]*\n)+/g, "").trim())
    .filter((s) => s.length > 0)
    .map((s) => `${s};`);
}

/**
 * Replays a failed migration statement by statement inside a transaction that is always rolled back, to
 * name the statement that fails and the database's own message for it.
 */
async function locateFailure(db: Database, script: string): Promise<{ statement: string; message: string } | undefined> {
  const rollback = new Error("rollback");
  let found: { statement: string; message: string } | undefined;
  await db
    .transaction(async (exec) => {
      for (const statement of splitStatements(script)) {
        await exec("SAVEPOINT locate");
        try {
          await exec(statement);
        } catch (e) {
          found = { statement, message: engineMessage(e) };
          break;
        }
      }
      throw rollback;
    })
    .catch((e) => {
      if (e !== rollback) throw e;
    });
  return found;
}

/** Turns an engine error into a message that names the migration and the failing statement. */
async function explain(db: Database, e: unknown, dir: string): Promise<Error> {
  const raw = engineMessage(e);
  const migration = /migration_name="([^"]+)"/.exec(raw)?.[1] ?? /Migration name: (\S+)/.exec(raw)?.[1];
  const file = migration && path.join(dir, migration, "migration.sql");
  const failure = file && fs.existsSync(file) ? await locateFailure(db, fs.readFileSync(file, "utf8")) : undefined;
  const lines = migration
    ? [
        `Migration ${migration} failed and was rolled back; the database is as it was before it.`,
        failure ? `Statement: ${failure.statement}` : undefined,
        `Error: ${failure?.message ?? raw.split("\n").slice(0, 2).join(" ")}`,
      ]
    : [`Migration command failed: ${raw}`];
  return new MigrationError(lines.filter(Boolean).join("\n"), migration, failure?.statement);
}

/** Applies every pending migration. Returns the names applied. */
export async function deployMigrations(db: Database, dir = MIGRATIONS_DIR): Promise<string[]> {
  const list = listMigrations(dir);
  return withEngine(db, dir, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: list, filters: FILTERS });
    return out.appliedMigrationNames;
  });
}

/** Which migrations are applied, pending or failed, and whether the folder and database agree. */
export async function migrationStatus(db: Database, dir = MIGRATIONS_DIR) {
  const list = listMigrations(dir);
  return withEngine(db, dir, async (engine) => {
    const out = await engine.diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: FILTERS });
    return {
      migrations: list.migrationDirectories.map((d) => d.path),
      hasMigrationsTable: out.hasMigrationsTable,
      failed: out.failedMigrationNames,
      edited: out.editedMigrationNames,
      history: out.history,
      upToDate: out.history === null && out.failedMigrationNames.length === 0,
    };
  });
}

/**
 * Development: writes a new migration folder for the difference between the migrations so far and the
 * schema, then applies it. Refuses when the database has drifted from the migration history.
 */
export async function createMigration(db: Database, name: string, dir = MIGRATIONS_DIR, schemaPath = SCHEMA_PATH): Promise<string | null> {
  if (!/^[a-z0-9_]+$/i.test(name)) throw new MigrationError(`Migration name "${name}" must use letters, digits and _ only.`);
  const list = listMigrations(dir);
  const created = await withEngine(db, dir, async (engine, schema) => {
    const diagnostic = await engine.devDiagnostic({ migrationsList: list, filters: FILTERS });
    if (diagnostic.action.tag === "reset") {
      throw new MigrationError(`The database does not match the migration history: ${diagnostic.action.reason}`);
    }
    await engine.applyMigrations({ migrationsList: list, filters: FILTERS });
    // `createMigration` in the WebAssembly engine cannot reach a shadow database; `diff` from the migration
    // history (replayed on the adapter's shadow database) to the schema produces the same script.
    const out = await engine.diff({
      from: { tag: "migrations", ...list },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: true,
      filters: FILTERS,
    });
    if (out.exitCode !== 2 || !out.stdout) return null;
    const generated = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`;
    const folder = path.join(dir, generated);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, "migration.sql"), out.stdout);
    const lockPath = path.join(dir, LOCKFILE);
    if (!fs.existsSync(lockPath)) {
      fs.writeFileSync(lockPath, `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n`);
    }
    return generated;
  }, schemaPath);
  if (created) await deployMigrations(db, dir);
  return created;
}
