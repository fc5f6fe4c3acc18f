import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { BackupError, restoreBackup, writeBackup } from "@/lib/db/backup";
import { createTestDb } from "../helpers/testdb";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cl-backup-"));
const file = (name: string) => path.join(dir, name);

/** Every row of the tables the test writes, in a stable order, as plain JSON. */
async function snapshot(db: Database) {
  const out: Record<string, unknown> = {};
  for (const [table, key] of [
    ["SocGroup", "code"],
    ["Occupation", '"onetCode"'],
    ["JobTitle", "id"],
    ["WageStat", "id"],
    ["Dataset", "key"],
  ] as const) {
    out[table] = await db.query(`SELECT to_jsonb(t) AS row FROM "${table}" t ORDER BY ${key}`);
  }
  return out;
}

async function seed(db: Database) {
  // Children before parents in insertion order would fail: the backup must put parents first itself.
  await db.exec(`
    INSERT INTO "SocGroup" (code, level, title, "parentCode") VALUES
      ('15-0000', 'MAJOR', 'Computer and Mathematical Occupations', NULL),
      ('15-1200', 'MINOR', 'Computer Occupations', '15-0000'),
      ('15-1230', 'BROAD', 'Computer Support Specialists', '15-1200'),
      ('15-1232', 'DETAILED', 'Computer User Support Specialists', '15-1230');
    INSERT INTO "Occupation" ("onetCode", "socCode", "statCode", title, slug, description, "jobZone", "majorCode", version, "updatedAt") VALUES
      ('15-1232.00', '15-1232', '15-1232', 'Computer User Support Specialists', 'computer-user-support-specialists',
       E'Line one\\nline "two" — with a dash and an emoji 🙂', 3, '15-0000', 4, '2026-01-02T03:04:05.678Z'),
      ('29-1141.00', '29-1141', NULL, 'Registered Nurses', 'registered-nurses', NULL, NULL, '29-0000', 1, now());
    INSERT INTO "JobTitle" (title, normalized, kind, rank, "onetCode", source, year) VALUES
      ('Help Desk Technician', 'help desk technician', 'REPORTED', 5, '15-1232.00', 'O*NET 29.0', 2024),
      ('RN', 'rn', 'ALTERNATE', 0, '29-1141.00', 'O*NET 29.0', 2024);
    INSERT INTO "WageStat" ("socCode", level, "areaType", "areaCode", "areaName", year, source, employment, "hourlyMedian",
      "annualMedian", "annualP90", "locationQuotient", "topCoded", suppressed, "belowThreshold") VALUES
      ('15-1232', 'detailed', 'NATIONAL', 'US', 'U.S.', 2025, 'BLS OEWS', 700000, 29.87, 62120, NULL, 0.1 + 0.2,
       '{annualP90}', '{}', '{}'),
      ('29-1141', 'detailed', 'STATE', '06', 'California', 2025, 'BLS OEWS', NULL, NULL, NULL, NULL, NULL, '{}',
       '{employment,annualMedian}', '{}');
    INSERT INTO "Dataset" (key, name, publisher, release, licence, feeds, origin, notes, rows, "loadedFrom") VALUES
      ('bls-oews-national', 'OEWS national', 'BLS', 'May 2025', 'public domain', 'WageStat', 'test', NULL, 2, 'bundle');
  `);
}

describe("database backup and restore", () => {
  let source: Database;
  let target: Database;
  beforeAll(async () => {
    [source, target] = await Promise.all([createTestDb(), createTestDb()]);
    await seed(source);
  });
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("round-trips every row exactly (text, emoji, arrays, floats, timestamps, enums, a self-referencing table)", async () => {
    const backup = await writeBackup(source, file("a.ndjson.gz"));
    expect(backup.counts).toMatchObject({ SocGroup: 4, Occupation: 2, JobTitle: 2, WageStat: 2, Dataset: 1 });
    await target.exec(`INSERT INTO "SocGroup" (code, level, title) VALUES ('99-0000', 'MAJOR', 'Left over')`);
    const restored = await restoreBackup(target, file("a.ndjson.gz"));
    expect(restored.rows).toBe(backup.rows);
    expect(await snapshot(target)).toEqual(await snapshot(source));
  });

  it("moves serial sequences past the restored ids, so new rows do not collide", async () => {
    const [row] = await target.query<{ id: number }>(
      `INSERT INTO "JobTitle" (title, normalized, kind, "onetCode", source, year) VALUES ('Desk Tech', 'desk tech', 'ALTERNATE', '15-1232.00', 'test', 2024) RETURNING id`,
    );
    const [max] = await source.query<{ max: number }>(`SELECT max(id) AS max FROM "JobTitle"`);
    expect(row.id).toBe(max.max + 1);
  });

  describe("refuses a bad file and changes nothing", () => {
    let before: unknown;
    let good: string[];
    beforeAll(async () => {
      await restoreBackup(target, file("a.ndjson.gz"));
      before = await snapshot(target);
      good = zlib.gunzipSync(fs.readFileSync(file("a.ndjson.gz"))).toString("utf8").trimEnd().split("\n");
    });
    const write = (name: string, lines: string[]) => {
      fs.writeFileSync(file(name), zlib.gzipSync(lines.join("\n") + "\n"));
      return file(name);
    };
    const cases: [string, () => string, RegExp][] = [
      ["cut short (no end marker)", () => write("short.gz", good.slice(0, -1)), /ends early/],
      ["a damaged line", () => write("bad-line.gz", [...good.slice(0, 2), "{not json", ...good.slice(2)]), /line 3 is not a JSON object/],
      ["row counts that do not add up", () => write("counts.gz", [good[0], ...good.slice(2)]), /promised \d+ rows but held/],
      ["not a backup at all", () => write("other.gz", ['{"hello":"world"}']), /not a Careerlens backup/],
      ["an unknown table", () => write("table.gz", [good[0].replace('"name":"Dataset"', '"name":"Nope"'), ...good.slice(1)]), /table "Nope"/],
      ["an empty file", () => write("empty.gz", []), /not a JSON object|empty/],
      ["a file that is not gzip", () => (fs.writeFileSync(file("plain"), good.join("\n")), file("plain")), /damaged/],
      ["a gzip stream cut in the middle", () => (fs.writeFileSync(file("cut.gz"), fs.readFileSync(file("a.ndjson.gz")).subarray(0, 200)), file("cut.gz")), /damaged|ends early/],
      ["a missing file", () => file("nowhere.gz"), /no backup file/],
    ];
    for (const [name, make, message] of cases) {
      it(name, async () => {
        await expect(restoreBackup(target, make())).rejects.toThrow(message);
        await expect(restoreBackup(target, file("nowhere.gz"))).rejects.toBeInstanceOf(BackupError);
        expect(await snapshot(target)).toEqual(before);
      });
    }
  });

  it("restores into a newer schema: a column added later takes its default", async () => {
    await target.exec(`ALTER TABLE "Dataset" ADD COLUMN "checkedBy" text NOT NULL DEFAULT 'nobody'`);
    try {
      await restoreBackup(target, file("a.ndjson.gz"));
      expect(await target.query(`SELECT key, "checkedBy" FROM "Dataset"`)).toEqual([{ key: "bls-oews-national", checkedBy: "nobody" }]);
    } finally {
      await target.exec(`ALTER TABLE "Dataset" DROP COLUMN "checkedBy"`);
    }
  });

  it("refuses a backup with a column this schema does not have", async () => {
    await source.exec(`ALTER TABLE "Dataset" ADD COLUMN "extra" text`);
    try {
      await writeBackup(source, file("extra.ndjson.gz"));
      await expect(restoreBackup(target, file("extra.ndjson.gz"))).rejects.toThrow(/table "Dataset" here has no column "extra"/);
    } finally {
      await source.exec(`ALTER TABLE "Dataset" DROP COLUMN "extra"`);
    }
  });
});
