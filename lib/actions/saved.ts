"use server";

import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { takeSnapshot } from "@/lib/data/saved";
import { inRequestScope } from "@/lib/auth/request-scope";
import { authedAction, fail, NOT_FOUND, ok, type ActionState } from "@/lib/actions/authed-action";
import { idField, MAX_SAVED, noteField, slugList, titleField, versionField } from "@/lib/saved/limits";

/** Pages read on request; after a change made from a page, Next re-renders the pages that list saved items. */
function refreshPages(id?: string) {
  if (inRequestScope()) return; // a route handler: no page to refresh
  revalidatePath("/saved");
  if (id) revalidatePath(`/saved/${id}`);
}

/** Saves a comparison at the top of the list. The same careers saved again within a minute answer the first one. */
export const saveComparison = authedAction(z.object({ slugs: slugList, title: titleField }), async (user, input) => {
  const prisma = await db();
  const recent = await prisma.savedComparison.findFirst({
    where: { ownerId: user.id, deletedAt: null, slugs: { equals: input.slugs }, createdAt: { gt: new Date(Date.now() - 60_000) } },
    select: { id: true },
  });
  if (recent) return ok({ id: recent.id }, "Saved");
  const count = await prisma.savedComparison.count({ where: { ownerId: user.id, deletedAt: null } });
  if (count >= MAX_SAVED) {
    return fail(400, `You have ${MAX_SAVED} saved comparisons, the most an account can keep. Delete one to save another.`);
  }
  const top = await prisma.savedComparison.aggregate({ where: { ownerId: user.id }, _min: { position: true } });
  const snapshot = await takeSnapshot(input.slugs);
  const created = await prisma.savedComparison.create({
    data: { ownerId: user.id, slugs: input.slugs, title: input.title, snapshot, position: (top._min.position ?? 1) - 1 },
    select: { id: true },
  });
  refreshPages();
  return ok({ id: created.id }, "Saved");
});

/**
 * Changes title and/or note. `version` is the one the editor started from: a stale write (another tab saved in
 * between) is refused with 409 rather than silently overwriting.
 */
export const updateSaved = authedAction(
  z.object({ id: idField, version: versionField, title: titleField.optional(), note: noteField.optional() }),
  async (user, input): Promise<ActionState<{ version: number }>> => {
    const prisma = await db();
    const data = { ...(input.title !== undefined && { title: input.title }), ...(input.note !== undefined && { note: input.note }) };
    const changed = await prisma.savedComparison.updateMany({
      where: { id: input.id, ownerId: user.id, deletedAt: null, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (changed.count === 0) {
      const exists = await prisma.savedComparison.findFirst({ where: { id: input.id, ownerId: user.id, deletedAt: null }, select: { id: true } });
      return exists ? fail(409, "This comparison was changed somewhere else. Reload the page to see the latest version.") : fail(404, NOT_FOUND);
    }
    refreshPages(input.id);
    return ok({ version: input.version + 1 }, input.title !== undefined && input.note === undefined ? "Title saved" : "Saved");
  },
);

/** Moves a comparison one place up or down in the owner's list. */
export const moveSaved = authedAction(z.object({ id: idField, direction: z.enum(["up", "down"]) }), async (user, input) => {
  const prisma = await db();
  const list = await prisma.savedComparison.findMany({
    where: { ownerId: user.id, deletedAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "desc" }],
    select: { id: true },
  });
  const from = list.findIndex((row) => row.id === input.id);
  if (from < 0) return fail(404, NOT_FOUND);
  const to = input.direction === "up" ? from - 1 : from + 1;
  if (to < 0 || to >= list.length) return ok(undefined, "Already at the " + (to < 0 ? "top" : "bottom"));
  [list[from], list[to]] = [list[to], list[from]];
  await prisma.$transaction(
    list.map((row, position) => prisma.savedComparison.updateMany({ where: { id: row.id, ownerId: user.id }, data: { position } })),
  );
  refreshPages();
  return ok(undefined, `Moved ${input.direction}`);
});

/** Deletes softly so it can be undone; restoreSaved brings it back. Deleted items are purged after a day. */
export const deleteSaved = authedAction(z.object({ id: idField }), async (user, input) => {
  const prisma = await db();
  const changed = await prisma.savedComparison.updateMany({
    where: { id: input.id, ownerId: user.id, deletedAt: null },
    data: { deletedAt: new Date() },
  });
  if (changed.count === 0) return fail(404, NOT_FOUND);
  await prisma.savedComparison.deleteMany({ where: { ownerId: user.id, deletedAt: { lt: new Date(Date.now() - 86_400_000) } } });
  refreshPages(input.id);
  return ok({ id: input.id }, "Deleted");
});

export const restoreSaved = authedAction(z.object({ id: idField }), async (user, input) => {
  const prisma = await db();
  const changed = await prisma.savedComparison.updateMany({
    where: { id: input.id, ownerId: user.id, deletedAt: { not: null } },
    data: { deletedAt: null },
  });
  if (changed.count === 0) return fail(404, NOT_FOUND);
  refreshPages(input.id);
  return ok({ id: input.id }, "Restored");
});

/** "Anyone with the link" gets a new unguessable share slug; back to private removes it, so the old link stops working. */
export const setVisibility = authedAction(
  z.object({ id: idField, visibility: z.enum(["PRIVATE", "LINK"]) }),
  async (user, input): Promise<ActionState<{ shareSlug: string | null }>> => {
    const prisma = await db();
    const shareSlug = input.visibility === "LINK" ? randomBytes(16).toString("base64url") : null;
    const changed = await prisma.savedComparison.updateMany({
      where: { id: input.id, ownerId: user.id, deletedAt: null, ...(input.visibility === "LINK" && { visibility: "PRIVATE" }) },
      data: { visibility: input.visibility, shareSlug, version: { increment: 1 } },
    });
    if (changed.count === 0) {
      const row = await prisma.savedComparison.findFirst({ where: { id: input.id, ownerId: user.id, deletedAt: null }, select: { shareSlug: true } });
      if (!row) return fail(404, NOT_FOUND);
      return ok({ shareSlug: row.shareSlug }, "Already shared"); // turning on sharing twice keeps the first link
    }
    refreshPages(input.id);
    return ok({ shareSlug }, input.visibility === "LINK" ? "Anyone with the link can view it" : "Link turned off: it is private again");
  },
);
