/**
 * Curated roles: a career people know by a name of its own ("Lead Technician") framed on one occupation, with
 * its own address (/careers/<slug>), description (markdown) and alternative titles that lead to it in search
 * and comparisons. Create, save (with a version check) and delete, each audited in the same transaction.
 */
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { canonicalSlug, MAX_SLUG_LENGTH } from "@/lib/compare/slugs";
import { foldText } from "@/lib/search/normalize";
import { audited, ChangeRefused, isUniqueViolation, type Actor, type Tx } from "./audit";
import { lines } from "./occupation-edits";

export type RoleValues = { slug: string; name: string; onetCode: string; description: string | null; titles: string[] };
export type RoleSnapshot = RoleValues & { id: string; version: number; occupationTitle: string | null; occupationSlug: string | null; updatedAt: string };

export async function roleSnapshot(tx: Tx | PrismaClient, id: string): Promise<RoleSnapshot | null> {
  const role = await tx.role.findUnique({ where: { id } });
  if (!role) return null;
  const occupation = await tx.occupation.findUnique({ where: { onetCode: role.onetCode }, select: { title: true, slug: true } });
  return {
    id: role.id,
    slug: role.slug,
    name: role.name,
    onetCode: role.onetCode,
    description: role.description,
    titles: role.titles,
    version: role.version,
    occupationTitle: occupation?.title ?? null,
    occupationSlug: occupation?.slug ?? null,
    updatedAt: role.updatedAt.toISOString(),
  };
}

export const roleValuesOf = (s: RoleValues): RoleValues => ({ slug: s.slug, name: s.name, onetCode: s.onetCode, description: s.description, titles: s.titles });

export const roleFormSchema = z.object({
  id: z.string().trim().max(40).optional().or(z.literal("").transform(() => undefined)),
  version: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  name: z.string({ error: "Name the role." }).trim().min(2, "Name the role (at least 2 characters).").max(80, "Use at most 80 characters."),
  slug: z.string().trim().max(MAX_SLUG_LENGTH, "Use a shorter address.").default(""),
  onetCode: z.string({ error: "Choose the occupation this role is based on." }).trim().regex(/^\d{2}-\d{4}\.\d{2}$/, "Choose the occupation this role is based on."),
  description: z.string().max(20_000, "Use at most 20,000 characters.").default(""),
  titles: z
    .string()
    .max(10_000, "Too many titles.")
    .default("")
    .transform((text, ctx) => {
      const out = lines(text);
      if (out.length > 30) ctx.addIssue({ code: "custom", message: "Use at most 30 alternative titles." });
      if (out.some((t) => t.length < 2 || t.length > 120)) ctx.addIssue({ code: "custom", message: "Each title needs 2 to 120 characters." });
      return out.filter((t, i) => out.findIndex((u) => foldText(u) === foldText(t)) === i);
    }),
});
export type RoleForm = z.output<typeof roleFormSchema>;

/** The form's values checked against the data: the occupation exists; the address is free and usable. */
export async function roleFromForm(prisma: PrismaClient, form: RoleForm): Promise<{ ok: true; values: RoleValues } | { ok: false; fields: Record<string, string> }> {
  const fields: Record<string, string> = {};
  const slug = canonicalSlug(form.slug || form.name);
  if (!slug) fields.slug = "Use letters or digits in the address.";
  else if (/(^|-)vs(-|$)/.test(slug)) fields.slug = "The address cannot contain the word “vs” (it separates careers in comparison addresses).";
  const [occupation, taken] = await Promise.all([
    prisma.occupation.findUnique({ where: { onetCode: form.onetCode }, select: { onetCode: true } }),
    slug ? prisma.occupation.findUnique({ where: { slug }, select: { title: true } }) : null,
  ]);
  if (!occupation) fields.onetCode = "Choose the occupation this role is based on.";
  if (taken) fields.slug = `/careers/${slug} is the occupation “${taken.title}”; choose another address.`;
  const other = slug ? await prisma.role.findUnique({ where: { slug }, select: { id: true, name: true } }) : null;
  if (other && other.id !== form.id) fields.slug = `/careers/${slug} is already the role “${other.name}”.`;
  if (Object.keys(fields).length) return { ok: false, fields };
  const description = form.description.replace(/\r\n?/g, "\n").trim();
  return { ok: true, values: { slug, name: form.name, onetCode: form.onetCode, description: description || null, titles: form.titles } };
}

export const STALE_ROLE = "Someone saved this role after you opened it. Compare the two versions shown above the form, then save again to keep yours.";
const SLUG_TAKEN = "That address was taken a moment ago; choose another.";

/** Creates a role (audited as role.create); `id` is given when a revert brings a deleted role back. */
export async function createRole(prisma: PrismaClient, actor: Actor, values: RoleValues, options: { id?: string; action?: string; revertOf?: string } = {}) {
  return audited(
    prisma,
    actor,
    options.action ?? "role.create",
    async (tx) => {
      let id: string;
      try {
        ({ id } = await tx.role.create({ data: { ...values, ...(options.id ? { id: options.id } : {}) }, select: { id: true } }));
      } catch (error) {
        if (isUniqueViolation(error)) throw new ChangeRefused(409, SLUG_TAKEN);
        throw error;
      }
      const after = await roleSnapshot(tx, id);
      return { entityType: "Role", entityId: id, before: null, after, value: after! };
    },
    { revertOf: options.revertOf },
  );
}

/** Saves a role edited on version `version`; a newer stored version refuses it (409, with that version). */
export async function saveRole(prisma: PrismaClient, actor: Actor, id: string, version: number, values: RoleValues, options: { action?: string; revertOf?: string } = {}) {
  return audited(
    prisma,
    actor,
    options.action ?? "role.update",
    async (tx) => {
      const before = await roleSnapshot(tx, id);
      if (!before) throw new ChangeRefused(404, "That role does not exist (it may have been deleted).");
      if (before.version !== version) throw new ChangeRefused(409, STALE_ROLE, before);
      try {
        const { count } = await tx.role.updateMany({ where: { id, version }, data: { ...values, version: { increment: 1 } } });
        if (count === 0) throw new ChangeRefused(409, STALE_ROLE);
      } catch (error) {
        if (isUniqueViolation(error)) throw new ChangeRefused(409, SLUG_TAKEN);
        throw error;
      }
      const after = await roleSnapshot(tx, id);
      return { entityType: "Role", entityId: id, before, after, value: after! };
    },
    { revertOf: options.revertOf },
  );
}

/** Deletes a role seen at `version` (its address then 404s; a revert brings it back). */
export async function deleteRole(prisma: PrismaClient, actor: Actor, id: string, version: number, options: { action?: string; revertOf?: string } = {}) {
  return audited(
    prisma,
    actor,
    options.action ?? "role.delete",
    async (tx) => {
      const before = await roleSnapshot(tx, id);
      if (!before) throw new ChangeRefused(404, "That role does not exist (it may have been deleted).");
      if (before.version !== version) throw new ChangeRefused(409, STALE_ROLE, before);
      const { count } = await tx.role.deleteMany({ where: { id, version } });
      if (count === 0) throw new ChangeRefused(409, STALE_ROLE);
      return { entityType: "Role", entityId: id, before, after: null, value: before };
    },
    { revertOf: options.revertOf },
  );
}

export async function listRoles(prisma: PrismaClient) {
  const roles = await prisma.role.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true, onetCode: true, titles: true, version: true, updatedAt: true } });
  const occupations = await prisma.occupation.findMany({ where: { onetCode: { in: roles.map((r) => r.onetCode) } }, select: { onetCode: true, title: true, slug: true } });
  const byCode = new Map(occupations.map((o) => [o.onetCode, o]));
  return roles.map((r) => ({ ...r, occupation: byCode.get(r.onetCode) ?? null }));
}
