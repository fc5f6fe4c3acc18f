"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { refreshCompany, refreshJobPosting } from "@/lib/data/refresh";
import { titleIndex } from "@/lib/data/search";
import { adminAction, editorAction, fail, ok, type ActionState } from "@/lib/actions/authed-action";
import { ChangeRefused } from "@/lib/admin/audit";
import { createPosting, jobFormSchema, postingFromForm, postingSnapshot, savePosting, setExpired, type PostingSnapshot } from "@/lib/admin/jobs";
import { refreshAfterEdit } from "@/lib/admin/refresh";
import { revertEntry, touchedOccupations } from "@/lib/admin/revert";
import { ROLES } from "@/lib/admin/roles";
import { setDisabled, setRole } from "@/lib/admin/users";
import { POSTING_ID } from "@/lib/jobs/posting";

/** A refused change as the form's answer; a conflict carries the stored version so the form can show both. */
function refused(error: unknown): ActionState<never> {
  if (error instanceof ChangeRefused) return { ...fail(error.status, error.message), data: error.detail as never };
  throw error;
}

const id = z.string().trim().min(1).max(40);
const posting = z.string().regex(POSTING_ID, "Unknown posting.");
const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1).max(2_147_483_647);

export const setRoleAction = adminAction(z.object({ userId: id, role: z.enum(ROLES, { error: "Choose a role." }) }), async (user, input) => {
  try {
    await setRole(await db(), user, input.userId, input.role);
    return ok(undefined, "Role changed.");
  } catch (error) {
    return refused(error);
  }
});

export const setDisabledAction = adminAction(z.object({ userId: id, disabled: z.enum(["1", "0"]) }), async (user, input) => {
  try {
    await setDisabled(await db(), user, input.userId, input.disabled === "1");
    return ok(undefined, input.disabled === "1" ? "Account disabled; its sessions have ended." : "Account enabled.");
  } catch (error) {
    return refused(error);
  }
});

export const revertAction = adminAction(z.object({ auditId: id }), async (user, input) => {
  try {
    const prisma = await db();
    await revertEntry(prisma, user, input.auditId, await titleIndex());
    const entry = await prisma.auditLog.findUnique({ where: { id: input.auditId } });
    if (entry?.entityType === "JobPosting") refreshJobPosting(entry.entityId);
    if (entry?.entityType === "CompanyReview") {
      const review = await prisma.companyReview.findUnique({ where: { id: entry.entityId }, select: { company: { select: { slug: true } } } });
      if (review) refreshCompany(review.company.slug);
    }
    const codes = entry ? touchedOccupations(entry) : [];
    if (codes.length) await refreshAfterEdit(codes, { titles: true });
    return ok(undefined, "Change reverted. The revert is in the log.");
  } catch (error) {
    return refused(error);
  }
});

type Saved = PostingSnapshot;

/** Creates (no id) or saves (id + version) a job posting from the editor's form. */
export const saveJobAction = editorAction(
  jobFormSchema.extend({ id: posting.optional().or(z.literal("").transform(() => undefined)), version: version.optional() }),
  async (user, input): Promise<ActionState<Saved>> => {
    const prisma = await db();
    const index = await titleIndex();
    try {
      if (!input.id) {
        const result = postingFromForm(input, { source: "editor", sourceId: null, isSample: false });
        if (!result.ok) return fail(400, "Check the highlighted fields.", result.fields);
        const { value } = await createPosting(prisma, user, result.posting, index);
        refreshJobPosting(value);
        return ok((await postingSnapshot(prisma, value))!, "Job posting created.");
      }
      const current = await postingSnapshot(prisma, input.id);
      if (!current) return fail(404, "That job posting does not exist.");
      const result = postingFromForm(input, { source: current.source, sourceId: current.sourceId, isSample: current.isSample });
      if (!result.ok) return fail(400, "Check the highlighted fields.", result.fields);
      const { value } = await savePosting(prisma, user, input.id, input.version ?? 0, result.posting, index);
      refreshJobPosting(input.id);
      return ok(value, "Saved. The public page shows it now.");
    } catch (error) {
      return refused(error);
    }
  },
);

export const expireJobAction = editorAction(z.object({ id: posting, version, expired: z.enum(["1", "0"]) }), async (user, input): Promise<ActionState<Saved>> => {
  try {
    const { value } = await setExpired(await db(), user, input.id, input.version, input.expired === "1", await titleIndex());
    refreshJobPosting(input.id);
    return ok(value, input.expired === "1" ? "Posting expired: it has left search; its page stays with an “expired” notice." : "Posting open again.");
  } catch (error) {
    return refused(error);
  }
});
