/**
 * Edits survive a re-import: the importer rewrites occupations and replaces titles and tasks, never the editors'
 * tables. After a second import the edit still shows, the imported values underneath are the new official ones,
 * and removing the edit shows them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { resetOccupationEditAction, saveOccupationEditAction, saveRoleAction } from "@/lib/actions/editorial";
import { readCareer } from "@/lib/data/careers";
import { loadTitleIndexWithRoles } from "@/lib/search/load";
import { asRoleResults } from "@/lib/search/editorial";
import { emptyTables } from "@/lib/import/tables";
import { writeTables } from "@/lib/import/write";
import { occupations, titles } from "@/tests/search/fixtures";
import { adminTestDb, as, person, type Person } from "./helpers";

let db: Database;
let editor: Person, admin: Person;
const CODE = "15-1232.00";
const SLUG = "computer-user-support-specialists";

/** A (small) full import, as lib/import writes one: occupations upserted, titles and tasks replaced. */
async function importOnce(description: string, task: string) {
  await writeTables(db, {
    ...emptyTables(),
    Occupation: occupations.map((o) => ({ onetCode: o.onetCode, socCode: o.socCode, statCode: o.socCode, title: o.title, slug: o.slug, description: o.onetCode === CODE ? description : null, jobZone: 3, majorCode: `${o.socCode.slice(0, 2)}-0000` })),
    JobTitle: titles.map((t) => ({ ...t, normalized: t.title.toLowerCase(), source: "O*NET 29.0", year: 2024 })),
    Task: [{ onetCode: CODE, taskId: 1, statement: task, core: true, source: "O*NET 29.0", year: 2024 }],
  });
}

beforeAll(async () => {
  ({ db } = await adminTestDb());
  editor = await person(db, "ed@example.com", "EDITOR");
  admin = await person(db, "admin@example.com", "ADMIN");
  await importOnce("Official description, first release.", "Official task, first release.");
});
afterAll(async () => {
  await db?.close();
});

describe("a re-import", () => {
  it("keeps the edit shown, updates the official values underneath, and removing the edit shows them", async () => {
    const saved = await as(editor.cookie, () =>
      saveOccupationEditAction(undefined, { onetCode: CODE, version: "0", description: "The editors' description.", tasks: "Edited task.", addedTitles: "Desktop Wrangler", removedTitles: "Help Desk Technician", figures: "[]" }),
    );
    expect(saved, JSON.stringify(saved.fields)).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await as(editor.cookie, () => saveRoleAction(undefined, { name: "Lead Technician", onetCode: CODE, titles: "Lead Tech" }))).toMatchObject({ ok: true });

    await importOnce("Official description, second release.", "Official task, second release.");

    const row = await db.prisma.occupation.findUniqueOrThrow({ where: { onetCode: CODE } });
    expect(row.description).toBe("Official description, second release.");
    const profile = (await readCareer(db.prisma, { slug: SLUG }))!;
    expect(profile.occupation.description).toBe("Official description, second release.");
    expect(profile.editorial?.description).toBe("The editors' description.");
    expect(profile.tasks?.items.map((t) => t.statement)).toEqual(["Edited task."]);
    expect(await db.prisma.role.count()).toBe(1);
    // search built after the import still has the editors' titles and roles
    const { index, roleByTitle } = await loadTitleIndexWithRoles(db.prisma);
    expect(index.search("desktop wrangler", { limit: 1 })[0]).toMatchObject({ onetCode: CODE });
    expect(index.search("help desk technician", { limit: 5 }).some((r) => r.matchedTitle === "Help Desk Technician")).toBe(false);
    expect(asRoleResults(index.search("lead tech", { limit: 3 }), roleByTitle)[0]).toMatchObject({ slug: "lead-technician" });

    expect(await as(admin.cookie, () => resetOccupationEditAction(undefined, { onetCode: CODE, version: "1" }))).toMatchObject({ ok: true });
    const official = (await readCareer(db.prisma, { slug: SLUG }))!;
    expect(official.editorial?.description).toBeNull();
    expect(official.tasks?.items.map((t) => t.statement)).toEqual(["Official task, second release."]);
  });
});
