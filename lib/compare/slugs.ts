/**
 * Comparison addresses: `/compare/a-vs-b[-vs-c[-vs-d]]`, one slug per career in the order the person chose.
 * The canonical form is lower-case ASCII words joined by single hyphens, careers joined by "-vs-". Anything
 * else that means the same (capitals, "_", "+", spaces or %20, doubled hyphens, " VS ") is redirected to it.
 */

export const MIN_CAREERS = 2;
export const MAX_CAREERS = 4;
/** Longer than any occupation title's slug (the longest is about 110 characters). */
export const MAX_SLUG_LENGTH = 120;

const SEPARATOR = "-vs-";

/** One career slug in canonical form: "Lead_Technician " → "lead-technician"; "" when nothing is left. */
export function canonicalSlug(raw: string): string {
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // not valid percent-encoding: use it as it is
  }
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // accents: "café" → "cafe"
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export type ParsedPair =
  | { ok: true; slugs: string[]; canonical: string; isCanonical: boolean }
  | { ok: false; reason: "too-few"; slugs: string[] }
  | { ok: false; reason: "too-many"; slugs: string[] }
  | { ok: false; reason: "too-long"; slugs: string[] };

/** The path of a comparison of these (already canonical) slugs. */
export function comparePath(slugs: string[]): string {
  return `/compare/${slugs.join(SEPARATOR)}`;
}

/** Reads the `[pair]` segment: the slugs in order, and whether the address is already canonical. */
export function parsePair(segment: string): ParsedPair {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // keep as is
  }
  // "vs" as its own word separates careers, whatever surrounds it: "a-vs-b", "a_VS_b", "a vs. b", "a--vs--b"
  const parts = decoded
    .split(/(?:^|[^a-z0-9]+)vs\.?(?:[^a-z0-9]+|$)/i)
    .map(canonicalSlug)
    .filter((s) => s !== "");
  if (parts.some((s) => s.length > MAX_SLUG_LENGTH)) return { ok: false, reason: "too-long", slugs: parts };
  if (parts.length < MIN_CAREERS) return { ok: false, reason: "too-few", slugs: parts };
  if (parts.length > MAX_CAREERS) return { ok: false, reason: "too-many", slugs: parts };
  const canonical = comparePath(parts);
  return { ok: true, slugs: parts, canonical, isCanonical: decoded === parts.join(SEPARATOR) };
}

/** A readable name for what the person typed: "lead-technician" → "Lead Technician". */
export function slugToName(slug: string): string {
  return slug
    .split("-")
    .filter(Boolean)
    .map((w) => (/^\d/.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}
