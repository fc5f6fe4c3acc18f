/**
 * Editors' overlay on an occupation (docs/decisions/012-editorial-overlay.md): description, responsibilities,
 * the order and choice of top skills, job titles added to or taken out of search, and editorial figures with a
 * cited source. Stored in OccupationEdit, one row and one version per occupation; the imported rows underneath
 * are never written. Every save checks the version and is audited in the same transaction.
 */
import { z } from "zod";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { foldText } from "@/lib/search/normalize";
import { audited, ChangeRefused, isUniqueViolation, type Actor, type Tx } from "./audit";

export type EditorialFigure = { label: string; value: number; unit: string; year: number; sourceName: string; sourceUrl: string };

/** What an editor sets; null or an empty list means "the official data". */
export type OccupationEditValues = {
  description: string | null;
  tasks: string[] | null;
  skills: string[] | null;
  addedTitles: string[];
  removedTitles: string[];
  figures: EditorialFigure[];
};

export type OccupationEditSnapshot = OccupationEditValues & {
  onetCode: string;
  title: string;
  slug: string;
  /** 0 while the occupation was never edited. */
  version: number;
  updatedAt: string | null;
};

export const EMPTY_EDIT: OccupationEditValues = { description: null, tasks: null, skills: null, addedTitles: [], removedTitles: [], figures: [] };

const list = (v: unknown): string[] | null => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : null);

export async function occupationEditSnapshot(tx: Tx | PrismaClient, onetCode: string): Promise<OccupationEditSnapshot | null> {
  const [occupation, edit] = await Promise.all([
    tx.occupation.findUnique({ where: { onetCode }, select: { onetCode: true, title: true, slug: true } }),
    tx.occupationEdit.findUnique({ where: { onetCode } }),
  ]);
  if (!occupation) return null;
  return {
    ...occupation,
    version: edit?.version ?? 0,
    updatedAt: edit?.updatedAt.toISOString() ?? null,
    description: edit?.description ?? null,
    tasks: list(edit?.tasks),
    skills: list(edit?.skills),
    addedTitles: edit?.addedTitles ?? [],
    removedTitles: edit?.removedTitles ?? [],
    figures: (Array.isArray(edit?.figures) ? edit.figures : []) as EditorialFigure[],
  };
}

export const valuesOf = (s: OccupationEditValues): OccupationEditValues => ({
  description: s.description,
  tasks: s.tasks,
  skills: s.skills,
  addedTitles: s.addedTitles,
  removedTitles: s.removedTitles,
  figures: s.figures,
});

export const isEmptyEdit = (v: OccupationEditValues) =>
  v.description === null && v.tasks === null && v.skills === null && !v.addedTitles.length && !v.removedTitles.length && !v.figures.length;

// ---------------------------------------------------------------- the form

/** Lines of a textarea, trimmed, blanks dropped. */
export const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

const THIS_YEAR = new Date().getUTCFullYear();

/** An http(s) address with a host name (what a cited source must be). */
export function isSourceUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".") && !u.username && !u.password;
  } catch {
    return false;
  }
}

export const figureSchema = z.object({
  label: z.string({ error: "Name the figure." }).trim().min(2, "Name the figure (at least 2 characters).").max(80, "Use at most 80 characters."),
  value: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : Number(v.replace(/[,\s]/g, ""))) : v),
    z.number({ error: "Enter the value as a number." }).finite("Enter the value as a number.").min(-1e12, "That value is out of range.").max(1e12, "That value is out of range."),
  ),
  unit: z.string({ error: "Give the unit (e.g. USD per year, %, people)." }).trim().min(1, "Give the unit (e.g. USD per year, %, people).").max(30, "Use at most 30 characters."),
  year: z.coerce
    .number({ error: "Enter the year the figure is for." })
    .int("Enter the year as four digits.")
    .min(1950, "Enter a year from 1950 on.")
    .max(THIS_YEAR + 1, `Enter a year up to ${THIS_YEAR + 1}.`),
  sourceName: z.string({ error: "Name the publisher of the source." }).trim().min(2, "Name the publisher of the source.").max(120, "Use at most 120 characters."),
  sourceUrl: z
    .string({ error: "Give the source's address." })
    .trim()
    .max(2000, "That address is too long.")
    .refine(isSourceUrl, "Give the source's address, starting with https:// or http://."),
});

const textLines = (label: string, maxLines: number, maxLength: number) =>
  z
    .string()
    .max(maxLines * (maxLength + 2), `Too many ${label}.`)
    .default("")
    .transform((text, ctx) => {
      const out = lines(text);
      if (out.length > maxLines) ctx.addIssue({ code: "custom", message: `Use at most ${maxLines} ${label}.` });
      const long = out.find((l) => l.length > maxLength);
      if (long) ctx.addIssue({ code: "custom", message: `Each line may have at most ${maxLength} characters: “${long.slice(0, 40)}…” is longer.` });
      return out;
    });

/** The editor's form, field by field (figures arrive as JSON from the form's rows). */
export const occupationEditFormSchema = z.object({
  onetCode: z.string().trim().regex(/^\d{2}-\d{4}\.\d{2}$/, "Unknown occupation."),
  version: z.coerce.number({ error: "Reload the page and try again." }).int().min(0).max(2_147_483_647),
  description: z.string().max(20_000, "Use at most 20,000 characters.").default(""),
  tasks: textLines("responsibilities", 40, 500),
  skills: z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(40)).max(20, "Choose at most 20 skills.")),
  addedTitles: textLines("added titles", 50, 120),
  removedTitles: textLines("removed titles", 200, 200),
  figures: z.string().max(50_000, "Too many figures.").default("[]"),
});
export type OccupationEditForm = z.output<typeof occupationEditFormSchema>;

/** What the form needs to check against: the occupation's own skills and titles (official, from the import). */
export async function occupationOptions(prisma: PrismaClient | Tx, onetCode: string) {
  const [skills, titles] = await Promise.all([
    prisma.skillRating.findMany({
      where: { onetCode, domain: "SKILL", suppressed: false, notRelevant: false },
      select: { elementId: true, name: true, importance: true },
      orderBy: [{ importance: { sort: "desc", nulls: "last" } }, { name: "asc" }],
    }),
    prisma.jobTitle.findMany({ where: { onetCode }, select: { title: true, kind: true }, orderBy: [{ rank: "desc" }, { title: "asc" }] }),
  ]);
  return { skills, titles };
}
export type OccupationOptions = Awaited<ReturnType<typeof occupationOptions>>;

/** The form's values checked against the occupation, or a message per field ("figures.0.sourceUrl" for a figure's field). */
export function editFromForm(form: OccupationEditForm, options: OccupationOptions): { ok: true; values: OccupationEditValues } | { ok: false; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const skillIds = new Set(options.skills.map((s) => s.elementId));
  const unknownSkill = form.skills.find((s) => !skillIds.has(s));
  if (unknownSkill) fields.skills = "Choose skills from this occupation's O*NET skills.";
  if (new Set(form.skills).size !== form.skills.length) fields.skills = "Each skill may be chosen once.";

  const official = new Map(options.titles.map((t) => [foldText(t.title), t]));
  const removedTitles: string[] = [];
  for (const t of form.removedTitles) {
    const found = official.get(foldText(t));
    if (!found) fields.removedTitles ??= `“${t}” is not one of this occupation's titles.`;
    else if (found.kind === "OCCUPATION") fields.removedTitles ??= `“${found.title}” is the occupation's own title; it cannot be removed.`;
    else if (!removedTitles.includes(found.title)) removedTitles.push(found.title);
  }
  const addedTitles: string[] = [];
  for (const t of form.addedTitles) {
    if (t.length < 2) fields.addedTitles ??= "Each added title needs at least 2 characters.";
    else if (official.has(foldText(t)) && !removedTitles.some((r) => foldText(r) === foldText(t))) fields.addedTitles ??= `“${t}” is already a title of this occupation.`;
    else if (!addedTitles.some((a) => foldText(a) === foldText(t))) addedTitles.push(t);
  }

  let rawFigures: unknown;
  try {
    rawFigures = JSON.parse(form.figures);
  } catch {
    rawFigures = null;
  }
  const figures: EditorialFigure[] = [];
  if (!Array.isArray(rawFigures) || rawFigures.length > 20) fields.figures = "Up to 20 figures, each with a label, value, unit, year and source.";
  else {
    rawFigures.forEach((raw, i) => {
      const parsed = figureSchema.safeParse(raw);
      if (parsed.success) figures.push(parsed.data);
      else for (const issue of parsed.error.issues) fields[`figures.${i}.${String(issue.path[0] ?? "label")}`] ??= issue.message;
    });
  }
  if (Object.keys(fields).length) return { ok: false, fields };
  const description = form.description.replace(/\r\n?/g, "\n").trim();
  return {
    ok: true,
    values: { description: description || null, tasks: form.tasks.length ? form.tasks : null, skills: form.skills.length ? form.skills : null, addedTitles, removedTitles, figures },
  };
}

// ---------------------------------------------------------------- writing

export const STALE_EDIT = "Someone saved this occupation after you opened it. Compare the two versions shown above the form, then save again to keep yours.";

const data = (v: OccupationEditValues) => ({
  description: v.description,
  tasks: v.tasks === null ? Prisma.DbNull : v.tasks,
  skills: v.skills === null ? Prisma.DbNull : v.skills,
  addedTitles: v.addedTitles,
  removedTitles: v.removedTitles,
  figures: v.figures as unknown as Prisma.InputJsonValue,
});

/**
 * Saves the overlay made on version `version` (0: the occupation had no edit). A save over a newer version is
 * refused (409) with the stored version, so the form can show both; so is the second of two first edits made at
 * once (the primary key decides). Setting everything back to official keeps the row (and its version), so an
 * editor who opened the form before that is still refused.
 */
export async function saveOccupationEdit(
  prisma: PrismaClient,
  actor: Actor,
  onetCode: string,
  version: number,
  values: OccupationEditValues,
  options: { action?: string; revertOf?: string } = {},
) {
  return audited(
    prisma,
    actor,
    options.action ?? (isEmptyEdit(values) ? "occupation.reset" : "occupation.edit"),
    async (tx) => {
      const before = await occupationEditSnapshot(tx, onetCode);
      if (!before) throw new ChangeRefused(404, "That occupation does not exist.");
      if (before.version !== version) throw new ChangeRefused(409, STALE_EDIT, before);
      const row = data(values);
      if (version === 0) {
        try {
          await tx.occupationEdit.create({ data: { onetCode, ...row } });
        } catch (error) {
          if (isUniqueViolation(error)) throw new ChangeRefused(409, STALE_EDIT);
          throw error;
        }
      } else {
        const { count } = await tx.occupationEdit.updateMany({ where: { onetCode, version }, data: { ...row, version: { increment: 1 } } });
        if (count === 0) throw new ChangeRefused(409, STALE_EDIT);
      }
      const after = await occupationEditSnapshot(tx, onetCode);
      return { entityType: "Occupation", entityId: onetCode, before, after, value: after! };
    },
    { revertOf: options.revertOf },
  );
}

/** The occupations edited most recently, for the editors' start page. */
export async function recentOccupationEdits(prisma: PrismaClient, take = 20) {
  const edits = await prisma.occupationEdit.findMany({ orderBy: { updatedAt: "desc" }, take, select: { onetCode: true, version: true, updatedAt: true } });
  const occupations = await prisma.occupation.findMany({ where: { onetCode: { in: edits.map((e) => e.onetCode) } }, select: { onetCode: true, title: true, slug: true } });
  const byCode = new Map(occupations.map((o) => [o.onetCode, o]));
  return edits.flatMap((e) => (byCode.has(e.onetCode) ? [{ ...e, ...byCode.get(e.onetCode)! }] : []));
}

/** Everything the edit page needs: the overlay, the official text underneath, and the skills to choose from. */
export async function occupationEditPage(prisma: PrismaClient, slug: string) {
  const occupation = await prisma.occupation.findUnique({ where: { slug }, select: { onetCode: true, title: true, slug: true, description: true } });
  if (!occupation) return null;
  const [edit, options, tasks] = await Promise.all([
    occupationEditSnapshot(prisma, occupation.onetCode),
    occupationOptions(prisma, occupation.onetCode),
    prisma.task.findMany({ where: { onetCode: occupation.onetCode }, orderBy: [{ core: "desc" }, { taskId: "asc" }], select: { statement: true } }),
  ]);
  return { occupation, edit: edit!, skills: options.skills, official: { description: occupation.description, tasks: tasks.map((t) => t.statement) } };
}
