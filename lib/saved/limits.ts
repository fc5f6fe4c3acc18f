import { z } from "zod";

/** Limits on what one person can keep, with the messages that explain them. */
export const MAX_SAVED = 100;
export const NOTE_MAX = 2000;
export const TITLE_MAX = 120;
export const MIN_CAREERS = 2;
export const MAX_CAREERS = 4;

/** A career slug as used in /careers/[slug] and /compare/[a]-vs-[b] ("-vs-" would break the comparison URL). */
export const careerSlug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Career names in a comparison are lower-case words joined by hyphens.")
  .max(120, "That career name is too long.")
  .refine((s) => !s.includes("-vs-"), "A career name cannot contain “-vs-”.");

/** Slugs from a list or a "a,b" string: 2–4 distinct careers, order kept. */
export const slugList = z
  .preprocess((v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v), z.array(careerSlug))
  .refine((list) => list.length >= MIN_CAREERS && list.length <= MAX_CAREERS, `A comparison has ${MIN_CAREERS} to ${MAX_CAREERS} careers.`)
  .refine((list) => new Set(list).size === list.length, "Each career can appear once in a comparison.");

export const titleField = z
  .string({ error: "Give the comparison a title." })
  .trim()
  .min(1, "Give the comparison a title.")
  .max(TITLE_MAX, `Keep the title to ${TITLE_MAX} characters.`);

export const noteField = z
  .string()
  .max(NOTE_MAX, `Notes can be up to ${NOTE_MAX.toLocaleString("en-US")} characters; this one is longer.`)
  .transform((s) => s.replace(/\r\n/g, "\n").trim());

export const idField = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "Not a valid id.");
export const versionField = z.coerce.number().int().min(1);

/** "registered-nurses" → "Registered nurses" (for careers the data does not know). */
export function slugLabel(slug: string): string {
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export { saveReturnPath } from "./return-path";
