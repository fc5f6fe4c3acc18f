/**
 * The authorization matrix: every admin and editor action and page, called directly as a signed-out visitor, a
 * USER, an EDITOR and an ADMIN. Actions answer 401 / 403 / ok; pages show the sign-in notice, the not-found
 * page, or the admin page. A refused call changes nothing (the audit log does not grow).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { expireJobAction, revertAction, saveJobAction, setDisabledAction, setRoleAction } from "@/lib/actions/admin";
import { deleteRoleAction, resetOccupationEditAction, saveOccupationEditAction, saveRoleAction } from "@/lib/actions/editorial";
import AdminCareersPage from "@/app/admin/careers/page";
import EditCareerPage from "@/app/admin/careers/[slug]/page";
import AdminRolesPage from "@/app/admin/roles/page";
import NewRolePage from "@/app/admin/roles/new/page";
import EditRolePage from "@/app/admin/roles/[id]/page";
import type { ActionState } from "@/lib/actions/authed-action";
import AdminPage from "@/app/admin/page";
import AdminUsersPage from "@/app/admin/users/page";
import AuditPage from "@/app/admin/audit/page";
import AdminJobsPage from "@/app/admin/jobs/page";
import NewJobPage from "@/app/admin/jobs/new/page";
import EditJobPage from "@/app/admin/jobs/[id]/edit/page";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { AdminFrame } from "@/components/admin/admin-frame";
import { hasRole } from "@/lib/auth/session";
import { adminTestDb, as, jobForm, person, type Person } from "./helpers";

let db: Database;
let user: Person, editor: Person, admin: Person;
let postingId: string;
let roleId: string;
const EDIT_CODE = "15-1232.00";
const editVersion = async () => (await db.prisma.occupationEdit.findUnique({ where: { onetCode: EDIT_CODE } }))?.version ?? 0;

beforeAll(async () => {
  ({ db } = await adminTestDb());
  user = await person(db, "user@example.com", "USER");
  editor = await person(db, "editor@example.com", "EDITOR");
  admin = await person(db, "admin@example.com", "ADMIN");
  const created = await as(admin.cookie, () => saveJobAction(undefined, jobForm()));
  expect(created).toMatchObject({ ok: true, status: 200 });
  postingId = created.data!.id;
  roleId = (await db.prisma.role.create({ data: { slug: "bench-lead", name: "Bench Lead", onetCode: EDIT_CODE } })).id;
});
afterAll(async () => {
  await db?.close();
});

type Who = "anonymous" | "USER" | "EDITOR" | "ADMIN";
const cookieOf = (who: Who) => ({ anonymous: undefined, USER: user.cookie, EDITOR: editor.cookie, ADMIN: admin.cookie })[who];
const WHO: Who[] = ["anonymous", "USER", "EDITOR", "ADMIN"];

/** What each role gets from an action that needs `needed`. */
function expected(who: Who, needed: "EDITOR" | "ADMIN"): number {
  if (who === "anonymous") return 401;
  if (who === "USER") return 403;
  if (who === "EDITOR") return needed === "EDITOR" ? 200 : 403;
  return 200;
}

const auditCount = () => db.prisma.auditLog.count();
const version = async () => (await db.prisma.jobPosting.findUniqueOrThrow({ where: { id: postingId }, select: { version: true } })).version;

const randomEmail = (prefix: string) => `${prefix}${Math.random().toString(36).slice(2)}@example.com`;

/**
 * Every action: `prepare` makes a fresh valid input (as an admin where it needs a prior change), `run` is the
 * call made as the role under test.
 */
const ACTIONS: { name: string; needed: "EDITOR" | "ADMIN"; prepare: () => Promise<Record<string, string>>; run: (input: Record<string, string>) => Promise<ActionState<unknown>> }[] = [
  {
    name: "setRoleAction",
    needed: "ADMIN",
    prepare: async () => ({ userId: (await person(db, randomEmail("t"), "USER")).id, role: "EDITOR" }),
    run: (input) => setRoleAction(undefined, input),
  },
  {
    name: "setDisabledAction",
    needed: "ADMIN",
    prepare: async () => ({ userId: (await person(db, randomEmail("d"), "USER")).id, disabled: "1" }),
    run: (input) => setDisabledAction(undefined, input),
  },
  {
    name: "revertAction",
    needed: "ADMIN",
    prepare: async () => {
      const target = await person(db, randomEmail("r"), "USER");
      expect(await as(admin.cookie, () => setRoleAction(undefined, { userId: target.id, role: "EDITOR" }))).toMatchObject({ ok: true });
      const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { entityId: target.id, action: "user.role" } });
      return { auditId: entry.id };
    },
    run: (input) => revertAction(undefined, input),
  },
  { name: "saveJobAction (create)", needed: "EDITOR", prepare: async () => jobForm({ title: "Payroll Clerk" }), run: (input) => saveJobAction(undefined, input) },
  {
    name: "saveJobAction (edit)",
    needed: "EDITOR",
    prepare: async () => jobForm({ id: postingId, version: String(await version()), title: `Desktop Support Technician ${Math.floor(Math.random() * 1000)}` }),
    run: (input) => saveJobAction(undefined, input),
  },
  {
    name: "expireJobAction",
    needed: "EDITOR",
    prepare: async () => {
      const row = await db.prisma.jobPosting.findUniqueOrThrow({ where: { id: postingId }, select: { version: true, expiresAt: true } });
      return { id: postingId, version: String(row.version), expired: row.expiresAt ? "0" : "1" };
    },
    run: (input) => expireJobAction(undefined, input),
  },
  {
    name: "saveOccupationEditAction",
    needed: "EDITOR",
    prepare: async () => ({ onetCode: EDIT_CODE, version: String(await editVersion()), description: `Edited ${Math.random()}`, tasks: "", addedTitles: "", removedTitles: "", figures: "[]" }),
    run: (input) => saveOccupationEditAction(undefined, input),
  },
  {
    name: "resetOccupationEditAction",
    needed: "ADMIN",
    prepare: async () => ({ onetCode: EDIT_CODE, version: String(await editVersion()) }),
    run: (input) => resetOccupationEditAction(undefined, input),
  },
  {
    name: "saveRoleAction (create)",
    needed: "EDITOR",
    prepare: async () => ({ name: `Lead Technician ${Math.random().toString(36).slice(2, 8)}`, onetCode: EDIT_CODE, description: "", titles: "" }),
    run: (input) => saveRoleAction(undefined, input),
  },
  {
    name: "saveRoleAction (edit)",
    needed: "EDITOR",
    prepare: async () => {
      const role = await db.prisma.role.findUniqueOrThrow({ where: { id: roleId } });
      return { id: role.id, version: String(role.version), name: role.name, slug: role.slug, onetCode: role.onetCode, description: `Now ${Math.random()}`, titles: "" };
    },
    run: (input) => saveRoleAction(undefined, input),
  },
  {
    name: "deleteRoleAction",
    needed: "ADMIN",
    prepare: async () => {
      const role = await db.prisma.role.create({ data: { slug: `gone-${Math.random().toString(36).slice(2, 8)}`, name: "Gone", onetCode: EDIT_CODE } });
      return { id: role.id, version: String(role.version) };
    },
    run: (input) => deleteRoleAction(undefined, input),
  },
];

describe("actions × roles", () => {
  for (const action of ACTIONS) {
    for (const who of WHO) {
      const want = expected(who, action.needed);
      it(`${action.name} as ${who} → ${want}`, async () => {
        const input = await action.prepare();
        const before = await auditCount();
        const answer = await as(cookieOf(who), () => action.run(input));
        expect(answer.status, answer.message).toBe(want);
        expect(answer.ok).toBe(want === 200);
        // a refused call writes nothing; an allowed one writes exactly its audit entry
        expect(await auditCount()).toBe(before + (want === 200 ? 1 : 0));
      });
    }
  }

  it("a forged cookie and an unknown role are refused (fail closed)", async () => {
    expect(await as("next-auth.session-token=forged", () => setRoleAction(undefined, { userId: user.id, role: "ADMIN" }))).toMatchObject({ status: 401 });
    const odd = await person(db, randomEmail("odd"), "EDITOR");
    // a role the code does not know (e.g. added to the database by hand) gets nothing
    await db.prisma.$executeRaw`ALTER TYPE "UserRole" ADD VALUE IF NOT EXISTS 'AUDITOR'`;
    await db.prisma.$executeRaw`UPDATE "User" SET role = 'AUDITOR' WHERE id = ${odd.id}`;
    // (Prisma cannot even read such a row: the session check fails, and failing means signed out)
    expect(await as(odd.cookie, () => saveJobAction(undefined, jobForm()))).toMatchObject({ ok: false });
    expect(await as(odd.cookie, () => setRoleAction(undefined, { userId: odd.id, role: "ADMIN" }))).toMatchObject({ ok: false });
    const audits = await auditCount();
    expect(await as(odd.cookie, () => saveOccupationEditAction(undefined, { onetCode: EDIT_CODE, version: "0", description: "x", figures: "[]" }))).toMatchObject({ ok: false });
    expect(await as(odd.cookie, () => saveRoleAction(undefined, { name: "Odd Role", onetCode: EDIT_CODE }))).toMatchObject({ ok: false });
    expect(await auditCount()).toBe(audits);
    await db.prisma.$executeRaw`DELETE FROM "User" WHERE id = ${odd.id}`;
    expect(hasRole("AUDITOR", "EDITOR")).toBe(false);
    expect(hasRole(undefined, "USER")).toBe(false);
    expect(hasRole("ADMIN", "NOPE" as never)).toBe(false);
  });
});

type Page = () => Promise<unknown>;
const search = (q: Record<string, string> = {}) => ({ searchParams: Promise.resolve(q) });
const PAGES: { path: string; needed: "EDITOR" | "ADMIN"; render: Page }[] = [
  { path: "/admin", needed: "EDITOR", render: () => AdminPage() },
  { path: "/admin/jobs", needed: "EDITOR", render: () => AdminJobsPage(search({ q: "desktop", page: "99999999" })) },
  { path: "/admin/jobs/new", needed: "EDITOR", render: () => NewJobPage() },
  { path: "/admin/jobs/[id]/edit", needed: "EDITOR", render: () => EditJobPage({ params: Promise.resolve({ id: postingId }), ...search() }) },
  { path: "/admin/careers", needed: "EDITOR", render: () => AdminCareersPage(search({ q: "support tech" })) },
  { path: "/admin/careers/[slug]", needed: "EDITOR", render: () => EditCareerPage({ params: Promise.resolve({ slug: "computer-user-support-specialists" }) }) },
  { path: "/admin/roles", needed: "EDITOR", render: () => AdminRolesPage() },
  { path: "/admin/roles/new", needed: "EDITOR", render: () => NewRolePage() },
  { path: "/admin/roles/[id]", needed: "EDITOR", render: () => EditRolePage({ params: Promise.resolve({ id: roleId }), ...search() }) },
  { path: "/admin/users", needed: "ADMIN", render: () => AdminUsersPage(search({ q: "example", role: "NOPE" })) },
  { path: "/admin/audit", needed: "ADMIN", render: () => AuditPage(search({ from: "2026-13-45", to: "2026-11-30", entity: "User" })) },
];

/** What rendering a page gave: the sign-in notice (401), not found (403/404), or the admin page (200). */
async function outcome(render: Page): Promise<number> {
  try {
    const element = (await render()) as { type?: unknown };
    if (element.type === SignedOutNotice) return 401;
    if (element.type === AdminFrame) return 200;
    throw new Error(`unexpected page element ${String(element.type)}`);
  } catch (error) {
    if (String((error as { digest?: string }).digest).includes("404")) return 403;
    throw error;
  }
}

describe("pages × roles", () => {
  for (const page of PAGES) {
    for (const who of WHO) {
      const want = expected(who, page.needed);
      it(`${page.path} as ${who} → ${want === 403 ? "not found" : want}`, async () => {
        expect(await as(cookieOf(who), () => outcome(page.render))).toBe(want);
      });
    }
  }
});
