/**
 * The job postings editor: list, create, save with a version check, expire and un-expire. Every change goes
 * through lib/jobs/write.ts and is audited in the same transaction (lib/admin/audit.ts).
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TitleIndex } from "@/lib/search/title-index";
import { postingInputSchema, type Posting } from "@/lib/jobs/model";
import { updatePostingIn, writePostingsIn } from "@/lib/jobs/write";
import { audited, ChangeRefused, type Actor, type Tx } from "./audit";

export const JOBS_PER_PAGE = 25;

/** A posting as the form edits it and the audit log stores it. */
export type PostingSnapshot = {
  id: string;
  version: number;
  title: string;
  companyName: string;
  locations: { city: string | null; state: string | null; remote: boolean }[];
  employmentType: string;
  payMin: number | null;
  payMax: number | null;
  payPeriod: string | null;
  payCurrency: string | null;
  description: string | null;
  postedAt: string;
  expiresAt: string | null;
  applyUrl: string | null;
  source: string;
  sourceId: string | null;
  isSample: boolean;
  onetCode: string | null;
  occupationTitle: string | null;
  classifiedBy: string | null;
  updatedAt: string;
};

export async function postingSnapshot(tx: Tx, id: string): Promise<PostingSnapshot | null> {
  const p = await tx.jobPosting.findUnique({
    where: { id },
    select: {
      id: true, version: true, title: true, companyName: true, employmentType: true, payMin: true, payMax: true, payPeriod: true,
      payCurrency: true, description: true, postedAt: true, expiresAt: true, applyUrl: true, source: true, sourceId: true,
      isSample: true, onetCode: true, classifiedBy: true, updatedAt: true,
      occupation: { select: { title: true } },
      locations: { select: { city: true, state: true, remote: true }, orderBy: { id: "asc" } },
    },
  });
  if (!p) return null;
  const { occupation, ...rest } = p;
  return {
    ...rest,
    occupationTitle: occupation?.title ?? null,
    postedAt: p.postedAt.toISOString(),
    expiresAt: p.expiresAt?.toISOString() ?? null,
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** "Austin, TX" / "TX" / "Remote" per line → locations. */
export function parseLocations(text: string) {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      if (/^remote$/i.test(line)) return { city: null, state: null, remote: true };
      const parts = line.split(",").map((s) => s.trim());
      return parts.length > 1 ? { city: parts.slice(0, -1).join(", "), state: parts.at(-1)!, remote: false } : { city: null, state: parts[0], remote: false };
    });
}

export function locationsText(locations: PostingSnapshot["locations"]): string {
  return locations.map((l) => (l.remote && !l.state ? "Remote" : [l.city, l.state].filter(Boolean).join(", "))).join("\n");
}

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const number = (label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? null : Number(v.replace(/[,$\s]/g, ""))) : v),
    z.number({ error: `Enter ${label} as a number.` }).finite(`Enter ${label} as a number.`).min(0, `${label} cannot be negative.`).max(100_000_000, `${label} is too large.`).nullable(),
  );

/** The editor's form, field by field, with the messages shown next to each field. */
export const jobFormSchema = z.object({
  title: z.string({ error: "Enter the job title." }).trim().min(1, "Enter the job title.").max(200, "Use at most 200 characters."),
  companyName: z.string({ error: "Enter the company." }).trim().min(1, "Enter the company.").max(200, "Use at most 200 characters."),
  locations: z.string({ error: "Enter at least one location." }).max(5000, "Too many locations."),
  employmentType: z.string().default("FULL_TIME"),
  payMin: number("the minimum pay"),
  payMax: number("the maximum pay"),
  payPeriod: z.preprocess(blankToNull, z.string().nullable()).default(null),
  payCurrency: z.preprocess(blankToNull, z.string().nullable()).default(null),
  description: z.string().max(50_000, "Use at most 50,000 characters.").default(""),
  postedAt: z.string({ error: "Enter the date it was posted." }).trim().min(1, "Enter the date it was posted."),
  expiresAt: z.preprocess(blankToNull, z.string().nullable()).default(null),
  applyUrl: z.preprocess(blankToNull, z.string().nullable()).default(null),
  onetCode: z.preprocess(blankToNull, z.string().nullable()).default(null),
});
export type JobForm = z.input<typeof jobFormSchema>;

/** Our words for some fields, instead of the import's (which name JSON-LD properties). */
const MESSAGES: Record<string, string> = {
  applyUrl: "Enter an address starting with http:// or https://.",
  onetCode: "Choose an occupation from the list.",
  postedAt: "Enter the date it was posted.",
  expiresAt: "Enter a date, or leave it empty.",
  payCurrency: "Use a three-letter currency code such as USD.",
  employmentType: "Choose an employment type.",
  payPeriod: "Choose the period the pay is for.",
};

/** The checks across fields, so they show together with the others (the schema runs them only on clean input). */
function crossFieldProblems(form: z.output<typeof jobFormSchema>): Record<string, string> {
  const out: Record<string, string> = {};
  if ((form.payMin != null || form.payMax != null) && !form.payPeriod) out.payPeriod = "Choose the period the pay is for.";
  if (form.payMin != null && form.payMax != null && form.payMin > form.payMax) out.payMax = "The maximum is below the minimum.";
  const posted = new Date(form.postedAt);
  const expires = form.expiresAt ? new Date(form.expiresAt) : null;
  if (expires && !Number.isNaN(expires.getTime()) && !Number.isNaN(posted.getTime()) && expires < posted) out.expiresAt = "The expiry date is before the posting date.";
  return out;
}

/** The form's values as a Posting (the write path's own schema), or field messages. */
export function postingFromForm(
  form: z.output<typeof jobFormSchema>,
  keep: { source: string; sourceId: string | null; isSample: boolean },
): { ok: true; posting: Posting } | { ok: false; fields: Record<string, string> } {
  const locations = parseLocations(form.locations);
  const fields: Record<string, string> = crossFieldProblems(form);
  if (!locations.length) fields.locations = "Enter at least one location: “City, ST”, “ST” or “Remote”, one per line.";
  const parsed = postingInputSchema.safeParse({ ...form, ...keep, locations, description: form.description || null });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "form");
      const message = issue.message.charAt(0).toUpperCase() + issue.message.slice(1) + (issue.message.endsWith(".") ? "" : ".");
      fields[key] ??= MESSAGES[key] ?? message;
    }
  }
  if (Object.keys(fields).length || !parsed.success) return { ok: false, fields };
  return { ok: true, posting: parsed.data };
}

/** The write-path posting for a stored snapshot (a revert writes the earlier one back). */
export function postingFromSnapshot(s: PostingSnapshot): Posting {
  return postingInputSchema.parse({ ...s, onetCode: s.classifiedBy === "editor" ? s.onetCode : null });
}

export type JobListFilter = { q?: string; status?: "active" | "expired"; page: number };

export async function listPostings(prisma: PrismaClient, filter: JobListFilter, now = new Date()) {
  const q = filter.q?.trim().slice(0, 100);
  const where = {
    ...(q ? { OR: [{ title: { contains: q, mode: "insensitive" as const } }, { companyName: { contains: q, mode: "insensitive" as const } }] } : {}),
    ...(filter.status === "expired" ? { expiresAt: { lte: now } } : filter.status === "active" ? { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } : {}),
  };
  const [total, postings] = await Promise.all([
    prisma.jobPosting.count({ where }),
    prisma.jobPosting.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * JOBS_PER_PAGE,
      take: JOBS_PER_PAGE,
      select: { id: true, title: true, companyName: true, postedAt: true, expiresAt: true, isSample: true, version: true, occupation: { select: { title: true } } },
    }),
  ]);
  return { total, postings };
}

export const STALE = "Someone saved this posting after you opened it. Compare the two versions shown above the form, then save again to keep yours.";

/** Creates a posting written by an editor (source "editor"), audited as job.create. */
export async function createPosting(prisma: PrismaClient, actor: Actor, posting: Omit<Posting, "source" | "sourceId" | "isSample">, index: TitleIndex | null) {
  return audited(prisma, actor, "job.create", async (tx) => {
    const full: Posting = { ...posting, source: "editor", sourceId: randomBytes(9).toString("base64url"), isSample: false };
    const { ids } = await writePostingsIn(tx, [full], index);
    const after = await postingSnapshot(tx, ids[0]);
    return { entityType: "JobPosting", entityId: ids[0], before: null, after, value: ids[0] };
  });
}

/**
 * Saves an edit made on version `version`. When the posting changed since (another editor saved), nothing is
 * written and ChangeRefused(409) carries the stored version so the form can show both.
 */
export async function savePosting(
  prisma: PrismaClient,
  actor: Actor,
  id: string,
  version: number,
  posting: Posting,
  index: TitleIndex | null,
  options: { action?: string; revertOf?: string } = {},
) {
  return audited(
    prisma,
    actor,
    options.action ?? "job.update",
    async (tx) => {
      const before = await postingSnapshot(tx, id);
      if (!before) throw new ChangeRefused(404, "That job posting does not exist.");
      if (before.version !== version || !(await updatePostingIn(tx, id, posting, index, version))) {
        throw new ChangeRefused(409, STALE, await postingSnapshot(tx, id));
      }
      const after = await postingSnapshot(tx, id);
      return { entityType: "JobPosting", entityId: id, before, after, value: after! };
    },
    { revertOf: options.revertOf },
  );
}

/** Expires a posting now (it leaves search, its page stays with an "expired" notice) or makes it open again. */
export async function setExpired(prisma: PrismaClient, actor: Actor, id: string, version: number, expired: boolean, index: TitleIndex | null) {
  return audited(prisma, actor, expired ? "job.expire" : "job.unexpire", async (tx) => {
    const before = await postingSnapshot(tx, id);
    if (!before) throw new ChangeRefused(404, "That job posting does not exist.");
    const posting = postingFromSnapshot(before);
    const now = new Date();
    // an expiry date before the posting date would be invalid: expire at the later of the two
    const next = { ...posting, expiresAt: expired ? (posting.postedAt > now ? posting.postedAt : now) : null };
    if (before.version !== version || !(await updatePostingIn(tx, id, next, index, version))) {
      throw new ChangeRefused(409, STALE, await postingSnapshot(tx, id));
    }
    const after = await postingSnapshot(tx, id);
    return { entityType: "JobPosting", entityId: id, before, after, value: after! };
  });
}
