/** URL slugs for the importer. (Search keys come from lib/search/normalize.ts, the one title folding.) */

/** URL slug: "Software Developers" → "software-developers"; "AT&T" → "at-t". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Gives every item a unique slug: the plain slug when it is free, else the slug with the item's key appended. */
export function uniqueSlugs<T>(items: readonly T[], text: (t: T) => string, key: (t: T) => string): Map<T, string> {
  const counts = new Map<string, number>();
  for (const it of items) counts.set(slugify(text(it)), (counts.get(slugify(text(it))) ?? 0) + 1);
  const out = new Map<T, string>();
  for (const it of items) {
    const base = slugify(text(it));
    out.set(it, counts.get(base)! > 1 ? `${base}-${slugify(key(it))}` : base);
  }
  return out;
}
