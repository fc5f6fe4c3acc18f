/**
 * Addresses of SOC major groups and the letters of the A–Z title index. Pure functions, shared by pages, the
 * data module and the sitemap.
 */

/** "Healthcare Practitioners and Technical Occupations" → "healthcare-practitioners-and-technical". */
export function groupSlug(title: string): string {
  return title
    .replace(/\s+Occupations$/i, "")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** "29-0000" or "29" → "29-0000"; anything else → null. */
export function majorCodeFrom(segment: string): string | null {
  const m = /^(\d{2})(?:-0000)?$/.exec(segment);
  return m ? `${m[1]}-0000` : null;
}

/** The buckets of the A–Z index: A to Z, then "0-9" for titles that start with a digit or a symbol. */
export const LETTERS = [..."abcdefghijklmnopqrstuvwxyz", "0-9"] as const;
export type Letter = (typeof LETTERS)[number];

/** The bucket a title belongs to. */
export function letterOf(title: string): Letter {
  const first = title.trim().charAt(0).toLowerCase();
  return first >= "a" && first <= "z" ? (first as Letter) : "0-9";
}

/** The `letter` query parameter: absent or empty → "none" (the overview); a value that names no bucket → null. */
export function parseLetter(value: string | string[] | undefined): Letter | "none" | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw === "") return "none";
  const v = raw.trim().toLowerCase();
  return (LETTERS as readonly string[]).includes(v) ? (v as Letter) : null;
}

/** "A", …, "Z", "0–9". */
export function letterLabel(letter: Letter): string {
  return letter === "0-9" ? "0–9" : letter.toUpperCase();
}
