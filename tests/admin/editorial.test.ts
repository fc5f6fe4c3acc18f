/**
 * Editors' overlay and curated roles, end to end through the server actions on a real database (PGlite, and
 * PostgreSQL in the PostgreSQL lane): validation per field, two editors at once (the second is refused with the
 * first's version shown, nothing lost), every change audited and revertible, two reverts of one entry at the
 * same instant (exactly one wins), and what readers get: the career page's profile, comparisons and search.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { revertAction } from "@/lib/actions/admin";
import { deleteRoleAction, resetOccupationEditAction, saveOccupationEditAction, saveRoleAction } from "@/lib/actions/editorial";
import { revertEntry } from "@/lib/admin/revert";
import { getCareer, readCareer } from "@/lib/data/careers";
import { dbResolvers } from "@/lib/data/compare";
import { searchTitles } from "@/lib/data/search";
import { resolveOne } from "@/lib/compare/resolve";
import { onPostgres } from "@/tests/helpers/testdb";
import { adminTestDb, as, person, type Person } from "./helpers";

let db: Database;
let editor: Person, editor2: Person, admin: Person;
const CODE = "15-1232.00";
const SLUG = "computer-user-support-specialists";

beforeAll(async () => {
  ({ db } = await adminTestDb());
  editor = await person(db, "ed@example.com", "EDITOR");
  editor2 = await person(db, "flo@example.com", "EDITOR");
  admin = await person(db, "admin@example.com", "ADMIN");
  const rating = (elementId: string, name: string, importance: number) => ({ onetCode: CODE, domain: "SKILL" as const, elementId, name, importance, level: 4, source: "O*NET 29.0", year: 2024 });
  await db.prisma.skillRating.createMany({
    data: [rating("2.A.1.a", "Reading Comprehension", 3.9), rating("2.A.1.b", "Active Listening", 4.1), rating("2.B.2.i", "Complex Problem Solving", 3.6)],
  });
  await db.prisma.occupation.update({ where: { onetCode: CODE }, data: { description: "Official text from the import." } });
  await db.prisma.task.createMany({ data: [{ onetCode: CODE, taskId: 1, statement: "Official task one.", core: true, source: "O*NET 29.0", year: 2024 }] });
});
afterAll(async () => {
  await db?.close();
});

const form = (over: Record<string, unknown> = {}) => ({
  onetCode: CODE,
  version: "0",
  description: "",
  tasks: "",
  addedTitles: "",
  removedTitles: "",
  figures: "[]",
  ...over,
});
const figure = (over: Record<string, unknown> = {}) => ({ label: "Median pay in Ohio", value: "52000", unit: "USD per year", year: "2025", sourceName: "Ohio LMI", sourceUrl: "https://ohiolmi.com/wages", ...over });
const currentVersion = async () => (await db.prisma.occupationEdit.findUnique({ where: { onetCode: CODE } }))?.version ?? 0;
const auditCount = () => db.prisma.auditLog.count();

describe("editing an occupation", () => {
  it("refuses bad input per field and changes nothing", async () => {
    const before = await auditCount();
    const answer = await as(editor.cookie, () =>
      saveOccupationEditAction(
        undefined,
        form({
          skills: ["9.Z.9"],
          removedTitles: "Not A Title Here\nComputer User Support Specialists",
          figures: JSON.stringify([figure({ sourceUrl: "javascript:alert(1)" }), figure({ sourceName: "", year: "1800", value: "lots" })]),
        }),
      ),
    );
    expect(answer).toMatchObject({ ok: false, status: 400 });
    expect(answer.fields).toMatchObject({
      skills: expect.stringContaining("O*NET skills"),
      removedTitles: expect.stringContaining("not one of this occupation's titles"),
      "figures.0.sourceUrl": expect.stringContaining("https://"),
      "figures.1.sourceName": expect.any(String),
      "figures.1.year": expect.any(String),
      "figures.1.value": expect.any(String),
    });
    expect(await auditCount()).toBe(before);
    expect(await db.prisma.occupationEdit.count()).toBe(0);
    // a figure without any source at all
    const noSource = await as(editor.cookie, () => saveOccupationEditAction(undefined, form({ figures: JSON.stringify([{ label: "Jobs", value: 5, unit: "people", year: 2025 }]) })));
    expect(noSource.fields).toMatchObject({ "figures.0.sourceName": expect.any(String), "figures.0.sourceUrl": expect.any(String) });
  });

  it("saves the overlay, audits it, and the profile shows it while the imported rows stay as they were", async () => {
    const answer = await as(editor.cookie, () =>
      saveOccupationEditAction(
        undefined,
        form({
          description: "They **keep** computers running.\n\n- answer calls\n- fix laptops",
          tasks: "Answer support calls.\nSet up new laptops.",
          skills: ["2.B.2.i", "2.A.1.a"],
          addedTitles: "Desktop Wrangler",
          removedTitles: "help desk technician",
          figures: JSON.stringify([figure()]),
        }),
      ),
    );
    expect(answer, answer.message).toMatchObject({ ok: true, status: 200, data: { version: 1, removedTitles: ["Help Desk Technician"] } });
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { entityType: "Occupation", entityId: CODE } });
    expect(entry).toMatchObject({ actorId: editor.id, action: "occupation.edit", before: { version: 0, description: null }, after: { version: 1 } });

    const profile = (await readCareer(db.prisma, { slug: SLUG }))!;
    expect(profile.occupation.description).toBe("Official text from the import.");
    expect(profile.editorial).toMatchObject({ description: expect.stringContaining("**keep**"), tasksEdited: true, skillsEdited: true, figures: [{ label: "Median pay in Ohio", value: 52000, sourceUrl: "https://ohiolmi.com/wages" }] });
    expect(profile.tasks).toMatchObject({ source: expect.stringContaining("Careerlens editors"), items: [{ statement: "Answer support calls." }, { statement: "Set up new laptops." }] });
    expect(profile.skills?.items.map((s) => s.name)).toEqual(["Complex Problem Solving", "Reading Comprehension"]);
    expect(profile.skills?.items[0].importance).toBe(3.6); // the official rating, only chosen and ordered
    // imported rows untouched
    expect((await db.prisma.occupation.findUniqueOrThrow({ where: { onetCode: CODE } })).description).toBe("Official text from the import.");
    expect(await db.prisma.task.count({ where: { onetCode: CODE } })).toBe(1);
    expect(await db.prisma.jobTitle.count({ where: { onetCode: CODE, title: "Help Desk Technician" } })).toBe(1);
    // search: this process's index was rebuilt with the added title, without the removed one
    expect((await searchTitles("desktop wrangler", 3))[0]).toMatchObject({ onetCode: CODE, matchedTitle: "Desktop Wrangler" });
    expect((await searchTitles("help desk technician", 5)).find((r) => r.matchedTitle === "Help Desk Technician")).toBeUndefined();
  });

  it("two editors on the same version: the second save is refused with the first's version shown; nothing is lost", async () => {
    const v = String(await currentVersion());
    const first = await as(editor.cookie, () => saveOccupationEditAction(undefined, form({ version: v, description: "First editor's words." })));
    expect(first).toMatchObject({ ok: true });
    const second = await as(editor2.cookie, () => saveOccupationEditAction(undefined, form({ version: v, description: "Second editor's words." })));
    expect(second).toMatchObject({ ok: false, status: 409, data: { description: "First editor's words.", version: Number(v) + 1 } });
    expect(second.message).toMatch(/Someone saved this occupation/);
    expect((await db.prisma.occupationEdit.findUniqueOrThrow({ where: { onetCode: CODE } })).description).toBe("First editor's words.");
    // merging: saving again on the version shown goes over it, and both changes are in the audit log
    const merged = await as(editor2.cookie, () => saveOccupationEditAction(undefined, form({ version: String(second.data!.version), description: "First editor's words, merged with the second's." })));
    expect(merged).toMatchObject({ ok: true, data: { version: Number(v) + 2 } });
    const trail = await db.prisma.auditLog.findMany({ where: { entityId: CODE, action: "occupation.edit" }, orderBy: { createdAt: "asc" } });
    expect(trail.slice(-2).map((e) => (e.after as { description: string }).description)).toEqual(["First editor's words.", "First editor's words, merged with the second's."]);
  });

  it("two first edits of a never-edited occupation at the same moment: one is saved, the other refused", async () => {
    const code = "43-4071.00";
    const save = (cookie: string, text: string) => as(cookie, () => saveOccupationEditAction(undefined, form({ onetCode: code, version: "0", description: text })));
    const answers = await Promise.all([save(editor.cookie, "From A."), save(editor2.cookie, "From B.")]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const loser = answers.find((a) => a.status === 409)!;
    const stored = await db.prisma.occupationEdit.findUniqueOrThrow({ where: { onetCode: code } });
    expect(loser.data).toMatchObject({ version: 1, description: stored.description });
    expect(await db.prisma.auditLog.count({ where: { entityId: code } })).toBe(1);
  });

  it("an admin removes the edits (official data again), and reverting that brings them back", async () => {
    const v = await currentVersion();
    expect(await as(editor.cookie, () => resetOccupationEditAction(undefined, { onetCode: CODE, version: String(v) }))).toMatchObject({ status: 403 });
    const reset = await as(admin.cookie, () => resetOccupationEditAction(undefined, { onetCode: CODE, version: String(v) }));
    expect(reset).toMatchObject({ ok: true, data: { version: v + 1, description: null, tasks: null, skills: null, figures: [] } });
    const plain = (await readCareer(db.prisma, { slug: SLUG }))!;
    expect(plain.editorial).toMatchObject({ description: null, tasksEdited: false, skillsEdited: false, figures: [] });
    expect(plain.tasks?.items.map((t) => t.statement)).toEqual(["Official task one."]);
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: CODE, action: "occupation.reset" } });
    expect(await as(admin.cookie, () => revertAction(undefined, { auditId: entry.id }))).toMatchObject({ ok: true });
    expect((await readCareer(db.prisma, { slug: SLUG }))!.editorial?.description).toBe("First editor's words, merged with the second's.");
    expect(await db.prisma.auditLog.findFirst({ where: { revertOf: entry.id, action: "occupation.revert", actorId: admin.id } })).not.toBeNull();
  });
});

describe("curated roles", () => {
  let roleId = "";
  const roleForm = (over: Record<string, unknown> = {}) => ({ name: "Lead Technician", slug: "", onetCode: "49-2011.00", description: "Leads the **bench**.", titles: "Lead Tech\nBench Lead", ...over });

  it("validates: an occupation's address, a missing occupation, the word vs", async () => {
    expect((await as(editor.cookie, () => saveRoleAction(undefined, roleForm({ slug: SLUG })))).fields).toMatchObject({ slug: expect.stringContaining("is the occupation") });
    expect((await as(editor.cookie, () => saveRoleAction(undefined, roleForm({ onetCode: "99-9999.00" })))).fields).toMatchObject({ onetCode: expect.any(String) });
    expect((await as(editor.cookie, () => saveRoleAction(undefined, roleForm({ name: "Nurse vs Doctor" })))).fields).toMatchObject({ slug: expect.stringContaining("vs") });
    expect(await db.prisma.role.count()).toBe(0);
  });

  it("creates a role: its page, comparison addresses (by name or title) and search lead to it", async () => {
    const created = await as(editor.cookie, () => saveRoleAction(undefined, roleForm()));
    expect(created, JSON.stringify(created.fields)).toMatchObject({ ok: true, data: { slug: "lead-technician", version: 1, occupationTitle: "Computer, Automated Teller, and Office Machine Repairers" } });
    roleId = created.data!.id;
    const page = (await getCareer("lead-technician"))!;
    expect(page.role).toMatchObject({ slug: "lead-technician", name: "Lead Technician", description: "Leads the **bench**." });
    expect(page.occupation.onetCode).toBe("49-2011.00");
    const resolvers = dbResolvers(db.prisma, (q, limit) => searchTitles(q, limit));
    expect(await resolveOne("lead-technician", resolvers)).toMatchObject({ via: "role", name: "Lead Technician", role: { slug: "lead-technician" }, occupation: { onetCode: "49-2011.00" } });
    expect(await resolveOne("bench-lead", resolvers)).toMatchObject({ via: "role", name: "Bench Lead", role: { slug: "lead-technician" } });
    const hits = await searchTitles("lead tech", 5);
    expect(hits[0]).toMatchObject({ slug: "lead-technician", title: "Lead Technician", onetCode: "49-2011.00", basedOn: { slug: "computer-automated-teller-and-office-machine-repairers" } });
  });

  it("a stale save is refused with the stored role; delete and revert bring it back", async () => {
    const ok1 = await as(editor.cookie, () => saveRoleAction(undefined, roleForm({ id: roleId, version: "1", description: "Version two." })));
    expect(ok1).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await as(editor2.cookie, () => saveRoleAction(undefined, roleForm({ id: roleId, version: "1", description: "Stale." })));
    expect(stale).toMatchObject({ ok: false, status: 409, data: { version: 2, description: "Version two." } });
    expect(await as(editor.cookie, () => deleteRoleAction(undefined, { id: roleId, version: "2" }))).toMatchObject({ status: 403 });
    expect(await as(admin.cookie, () => deleteRoleAction(undefined, { id: roleId, version: "2" }))).toMatchObject({ ok: true });
    expect(await getCareer("lead-technician")).toBeNull();
    expect((await searchTitles("lead tech", 5)).some((r) => r.slug === "lead-technician")).toBe(false);
    const deletion = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: roleId, action: "role.delete" } });
    expect(await as(admin.cookie, () => revertAction(undefined, { auditId: deletion.id }))).toMatchObject({ ok: true });
    expect(await db.prisma.role.findUniqueOrThrow({ where: { id: roleId } })).toMatchObject({ slug: "lead-technician", description: "Version two." });
    expect((await searchTitles("lead tech", 5))[0]).toMatchObject({ slug: "lead-technician" });
  });
});

describe("two reverts of one entry at the same instant", () => {
  it(`exactly one commits, the other is refused, one revert entry${onPostgres ? " (PostgreSQL: concurrent transactions)" : ""}`, async () => {
    const code = "29-1141.00";
    const saved = await as(editor.cookie, () => saveOccupationEditAction(undefined, form({ onetCode: code, version: "0", description: "To be reverted." })));
    expect(saved).toMatchObject({ ok: true });
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: code, action: "occupation.edit" } });
    const outcomes = await Promise.allSettled([revertEntry(db.prisma, admin, entry.id, null), revertEntry(db.prisma, admin, entry.id, null)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ status: 409 });
    expect(await db.prisma.auditLog.count({ where: { revertOf: entry.id } })).toBe(1);
    expect(await db.prisma.occupationEdit.findUniqueOrThrow({ where: { onetCode: code } })).toMatchObject({ description: null, version: 2 });
  });

  it("also for a change without a version (a user's role): the unique revertOf decides", async () => {
    const target = await person(db, "race@example.com", "USER");
    const { setRole } = await import("@/lib/admin/users");
    await setRole(db.prisma, admin, target.id, "EDITOR");
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: target.id, action: "user.role" } });
    const outcomes = await Promise.allSettled([revertEntry(db.prisma, admin, entry.id, null), revertEntry(db.prisma, admin, entry.id, null)]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.prisma.auditLog.count({ where: { revertOf: entry.id } })).toBe(1);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("USER");
  });
});
