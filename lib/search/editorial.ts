/**
 * Editors' changes to title search, applied when the index is built (lib/search/load.ts): titles added to an
 * occupation, official titles taken out of it, and curated roles, whose name and alternative titles lead to the
 * role (its own slug and name) while the occupation behind it is ranked by the ordinary index.
 */
import { foldText } from "./normalize";
import type { IndexTitle, SearchResult } from "./title-index";

export type TitleEdit = { onetCode: string; addedTitles: string[]; removedTitles: string[] };
export type RoleTitles = { slug: string; name: string; onetCode: string; titles: string[] };
/** A search result that is a curated role: slug and title are the role's, basedOn the occupation's. */
export type RoleResult = SearchResult & { basedOn?: { slug: string; title: string } };

/** Editor rank for added titles: as representative as the best official ones (rank is capped at 100 in scoring). */
const EDITOR_RANK = 100;

const key = (onetCode: string, title: string) => `${onetCode}|${foldText(title)}`;

/** The index's titles with the edits applied, and the role each role title stands for. */
export function applyTitleEdits(titles: IndexTitle[], edits: TitleEdit[], roles: RoleTitles[]) {
  const removed = new Set(edits.flatMap((e) => e.removedTitles.map((t) => key(e.onetCode, t))));
  const out = titles.filter((t) => t.kind === "OCCUPATION" || !removed.has(key(t.onetCode, t.title)));
  const seen = new Set(out.map((t) => key(t.onetCode, t.title)));
  const add = (onetCode: string, title: string) => {
    const k = key(onetCode, title);
    if (!seen.has(k)) out.push({ title, kind: "ALTERNATE", rank: EDITOR_RANK, onetCode });
    seen.add(k);
  };
  for (const e of edits) for (const t of e.addedTitles) add(e.onetCode, t);
  const roleByTitle = new Map<string, RoleTitles>();
  for (const r of roles) {
    for (const t of [r.name, ...r.titles]) {
      add(r.onetCode, t);
      if (!roleByTitle.has(key(r.onetCode, t))) roleByTitle.set(key(r.onetCode, t), r);
    }
  }
  return { titles: out, roleByTitle };
}

/** A result whose matched title is a role's name or title becomes that role (based on the occupation found). */
export function asRoleResults(results: SearchResult[], roleByTitle: Map<string, RoleTitles>): RoleResult[] {
  return results.map((r) => {
    const role = roleByTitle.get(key(r.onetCode, r.matchedTitle));
    return role ? { ...r, slug: role.slug, title: role.name, basedOn: { slug: r.slug, title: r.title } } : r;
  });
}
