/**
 * Editors' overlay applied to a career profile (lib/data/careers.ts reads it with the profile, so it is cached
 * and refreshed with it). Official values stay where they are: the description keeps the O*NET text beside the
 * editors' one; responsibilities and the choice of top skills say they were edited; editorial figures carry
 * their own cited source and year. Pure, for tests.
 */
import type { EditorialFigure } from "@/lib/admin/occupation-edits";
import { foldText } from "@/lib/search/normalize";

export type { EditorialFigure };

export type CareerEditorial = {
  /** The editors' description (markdown), shown instead of the official one, which stays in occupation.description. */
  description: string | null;
  tasksEdited: boolean;
  skillsEdited: boolean;
  figures: EditorialFigure[];
  updatedAt: string;
};

/** A curated role's framing of the occupation's profile. */
export type CareerRole = { slug: string; name: string; description: string | null; titles: string[] };

export const EDITORS = "Careerlens editors";

type Edit = {
  description: string | null;
  tasks: unknown;
  skills: unknown;
  addedTitles: string[];
  removedTitles: string[];
  figures: unknown;
  updatedAt: Date;
};
type SkillRow = { elementId: string; name: string; importance: number | null; level: number | null; source: string; year: number };

type Profile = {
  editorial: CareerEditorial | null;
  tasks: { source: string; year: number; items: { statement: string; core: boolean }[] } | null;
  skills: { source: string; year: number; items: { name: string; importance: number | null; level: number | null }[]; chosenByEditors?: boolean } | null;
  alsoCalled: { sources: string[]; items: string[] } | null;
};

const strings = (v: unknown): string[] | null => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : null);

export function applyOccupationEdit<P extends Profile>(profile: P, edit: Edit | null, skillRows: SkillRow[]): P {
  if (!edit) return profile;
  const tasks = strings(edit.tasks);
  const skills = strings(edit.skills);
  const year = edit.updatedAt.getUTCFullYear();
  const byId = new Map(skillRows.map((r) => [r.elementId, r]));
  const chosen = (skills ?? []).map((id) => byId.get(id)).filter((r): r is SkillRow => Boolean(r));
  const removed = new Set(edit.removedTitles.map(foldText));
  const official = (profile.alsoCalled?.items ?? []).filter((t) => !removed.has(foldText(t)));
  const titles = [...edit.addedTitles, ...official.filter((t) => !edit.addedTitles.some((a) => foldText(a) === foldText(t)))];
  const figures = (Array.isArray(edit.figures) ? edit.figures : []) as EditorialFigure[];
  return {
    ...profile,
    editorial: {
      description: edit.description,
      tasksEdited: tasks !== null,
      skillsEdited: chosen.length > 0,
      figures,
      updatedAt: edit.updatedAt.toISOString(),
    },
    tasks: tasks ? { source: `${EDITORS} (from O*NET task statements)`, year, items: tasks.map((statement) => ({ statement, core: true })) } : profile.tasks,
    skills:
      chosen.length > 0
        ? { source: chosen[0].source, year: chosen[0].year, items: chosen.map((r) => ({ name: r.name, importance: r.importance, level: r.level })), chosenByEditors: true }
        : profile.skills,
    alsoCalled:
      titles.length > 0
        ? { sources: [...(profile.alsoCalled?.sources ?? []), ...(edit.addedTitles.length ? [`titles added by ${EDITORS}`] : [])], items: titles.slice(0, 12) }
        : null,
  };
}
