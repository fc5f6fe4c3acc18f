/** Where the first admin comes from: ADMIN_EMAILS on sign-up / sign-in, and `npm run admin:create`. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { parseEnv } from "@/lib/env";
import { signInWithPassword, signUp } from "@/lib/auth/accounts";
import { createOrPromoteAdmin } from "@/lib/admin/create-admin";
import { freshIp, STRONG, useTestDb as serverTestDb } from "@/tests/accounts/helpers";

// read by env() on first use, which comes after this line
process.env.ADMIN_EMAILS = "Boss@Example.com, later@example.com";

let db: Database;
beforeAll(async () => {
  db = await serverTestDb();
});
afterAll(async () => {
  await db?.close();
});

const roleOf = async (email: string) => (await db.prisma.user.findUniqueOrThrow({ where: { email } })).role;

describe("ADMIN_EMAILS", () => {
  it("is validated as a list of addresses", () => {
    expect(parseEnv({ ADMIN_EMAILS: "a@b.org, c@d.org" }).ADMIN_EMAILS).toBe("a@b.org, c@d.org");
    expect(() => parseEnv({ ADMIN_EMAILS: "a@b.org, not-an-address" })).toThrow(/ADMIN_EMAILS/);
  });

  it("makes a listed address ADMIN on sign-up (audited), and no one else", async () => {
    expect((await signUp({ email: "boss@example.com", name: "Boss", password: STRONG }, freshIp())).ok).toBe(true);
    expect((await signUp({ email: "someone@example.com", name: "Some One", password: STRONG }, freshIp())).ok).toBe(true);
    expect(await roleOf("boss@example.com")).toBe("ADMIN");
    expect(await roleOf("someone@example.com")).toBe("USER");
    const entry = await db.prisma.auditLog.findFirstOrThrow({ where: { actorEmail: "boss@example.com" } });
    expect(entry).toMatchObject({ action: "user.role", after: { role: "ADMIN", reason: "ADMIN_EMAILS" } });
  });

  it("promotes an existing account on its next password sign-in, but not a disabled one", async () => {
    const created = await db.prisma.user.create({ data: { email: "later@example.com", name: "Later", passwordHash: (await db.prisma.user.findUniqueOrThrow({ where: { email: "boss@example.com" } })).passwordHash } });
    expect(created.role).toBe("USER");
    await db.prisma.user.update({ where: { id: created.id }, data: { disabledAt: new Date() } });
    expect((await signInWithPassword({ email: "later@example.com", password: STRONG }, freshIp())).ok).toBe(false);
    expect(await roleOf("later@example.com")).toBe("USER");
    await db.prisma.user.update({ where: { id: created.id }, data: { disabledAt: null } });
    expect((await signInWithPassword({ email: "later@example.com", password: STRONG }, freshIp())).ok).toBe(true);
    expect(await roleOf("later@example.com")).toBe("ADMIN");
  });
});

describe("admin:create", () => {
  it("creates an admin with a strong password, refuses a weak one, promotes an existing user", async () => {
    await expect(createOrPromoteAdmin(db.prisma, { email: "ops@example.com", password: "password123" })).rejects.toThrow(/Password refused/);
    await expect(createOrPromoteAdmin(db.prisma, { email: "ops@example.com" })).rejects.toThrow(/--password-from-env/);
    await expect(createOrPromoteAdmin(db.prisma, { email: "not an email" })).rejects.toThrow(/--email/);
    expect(await db.prisma.user.count({ where: { email: "ops@example.com" } })).toBe(0);
    expect(await createOrPromoteAdmin(db.prisma, { email: "Ops@Example.com", name: "Ops", password: STRONG })).toMatch(/^Created the administrator account ops@example.com/);
    expect(await roleOf("ops@example.com")).toBe("ADMIN");
    expect((await signInWithPassword({ email: "ops@example.com", password: STRONG }, freshIp())).ok).toBe(true);
    expect(await createOrPromoteAdmin(db.prisma, { email: "someone@example.com" })).toBe("Promoted someone@example.com from USER to ADMIN.");
    expect(await createOrPromoteAdmin(db.prisma, { email: "someone@example.com" })).toMatch(/already an administrator/);
    expect(await db.prisma.auditLog.count({ where: { actorEmail: "admin:create (command line)" } })).toBe(2);
  });
});
