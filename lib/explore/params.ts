import { z } from "zod";

/*
 * The Explore careers view as URL search parameters: parsing (odd values are ignored or clamped, each with a
 * note for the page to show, never an error) and writing (one normal form, so a view has one URL to share and
 * to name as canonical). Pure: no database.
 */

export const SORTS = ["name", "pay", "growth", "openings", "employment"] as const;
export type Sort = (typeof SORTS)[number];
export type Direction = "asc" | "desc";
export const SORT_LABELS: Record<Sort, string> = {
  name: "Name",
  pay: "Median pay",
  growth: "Projected growth",
  openings: "Openings a year",
  employment: "Employment",
};
/** Name sorts A–Z by default; every figure sorts highest first. */
export const DEFAULT_DIRECTION: Record<Sort, Direction> = { name: "asc", pay: "desc", growth: "desc", openings: "desc", employment: "desc" };

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_QUERY_LENGTH = 100;
/** The largest pay bound accepted, in dollars a year (the highest national median, May 2025, is about $560,000). */
export const MAX_PAY = 1_000_000;
/** Pages past this are refused outright (there are about 40 pages of 25). */
const MAX_PAGE = 1000;

/** BLS Employment Projections "typical entry-level education", by the URL word, in EP code order (low to high). */
export const EDUCATION_LEVELS = [
  { key: "none", code: 8, label: "No formal educational credential" },
  { key: "high-school", code: 7, label: "High school diploma or equivalent" },
  { key: "some-college", code: 6, label: "Some college, no degree" },
  { key: "postsecondary", code: 5, label: "Postsecondary nondegree award" },
  { key: "associate", code: 4, label: "Associate's degree" },
  { key: "bachelor", code: 3, label: "Bachelor's degree" },
  { key: "master", code: 2, label: "Master's degree" },
  { key: "doctoral", code: 1, label: "Doctoral or professional degree" },
] as const;
export type EducationKey = (typeof EDUCATION_LEVELS)[number]["key"];

/** The SOC 2018 major groups, by their first two digits. */
export const MAJOR_GROUPS = [
  "11", "13", "15", "17", "19", "21", "23", "25", "27", "29", "31", "33",
  "35", "37", "39", "41", "43", "45", "47", "49", "51", "53", "55",
] as const;

export type ExploreFilters = {
  /** SOC major group, two digits ("15"); null: all. */
  group: string | null;
  /** Median annual pay bounds in dollars; null: none. */
  payMin: number | null;
  payMax: number | null;
  /** Projected growth at least this percent; null: any. */
  growthMin: number | null;
  education: EducationKey | null;
  jobZone: number | null;
  bright: boolean;
  /** Words that must all appear in the title (or a SOC code prefix); "" : none. */
  q: string;
  sort: Sort;
  dir: Direction;
  page: number;
  perPage: number;
};

export const DEFAULT_FILTERS: ExploreFilters = {
  group: null,
  payMin: null,
  payMax: null,
  growthMin: null,
  education: null,
  jobZone: null,
  bright: false,
  q: "",
  sort: "name",
  dir: "asc",
  page: 1,
  perPage: DEFAULT_PAGE_SIZE,
};

export type RawParams = Record<string, string | string[] | undefined>;

const money = z
  .string()
  .trim()
  .regex(/^\$?\d[\d,]*(\.\d+)?k?$/i)
  .transform((s) => {
    const k = /k$/i.test(s);
    const n = Number(s.replace(/[$,k]/gi, ""));
    return Math.round(k ? n * 1000 : n);
  });
const percent = z.string().trim().regex(/^[+-]?\d+(\.\d+)?%?$/).transform((s) => Number(s.replace("%", "")));
const wholeNumber = z.string().trim().regex(/^\d{1,9}$/).transform(Number);

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Reads the view from search parameters. Whatever the input, returns filters plus notes on what was ignored or changed. */
export function parseExploreParams(raw: RawParams): { filters: ExploreFilters; notes: string[] } {
  const notes: string[] = [];
  const f: ExploreFilters = { ...DEFAULT_FILTERS };
  const get = (key: string) => {
    const v = first(raw[key]);
    return v == null || v.trim() === "" ? undefined : v;
  };
  const shown = (v: string) => `“${v.length > 30 ? `${v.slice(0, 30)}…` : v}”`;

  const group = get("group");
  if (group) {
    const code = group.trim().replace(/-0000$/, "");
    if ((MAJOR_GROUPS as readonly string[]).includes(code)) f.group = code;
    else notes.push(`Ignored the group ${shown(group)}: it is not a SOC major group.`);
  }

  for (const [key, field, label] of [
    ["payMin", "payMin", "minimum pay"],
    ["payMax", "payMax", "maximum pay"],
  ] as const) {
    const v = get(key);
    if (!v) continue;
    const parsed = money.safeParse(v);
    if (!parsed.success) {
      notes.push(`Ignored ${shown(v)} for ${label}: give a whole number of dollars a year, such as 50000.`);
      continue;
    }
    f[field] = parsed.data;
  }
  if (f.payMin != null && f.payMin > MAX_PAY) {
    notes.push(`Minimum pay goes up to $${MAX_PAY.toLocaleString("en-US")}; that was used.`);
    f.payMin = MAX_PAY;
  }
  if (f.payMin === 0) f.payMin = null;
  if (f.payMax != null && f.payMax > MAX_PAY) {
    notes.push(`A maximum pay above $${MAX_PAY.toLocaleString("en-US")} leaves nothing out, so it was dropped.`);
    f.payMax = null;
  }
  if (f.payMin != null && f.payMax != null && f.payMin > f.payMax) {
    notes.push("The minimum pay was above the maximum, so the two were swapped.");
    [f.payMin, f.payMax] = [f.payMax, f.payMin];
  }

  const growth = get("growthMin");
  if (growth) {
    const parsed = percent.safeParse(growth);
    if (!parsed.success) notes.push(`Ignored ${shown(growth)} for minimum growth: give a percent, such as 5.`);
    else if (parsed.data < -100 || parsed.data > 100) {
      const clamped = Math.min(100, Math.max(-100, parsed.data));
      notes.push(`Minimum growth must be between −100% and 100%; ${clamped}% was used.`);
      f.growthMin = clamped;
    } else f.growthMin = parsed.data;
  }

  const education = get("education");
  if (education) {
    const level = EDUCATION_LEVELS.find((l) => l.key === education.trim());
    if (level) f.education = level.key;
    else notes.push(`Ignored the education ${shown(education)}: choose one of the listed levels.`);
  }

  const zone = get("zone");
  if (zone) {
    const parsed = wholeNumber.safeParse(zone);
    if (parsed.success && parsed.data >= 1 && parsed.data <= 5) f.jobZone = parsed.data;
    else notes.push(`Ignored the job zone ${shown(zone)}: job zones run from 1 to 5.`);
  }

  const bright = get("bright");
  if (bright) {
    if (["1", "true", "on", "yes"].includes(bright.trim().toLowerCase())) f.bright = true;
    else if (!["0", "false", "off", "no"].includes(bright.trim().toLowerCase())) notes.push(`Ignored ${shown(bright)} for bright outlook.`);
  }

  const q = get("q");
  if (q) {
    const cleaned = q.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim();
    if (cleaned.length > MAX_QUERY_LENGTH) notes.push(`The title filter was cut to its first ${MAX_QUERY_LENGTH} characters.`);
    f.q = cleaned.slice(0, MAX_QUERY_LENGTH).trim();
  }

  const sort = get("sort");
  if (sort) {
    const s = sort.trim().toLowerCase();
    if ((SORTS as readonly string[]).includes(s)) f.sort = s as Sort;
    else notes.push(`Ignored the sort ${shown(sort)}: sort by name, pay, growth, openings or employment.`);
  }
  f.dir = DEFAULT_DIRECTION[f.sort];
  const dir = get("dir");
  if (dir) {
    const d = dir.trim().toLowerCase();
    if (d === "asc" || d === "desc") f.dir = d;
    else notes.push(`Ignored the order ${shown(dir)}: use asc or desc.`);
  }

  const per = get("per");
  if (per) {
    const parsed = wholeNumber.safeParse(per);
    if (parsed.success && (PAGE_SIZES as readonly number[]).includes(parsed.data)) f.perPage = parsed.data;
    else notes.push(`Ignored ${shown(per)} careers a page: choose ${PAGE_SIZES.join(", ")}.`);
  }

  const page = get("page");
  if (page) {
    const parsed = wholeNumber.safeParse(page);
    if (!parsed.success || parsed.data < 1) notes.push(`Ignored the page ${shown(page)}: pages are numbered from 1.`);
    else if (parsed.data > MAX_PAGE) notes.push(`There is no page ${parsed.data}; showing the first page.`);
    else f.page = parsed.data;
  }

  return { filters: f, notes };
}

/** The search parameters of a view in one fixed order, defaults left out. */
export function exploreSearchParams(f: ExploreFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.q) p.set("q", f.q);
  if (f.group) p.set("group", f.group);
  if (f.payMin != null) p.set("payMin", String(f.payMin));
  if (f.payMax != null) p.set("payMax", String(f.payMax));
  if (f.growthMin != null) p.set("growthMin", String(f.growthMin));
  if (f.education) p.set("education", f.education);
  if (f.jobZone != null) p.set("zone", String(f.jobZone));
  if (f.bright) p.set("bright", "1");
  if (f.sort !== DEFAULT_FILTERS.sort) p.set("sort", f.sort);
  if (f.dir !== DEFAULT_DIRECTION[f.sort]) p.set("dir", f.dir);
  if (f.perPage !== DEFAULT_PAGE_SIZE) p.set("per", String(f.perPage));
  if (f.page > 1) p.set("page", String(f.page));
  return p;
}

/** "/careers?group=15&sort=pay": the URL of a view, with changes applied. A change of filter goes back to page 1. */
export function exploreHref(f: ExploreFilters, change: Partial<ExploreFilters> = {}): string {
  const keepsPage = Object.keys(change).every((k) => k === "page");
  const next = { ...f, ...(keepsPage ? {} : { page: 1 }), ...change };
  const qs = exploreSearchParams(next).toString();
  return qs ? `/careers?${qs}` : "/careers";
}

/** True when the view narrows the list (any filter set), as opposed to only sorting or paging it. */
export function hasFilters(f: ExploreFilters): boolean {
  return (
    f.group != null ||
    f.payMin != null ||
    f.payMax != null ||
    f.growthMin != null ||
    f.education != null ||
    f.jobZone != null ||
    f.bright ||
    f.q !== ""
  );
}
