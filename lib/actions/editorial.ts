"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { adminAction, editorAction, fail, ok, type ActionState } from "@/lib/actions/authed-action";
import { ChangeRefused } from "@/lib/admin/audit";
import { createRole, deleteRole, roleFormSchema, roleFromForm, roleSnapshot, saveRole, type RoleSnapshot } from "@/lib/admin/curated-roles";
import {
  editFromForm,
  EMPTY_EDIT,
  occupationEditFormSchema,
  occupationEditSnapshot,
  occupationOptions,
  saveOccupationEdit,
  type OccupationEditSnapshot,
} from "@/lib/admin/occupation-edits";
import { refreshAfterEdit } from "@/lib/admin/refresh";

/**
 * A refused change as the form's answer. A conflict carries the stored version so the form can show both (read
 * again when the refusal came from the database itself: two first saves at once, or a lost update race).
 */
async function refused<T>(error: unknown, current: () => Promise<T | null>): Promise<ActionState<T>> {
  if (!(error instanceof ChangeRefused)) throw error;
  const data = (error.detail as T | undefined) ?? (error.status === 409 ? ((await current()) ?? undefined) : undefined);
  return { ...fail(error.status, error.message), data };
}

const titlesChanged = (a: OccupationEditSnapshot | null, b: OccupationEditSnapshot) =>
  JSON.stringify([a?.addedTitles ?? [], a?.removedTitles ?? []]) !== JSON.stringify([b.addedTitles, b.removedTitles]);

/** Saves an occupation's editorial overlay (description, responsibilities, skills, titles, figures). */
export const saveOccupationEditAction = editorAction(occupationEditFormSchema, async (user, input): Promise<ActionState<OccupationEditSnapshot>> => {
  const prisma = await db();
  const current = () => occupationEditSnapshot(prisma, input.onetCode);
  const before = await current();
  if (!before) return fail(404, "That occupation does not exist.");
  const checked = editFromForm(input, await occupationOptions(prisma, input.onetCode));
  if (!checked.ok) return fail(400, "Check the highlighted fields.", checked.fields);
  try {
    const { value } = await saveOccupationEdit(prisma, user, input.onetCode, input.version, checked.values);
    await refreshAfterEdit([input.onetCode], { titles: titlesChanged(before, value) });
    return ok(value, "Saved. The career page, comparisons and search show it now.");
  } catch (error) {
    return refused(error, current);
  }
});

/** Removes every edit of an occupation: its pages show the official data again (administrators). */
export const resetOccupationEditAction = adminAction(
  z.object({ onetCode: occupationEditFormSchema.shape.onetCode, version: occupationEditFormSchema.shape.version }),
  async (user, input): Promise<ActionState<OccupationEditSnapshot>> => {
    const prisma = await db();
    const current = () => occupationEditSnapshot(prisma, input.onetCode);
    try {
      const before = await current();
      const { value } = await saveOccupationEdit(prisma, user, input.onetCode, input.version, EMPTY_EDIT);
      await refreshAfterEdit([input.onetCode], { titles: titlesChanged(before, value) });
      return ok(value, "Edits removed: the official data shows again.");
    } catch (error) {
      return refused(error, current);
    }
  },
);

/** Creates (no id) or saves (id + version) a curated role. */
export const saveRoleAction = editorAction(roleFormSchema, async (user, input): Promise<ActionState<RoleSnapshot>> => {
  const prisma = await db();
  const current = async () => (input.id ? roleSnapshot(prisma, input.id) : null);
  const checked = await roleFromForm(prisma, input);
  if (!checked.ok) return fail(400, "Check the highlighted fields.", checked.fields);
  try {
    if (!input.id) {
      const { value } = await createRole(prisma, user, checked.values);
      await refreshAfterEdit([value.onetCode], { titles: true });
      return ok(value, "Role created. Its page, comparisons and search show it now.");
    }
    const prior = await current();
    const { value } = await saveRole(prisma, user, input.id, input.version ?? 0, checked.values);
    // a role moved to another occupation refreshes both
    await refreshAfterEdit([value.onetCode, ...(prior ? [prior.onetCode] : [])], { titles: true });
    return ok(value, "Saved. The role's page, comparisons and search show it now.");
  } catch (error) {
    return refused(error, current);
  }
});

/** Deletes a curated role (administrators); its address then answers 404, and the audit log can bring it back. */
export const deleteRoleAction = adminAction(
  z.object({ id: z.string().trim().min(1).max(40), version: z.coerce.number({ error: "Reload the page and try again." }).int().min(1).max(2_147_483_647) }),
  async (user, input): Promise<ActionState<RoleSnapshot>> => {
    const prisma = await db();
    try {
      const { value } = await deleteRole(prisma, user, input.id, input.version);
      await refreshAfterEdit([value.onetCode], { titles: true });
      return ok(value, `Role “${value.name}” deleted.`);
    } catch (error) {
      return refused(error, () => roleSnapshot(prisma, input.id));
    }
  },
);
