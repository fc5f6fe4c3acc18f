/**
 * What the admin changes guarantee: a disabled account's sessions stop at once; a change and its audit entry
 * land together or not at all; reverts work and are audited; two editors saving the same posting → the second
 * is refused with the first's version and nothing is lost; the last admin stays; per-field validation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { expireJobAction, revertAction, saveJobAction, setDisabledAction, setRoleAction } from "@/lib/actions/admin";
import { currentUser } from "@/lib/auth/session";
import { audited, ChangeRefused } from "@/lib/admin/audit";
import { signInWithPassword } from "@/lib/auth/accounts";
import { isExpired } from "@/lib/jobs/posting";
import { cookieFor, freshIp, STRONG } from "@/tests/accounts/helpers";
import { adminTestDb, as, jobForm, person, type Person } from "./helpers";

let db: Database;
let admin: Person, editor: Person, editor2: Person;

beforeAll(async () => {
  ({ db } = await adminTestDb());
  admin = await person(db, "admin@example.com", "ADMIN");
  editor = await person(db, "ed@example.com", "EDITOR");
  editor2 = await person(db, "flo@example.com", "EDITOR");
});
afterAll(async () => {
  await db?.close();
});

const newPosting = async (over: Record<string, string> = {}) => {
  const r = await as(editor.cookie, () => saveJobAction(undefined, jobForm(over)));
  expect(r, r.message).toMatchObject({ ok: true });
  return r.data!;
};

describe("disabling an account", () => {
  it("ends its sessions at once, refuses sign-in, and enabling does not revive old sessions", async () => {
    const victim = await person(db, "vic@example.com", "EDITOR");
    const other = await cookieFor(victim); // a second browser
    expect((await as(victim.cookie, () => currentUser()))?.id).toBe(victim.id);
    expect(await as(admin.cookie, () => setDisabledAction(undefined, { userId: victim.id, disabled: "1" }))).toMatchObject({ ok: true });
    expect(await as(victim.cookie, () => currentUser())).toBeNull();
    expect(await as(other, () => currentUser())).toBeNull();
    expect(await as(victim.cookie, () => saveJobAction(undefined, jobForm()))).toMatchObject({ status: 401 });
    expect(await db.prisma.authSession.count({ where: { userId: victim.id } })).toBe(0);
    expect((await signInWithPassword({ email: victim.email, password: STRONG }, freshIp())).ok).toBe(false);
    expect(await as(admin.cookie, () => setDisabledAction(undefined, { userId: victim.id, disabled: "0" }))).toMatchObject({ ok: true });
    expect(await as(victim.cookie, () => currentUser())).toBeNull();
    expect((await signInWithPassword({ email: victim.email, password: STRONG }, freshIp())).ok).toBe(true);
    const log = await db.prisma.auditLog.findMany({ where: { entityId: victim.id }, orderBy: { createdAt: "asc" } });
    expect(log.map((e) => [e.action, e.actorEmail])).toEqual([
      ["user.disable", admin.email],
      ["user.enable", admin.email],
    ]);
  });
});

describe("one transaction for a change and its audit entry", () => {
  it("a write that fails leaves no audit row", async () => {
    const before = await db.prisma.auditLog.count();
    const target = await person(db, "tx1@example.com", "USER");
    await expect(
      audited(db.prisma, admin, "user.role", async (tx) => {
        await tx.user.update({ where: { id: target.id }, data: { role: "EDITOR" } });
        throw new ChangeRefused(409, "refused after writing");
      }),
    ).rejects.toThrow("refused after writing");
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("USER");
    expect(await db.prisma.auditLog.count()).toBe(before);
  });

  it("an audit entry that cannot be written undoes the change", async () => {
    const before = await db.prisma.auditLog.count();
    const target = await person(db, "tx2@example.com", "USER");
    // an actor id that names no user: the audit row's foreign key fails after the change was made
    await expect(
      audited(db.prisma, { id: "no-such-user", email: "ghost@example.com" }, "user.role", async (tx) => {
        await tx.user.update({ where: { id: target.id }, data: { role: "ADMIN" } });
        return { entityType: "User", entityId: target.id, before: { role: "USER" }, after: { role: "ADMIN" }, value: null };
      }),
    ).rejects.toThrow();
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("USER");
    expect(await db.prisma.auditLog.count()).toBe(before);
  });

  it("a successful change writes exactly one entry with before, after, actor and UTC time", async () => {
    const target = await person(db, "tx3@example.com", "USER");
    const t0 = Date.now();
    expect(await as(admin.cookie, () => setRoleAction(undefined, { userId: target.id, role: "EDITOR" }))).toMatchObject({ ok: true });
    const [entry] = await db.prisma.auditLog.findMany({ where: { entityId: target.id } });
    expect(entry).toMatchObject({ actorId: admin.id, actorEmail: admin.email, action: "user.role", entityType: "User", before: { role: "USER" }, after: { role: "EDITOR" }, revertOf: null });
    expect(entry.createdAt.getTime()).toBeGreaterThanOrEqual(t0 - 1000);
    expect(entry.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    // the actor's email copy survives the actor's account being deleted
    const temp = await person(db, "temp-admin@example.com", "ADMIN");
    expect(await as(temp.cookie, () => setRoleAction(undefined, { userId: target.id, role: "USER" }))).toMatchObject({ ok: true });
    await db.prisma.user.delete({ where: { id: temp.id } });
    const kept = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: target.id, actorEmail: temp.email } });
    expect(kept.actorId).toBeNull();
  });
});

describe("revert", () => {
  it("reverts a role change, audits the revert, and refuses a second revert", async () => {
    const target = await person(db, "rev@example.com", "USER");
    await as(admin.cookie, () => setRoleAction(undefined, { userId: target.id, role: "EDITOR" }));
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: target.id, action: "user.role" } });
    expect(await as(admin.cookie, () => revertAction(undefined, { auditId: entry.id }))).toMatchObject({ ok: true });
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("USER");
    const revert = await db.prisma.auditLog.findFirstOrThrow({ where: { revertOf: entry.id } });
    expect(revert).toMatchObject({ actorId: admin.id, action: "user.role", before: { role: "EDITOR" }, after: { role: "USER" } });
    expect(await as(admin.cookie, () => revertAction(undefined, { auditId: entry.id }))).toMatchObject({ ok: false, status: 409 });
    expect(await as(admin.cookie, () => revertAction(undefined, { auditId: revert.id }))).toMatchObject({ ok: false, status: 400 });
    expect(await as(admin.cookie, () => revertAction(undefined, { auditId: "nope" }))).toMatchObject({ ok: false, status: 404 });
  });

  it("reverts a posting edit back to the earlier fields, and refuses when it changed since", async () => {
    const p = await newPosting({ title: "Payroll Clerk", companyName: "Initech" });
    const edit = await as(editor.cookie, () => saveJobAction(undefined, jobForm({ id: p.id, version: String(p.version), title: "Senior Payroll Clerk", companyName: "Initech", payMax: "40" })));
    expect(edit).toMatchObject({ ok: true });
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: p.id, action: "job.update" } });
    expect(await as(admin.cookie, () => revertAction(undefined, { auditId: entry.id }))).toMatchObject({ ok: true });
    const row = await db.prisma.jobPosting.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({ title: "Payroll Clerk", payMax: 36.5, version: p.version + 2 });
    expect(await db.prisma.auditLog.findFirst({ where: { revertOf: entry.id, action: "job.revert", actorId: admin.id } })).not.toBeNull();
    // edit again, then change it once more: the first of those can no longer be reverted over the second
    const e2 = await as(editor.cookie, () => saveJobAction(undefined, jobForm({ id: p.id, version: String(row.version), title: "Payroll Lead", companyName: "Initech" })));
    await as(editor.cookie, () => saveJobAction(undefined, jobForm({ id: p.id, version: String(e2.data!.version), title: "Payroll Manager", companyName: "Initech" })));
    const older = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: p.id, action: "job.update", after: { path: ["title"], equals: "Payroll Lead" } } });
    expect(await as(admin.cookie, () => revertAction(undefined, { auditId: older.id }))).toMatchObject({ ok: false, status: 409 });
    expect((await db.prisma.jobPosting.findUniqueOrThrow({ where: { id: p.id } })).title).toBe("Payroll Manager");
  });
});

describe("two editors, one posting", () => {
  it("the second save is refused with the first's version; nothing is lost", async () => {
    const p = await newPosting({ title: "Freight Truck Driver", companyName: "Acme Freight", locations: "Dallas, TX" });
    const base = { id: p.id, version: String(p.version), companyName: "Acme Freight", locations: "Dallas, TX" };
    const [a, b] = await Promise.all([
      as(editor.cookie, () => saveJobAction(undefined, jobForm({ ...base, title: "Truck Driver (CDL-A)" }))),
      as(editor2.cookie, () => saveJobAction(undefined, jobForm({ ...base, title: "Freight Truck Driver", payMin: "30" }))),
    ]);
    const [won, lost] = a.ok ? [a, b] : [b, a];
    expect(won).toMatchObject({ ok: true, status: 200 });
    expect(lost).toMatchObject({ ok: false, status: 409 });
    // the refused editor gets the stored version (the winner's) to compare with their own
    expect(lost.data).toMatchObject({ id: p.id, version: p.version + 1, title: won.data!.title });
    const row = await db.prisma.jobPosting.findUniqueOrThrow({ where: { id: p.id } });
    expect(row.title).toBe(won.data!.title);
    expect(await db.prisma.auditLog.count({ where: { entityId: p.id, action: "job.update" } })).toBe(1);
    // after merging, the second editor saves on the version they were shown: now it lands, audited
    const merged = await as(a.ok ? editor2.cookie : editor.cookie, () =>
      saveJobAction(undefined, jobForm({ ...base, version: String(lost.data!.version), title: "Truck Driver (CDL-A)", payMin: "30" })),
    );
    expect(merged).toMatchObject({ ok: true });
    expect(await db.prisma.jobPosting.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ title: "Truck Driver (CDL-A)", payMin: 30, version: p.version + 2 });
    const log = await db.prisma.auditLog.findMany({ where: { entityId: p.id, action: "job.update" }, orderBy: { createdAt: "asc" } });
    expect(log).toHaveLength(2);
    expect(log[1].before).toMatchObject({ title: won.data!.title });
  });

  it("a stale expire is refused too", async () => {
    const p = await newPosting({ title: "Accountant", companyName: "Initrode" });
    await as(editor.cookie, () => saveJobAction(undefined, jobForm({ id: p.id, version: String(p.version), title: "Staff Accountant", companyName: "Initrode" })));
    expect(await as(editor2.cookie, () => expireJobAction(undefined, { id: p.id, version: String(p.version), expired: "1" }))).toMatchObject({ status: 409 });
    const fresh = await db.prisma.jobPosting.findUniqueOrThrow({ where: { id: p.id } });
    expect(isExpired(fresh)).toBe(false);
    expect(await as(editor2.cookie, () => expireJobAction(undefined, { id: p.id, version: String(fresh.version), expired: "1" }))).toMatchObject({ ok: true });
    expect(isExpired(await db.prisma.jobPosting.findUniqueOrThrow({ where: { id: p.id } }))).toBe(true);
  });
});

describe("the job form", () => {
  it("classifies from the title, keeps an editor's correction, and answers per field", async () => {
    const auto = await newPosting({ title: "ICU RN", companyName: "General Hospital", locations: "Austin, TX" });
    expect(auto).toMatchObject({ onetCode: "29-1141.03", classifiedBy: "search", source: "editor" });
    const fixed = await as(editor.cookie, () =>
      saveJobAction(undefined, jobForm({ id: auto.id, version: String(auto.version), title: "ICU RN", companyName: "General Hospital", locations: "Austin, TX", onetCode: "29-1141.00" })),
    );
    expect(fixed.data).toMatchObject({ onetCode: "29-1141.00", classifiedBy: "editor" });
    const bad = await as(editor.cookie, () =>
      saveJobAction(undefined, jobForm({ title: " ", payMin: "lots", payMax: "10", locations: "Springfield, ZZ", applyUrl: "javascript:alert(1)", postedAt: "2026-11-20", expiresAt: "2026-01-01", onetCode: "nurse" })),
    );
    expect(bad).toMatchObject({ ok: false, status: 400 });
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(expect.arrayContaining(["title", "payMin"]));
    const bad2 = await as(editor.cookie, () => saveJobAction(undefined, jobForm({ locations: "Springfield, ZZ", applyUrl: "javascript:alert(1)", expiresAt: "2026-01-01", payMin: "50", payMax: "10", onetCode: "nurse" })));
    expect(bad2.fields).toMatchObject({ locations: expect.stringMatching(/state/), applyUrl: expect.stringMatching(/http/), expiresAt: expect.any(String), payMax: expect.any(String), onetCode: expect.any(String) });
    expect(await as(editor.cookie, () => saveJobAction(undefined, jobForm({ id: "../../etc", version: "1" })))).toMatchObject({ status: 400 });
    expect(await as(editor.cookie, () => saveJobAction(undefined, jobForm({ id: "missing-posting", version: "1" })))).toMatchObject({ status: 404 });
  });
});

describe("the last administrator", () => {
  it("cannot demote or disable themselves while no other admin is active", async () => {
    const db2 = await adminTestDb();
    const only = await person(db2.db, "only@example.com", "ADMIN");
    expect(await as(only.cookie, () => setRoleAction(undefined, { userId: only.id, role: "EDITOR" }))).toMatchObject({ ok: false, status: 409 });
    expect(await as(only.cookie, () => setDisabledAction(undefined, { userId: only.id, disabled: "1" }))).toMatchObject({ ok: false, status: 409 });
    const second = await person(db2.db, "second@example.com", "ADMIN");
    expect(await as(only.cookie, () => setRoleAction(undefined, { userId: only.id, role: "EDITOR" }))).toMatchObject({ ok: true });
    expect(await as(second.cookie, () => setDisabledAction(undefined, { userId: second.id, disabled: "1" }))).toMatchObject({ ok: false, status: 409 });
    expect(await db2.db.prisma.auditLog.count({ where: { actorId: second.id } })).toBe(0);
    await db2.db.close();
  });
});
