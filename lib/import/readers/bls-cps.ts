/**
 * CPS demographics by occupation (Current Population Survey annual averages), matched to SOC codes by title.
 *
 * Sources (first sheet of each; title rows above a two-row header; occupations identified by Census title only):
 *   - `bls-cps/cpsaat11_2022.xlsx`, Table 11 for 2022: total employed (thousands), % women, % White,
 *     % Black or African American, % Asian, % Hispanic or Latino.
 *   - `bls-cps/cpsaat11b_2025.xlsx`, Table 11b for 2025 (11-month average, October not collected): total employed
 *     and the employed in seven age bands (thousands), median age.
 *
 * Output: the two tables are different years, so they are NOT merged: each matched SOC code gets one row per
 * table — year 2022, source "BLS CPS Table 11" (totalEmployed, women, white, black, asian, hispanic) and year 2025,
 * source "BLS CPS Table 11b" (totalEmployed, age16to19 … age65plus, medianAge). Counts are stored as persons
 * (thousands × 1000). Fields the other table publishes are NULL and not flagged. "–" (base under 50,000) → NULL
 * and the field named in `suppressed`. Key: (socCode, year, source). The all-occupations row ("Total, 16 years
 * and over" / "Total employed") is stored under socCode "00-0000" (as OEWS codes all occupations) with matchKind
 * "total", so pages can compare an occupation with all workers. socCode may also be a SOC major, minor or broad
 * code (a Census title equal to a SOC group, e.g. 15-1230, 11-0000).
 *
 * Matching a Census title to SOC 2018 codes (titles from `soc/soc_2018_definitions.xlsx`, all levels), in passes:
 *   1. direct — "exact": equal ignoring case and spacing ("Chief executives" = 11-1010 and 11-1011);
 *      "normalized": equal after folding punctuation, "&" → "and", dropping "and"/"the", singular word forms and
 *      "Other X" = "X, all other" = "Miscellaneous X", then (weaker) ignoring ", except …" clauses;
 *      "group": a list title whose every part is a detailed SOC title, parts borrowing words from each other
 *      ("Orderlies and psychiatric aides" → 31-1132, 31-1133; "Database administrators and architects" →
 *      15-1242, 15-1243). A title may match several codes (a broad group and its same-titled detailed code).
 *   2. whole group ("group"): a title that matched a broad or minor SOC group covers every detailed code in it
 *      when no other Census title matched inside the group ("Postsecondary teachers" → 25-1000 and each 25-1xxx).
 *   3. residual ("group"): when other titles did match inside the group — and for "Other X" where X is a broad or
 *      minor group — the title covers the group's codes that no other title reached ("Other physicians" → 29-1210
 *      minus emergency medicine physicians and radiologists). Skipped when a Census title that matched nothing
 *      sits among the group's titles in table order (it probably covers some of those codes).
 *   Major groups are never expanded: a CPS summary row that equals a major group ("Management occupations") is
 *   kept for the major code only. If several Census titles reach one SOC code, the best pass wins (exact >
 *   normalized > list/whole group > residual), then the first in table order.
 * `unmatched` lists the Census titles (both tables use the same list) that reached no SOC code: the CPS summary
 * rows ("Service occupations") and Census occupations that combine SOC codes in ways the rules do not recognise
 * ("Janitors and building cleaners"). Codes they cover get no row rather than a guessed one.
 */
import path from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readSheet } from "@/lib/import/files";
import type { Cell } from "@/lib/import/files";
import { SourceError } from "@/lib/import/errors";
import { FigureRow, SOURCES, cleanText, findHeaderRow, headerKey, isDetailedSoc, readSocCode, type Where } from "./bls-common";

export type DemographicsRow = Prisma.DemographicsCreateManyInput;
export type MatchKind = "exact" | "normalized" | "group"; // stored in Demographics.matchKind ("total" for 00-0000)
export type SocTitle = { code: string; level: "major" | "minor" | "broad" | "detailed"; title: string };
export type CensusMatch = { socCode: string; kind: MatchKind };

// ---------------------------------------------------------------------------------------------------------------
// SOC titles

/** Reads the SOC 2018 codes and titles (all levels) from `soc/soc_2018_definitions.xlsx`. */
export async function readSocTitles(dataDir: string): Promise<SocTitle[]> {
  const file = path.join(dataDir, "soc", "soc_2018_definitions.xlsx");
  const { name: sheet, rows } = await readSheet(file, 0);
  const where = { file, sheet };
  const h = findHeaderRow(rows, ["SOC Group", "SOC Code", "SOC Title"], where);
  const keys = rows[h].map(headerKey);
  const [g, c, t] = ["soc group", "soc code", "soc title"].map((k) => keys.indexOf(k));
  const out: SocTitle[] = [];
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i] ?? [];
    if (!cleanText(row[c])) continue;
    const at = { ...where, row: i + 1 };
    const level = cleanText(row[g]).toLowerCase();
    if (level !== "major" && level !== "minor" && level !== "broad" && level !== "detailed")
      throw new SourceError(`column SOC Group: unknown level ${JSON.stringify(row[g])}`, at);
    const title = cleanText(row[t]);
    if (!title) throw new SourceError("column SOC Title is empty", at);
    out.push({ code: readSocCode(row[c], at, "SOC Code"), level, title });
  }
  if (out.length === 0) throw new SourceError("no SOC codes found", where);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Title normalisation

/** Lower-case, single-spaced: the comparison for "exact" matches. */
export function exactKey(title: string): string {
  return title.replace(/\(\d+\)\s*$/, "").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Singular form of one lower-case word (crude, applied identically to both sides). */
function singular(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (/(ss|ch|sh|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) return w;
  if (w.endsWith("s")) return w.slice(0, -1);
  return w;
}

function words(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w && w !== "and" && w !== "the")
    .map(singular)
    .join(" ");
}

/**
 * The "normalized" keys of a title, best first. "Other X", "X, all other" and "Miscellaneous X" all give
 * "other X". With `dropExcept`, ", except …" clauses are removed too (a weaker key, tried last).
 */
export function normalizedKeys(title: string, dropExcept = false): string[] {
  let t = exactKey(title);
  if (dropExcept) t = t.replace(/,?\s+except\b.*$/, "");
  const keys = new Set<string>();
  const allOther = /^(.*?),?\s+all other$/.exec(t);
  if (allOther) keys.add("other " + words(allOther[1]));
  else if (t.startsWith("other ")) keys.add("other " + words(t.slice(6)));
  else if (t.startsWith("miscellaneous ")) keys.add("other " + words(t.slice(14)));
  keys.add(words(t));
  return [...keys].filter(Boolean);
}

// ---------------------------------------------------------------------------------------------------------------
// Matching

/**
 * Ways to split a list title into parts: on commas and every "and" ("Orderlies and psychiatric aides"), and on
 * commas only ("Conveyor, dredge, and hoist and winch operators" → conveyor | dredge | hoist and winch operators).
 */
function listSplits(title: string): string[][] {
  const t = exactKey(title).replace(/,?\s+except\b.*$/, "");
  const clean = (parts: string[]) => parts.map((p) => p.replace(/^and\s+/, "").trim()).filter(Boolean);
  const splits = [clean(t.split(/\s*,\s*|\s+and\s+/)), clean(t.split(/\s*,\s*/))];
  return splits.filter((p, i) => p.length >= 2 && (i === 0 || p.join("|") !== splits[0].join("|")));
}

/** Matches every part of a list title to detailed SOC titles, or returns [] if any part finds none. */
function matchListTitle(title: string, detailedByKey: Map<string, SocTitle[]>): string[] {
  for (const parts of listSplits(title)) {
    const last = parts[parts.length - 1].split(" ");
    const first = parts[0].split(" ");
    const codes: string[] = [];
    for (const [i, part] of parts.entries()) {
      // A part first tries words borrowed from the other parts, then itself alone: "database administrators and
      // architects" → "database architects" (not "architects"); "industrial and refractory machinery mechanics"
      // → "industrial machinery mechanics"; "conveyor, dredge, and hoist and winch operators" → "conveyor operators".
      const tries = [
        ...(i > 0 && first.length > 1 ? [`${first.slice(0, -1).join(" ")} ${part}`] : []),
        ...(i < parts.length - 1 && last.length > 1 ? [`${part} ${last.slice(1).join(" ")}`, `${part} ${last[last.length - 1]}`] : []),
        part,
      ];
      const hit = tries.map((t) => detailedByKey.get(words(t))).find((x) => x && x.length > 0);
      if (!hit) {
        codes.length = 0;
        break;
      }
      codes.push(...hit.map((s) => s.code));
    }
    if (codes.length) return [...new Set(codes)];
  }
  return [];
}

type Claim = CensusMatch & { rank: number; order: number };

/**
 * Maps Census titles to SOC codes (see the module comment). `soc` must be in SOC file order (each group before
 * its members), as readSocTitles returns it. Returns, per SOC code, the winning Census title and
 * kind; per Census title, every code it reached; and the Census titles that reached none.
 */
export function matchCensusTitles(
  censusTitles: readonly string[],
  soc: readonly SocTitle[],
): { bySoc: Map<string, { censusTitle: string; kind: MatchKind }>; byTitle: Map<string, CensusMatch[]>; unmatched: string[] } {
  const index = (keysOf: (t: string) => string[], levels?: SocTitle["level"][]) => {
    const m = new Map<string, SocTitle[]>();
    for (const s of soc) {
      if (levels && !levels.includes(s.level)) continue;
      for (const k of keysOf(s.title)) m.set(k, [...(m.get(k) ?? []), s]);
    }
    return m;
  };
  const byExact = index((t) => [exactKey(t)]);
  const byNorm = index((t) => normalizedKeys(t));
  const byNormNoExcept = index((t) => normalizedKeys(t, true));
  // Detailed titles, also by their first member ("Conveyor Operators and Tenders" → "conveyor operators").
  const detailedByKey = index(
    (t) => [...normalizedKeys(t), ...normalizedKeys(t, true), words(exactKey(t).replace(/,?\s+except\b.*$/, "").split(/\s+and\s+|,\s*/)[0])],
    ["detailed"],
  );
  const groupsByNorm = index((t) => [words(exactKey(t))], ["broad", "minor"]);
  const levelOf = new Map(soc.map((s) => [s.code, s.level]));
  // Detailed codes per broad and minor group, from the file order (parents before children): codes alone do not
  // always tell (broad 11-3110 sits under minor 11-3000).
  const members = new Map<string, string[]>();
  let minor = "";
  let broad = "";
  for (const s of soc) {
    if (s.level === "major") minor = broad = "";
    else if (s.level === "minor") [minor, broad] = [s.code, ""];
    else if (s.level === "broad") broad = s.code;
    else for (const g of [minor, broad]) if (g) members.set(g, [...(members.get(g) ?? []), s.code]);
  }
  const inside = (group: string) => (members.get(group) ?? []).filter((c) => c !== group);
  const titles = [...new Set(censusTitles)];

  // Pass 1: direct matches — exact, normalized, then (weakest) ignoring ", except …", then a list title whose
  // every part is a detailed SOC title ("Orderlies and psychiatric aides" → 31-1132, 31-1133).
  const direct = new Map<string, CensusMatch[]>();
  for (const title of titles) {
    const hit = (ss: SocTitle[] | undefined, kind: MatchKind) => (ss ?? []).map((s) => ({ socCode: s.code, kind }));
    let found = hit(byExact.get(exactKey(title)), "exact");
    for (const k of normalizedKeys(title)) if (found.length === 0) found = hit(byNorm.get(k), "normalized");
    for (const k of normalizedKeys(title, true)) if (found.length === 0) found = hit(byNormNoExcept.get(k), "normalized");
    if (found.length === 0) found = matchListTitle(title, detailedByKey).map((socCode) => ({ socCode, kind: "group" as const }));
    direct.set(title, found);
  }
  const claimedBy = new Map<string, Set<string>>();
  for (const [title, ms] of direct)
    for (const m of ms) claimedBy.set(m.socCode, new Set([...(claimedBy.get(m.socCode) ?? []), title]));
  const claimedByOther = (code: string, title: string) => [...(claimedBy.get(code) ?? [])].some((t) => t !== title);

  // Pass 2: a title equal to a broad or minor group covers the whole group when no other title matched inside it.
  // Pass 3: otherwise (and for "Other X" where X is a broad or minor group) it covers the group's codes that no
  // other title reached in pass 1 or 2 (the residual, e.g. "Other physicians" → 29-1210 minus 29-1214, 29-1224).
  const claims: Claim[] = [];
  const full = new Set<string>();
  const residualGroups = new Map<string, string[]>();
  titles.forEach((title, order) => {
    const ms = direct.get(title)!;
    for (const m of ms) claims.push({ ...m, rank: m.kind === "exact" ? 0 : m.kind === "normalized" ? 1 : 2, order });
    const groups = ms.filter((m) => levelOf.get(m.socCode) === "broad" || levelOf.get(m.socCode) === "minor").map((m) => m.socCode);
    const other = /^other (.+)$/.exec(exactKey(title));
    const residual: string[] = [];
    if (other) for (const g of groupsByNorm.get(words(other[1])) ?? []) residual.push(g.code);
    for (const g of groups) {
      const codes = inside(g);
      if (codes.some((c) => claimedByOther(c, title))) residual.push(g);
      else
        for (const c of codes) {
          claims.push({ socCode: c, kind: "group", rank: 2, order });
          full.add(c);
        }
    }
    residualGroups.set(title, residual);
  });
  // A residual is not taken when a Census title that matched nothing sits (in table order, which follows the
  // Census codes and so the SOC hierarchy) among the titles that matched inside the group: that title probably
  // covers some of the group's unclaimed codes ("Conveyor, dredge, … operators" inside 53-7000).
  const unmatchedOrders = titles.map((t, i) => (direct.get(t)!.length === 0 ? i : -1)).filter((i) => i >= 0);
  const orderOf = new Map(titles.map((t, i) => [t, i]));
  titles.forEach((title, order) => {
    for (const g of residualGroups.get(title)!) {
      const codes = inside(g);
      const span = [order, ...[g, ...codes].flatMap((c) => [...(claimedBy.get(c) ?? [])].map((t) => orderOf.get(t)!))];
      const [lo, hi] = [Math.min(...span), Math.max(...span)];
      if (unmatchedOrders.some((i) => i > lo && i < hi)) continue;
      for (const c of codes) if (!claimedByOther(c, title) && !full.has(c)) claims.push({ socCode: c, kind: "group", rank: 3, order });
    }
  });

  // Resolve: one Census title per SOC code — best rank, then table order.
  const best = new Map<string, Claim>();
  for (const c of claims) {
    const cur = best.get(c.socCode);
    if (!cur || c.rank < cur.rank || (c.rank === cur.rank && c.order < cur.order)) best.set(c.socCode, c);
  }
  const bySoc = new Map<string, { censusTitle: string; kind: MatchKind }>();
  for (const [code, c] of best) bySoc.set(code, { censusTitle: titles[c.order], kind: c.kind });
  const byTitle = new Map<string, CensusMatch[]>(titles.map((t) => [t, []]));
  for (const [code, c] of [...best].sort(([a], [b]) => a.localeCompare(b))) byTitle.get(titles[c.order])!.push({ socCode: code, kind: c.kind });
  const unmatched = titles.filter((t) => byTitle.get(t)!.length === 0);
  return { bySoc, byTitle, unmatched };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the tables

export type CpsColumn = { field: string; header: RegExp; int?: boolean; scale?: number };

/** Table 11 (race, sex) columns → Demographics fields. */
export const TABLE11: CpsColumn[] = [
  { field: "totalEmployed", header: /^total employed$/, int: true, scale: 1000 },
  { field: "women", header: /^women$/ },
  { field: "white", header: /^white$/ },
  { field: "black", header: /^black or african american$/ },
  { field: "asian", header: /^asian$/ },
  { field: "hispanic", header: /^hispanic or latino$/ },
];

/** Table 11b (age) columns → Demographics fields. */
export const TABLE11B: CpsColumn[] = [
  { field: "totalEmployed", header: /^total, 16 years and over$/, int: true, scale: 1000 },
  { field: "age16to19", header: /^16 to 19 years$/, int: true, scale: 1000 },
  { field: "age20to24", header: /^20 to 24 years$/, int: true, scale: 1000 },
  { field: "age25to34", header: /^25 to 34 years$/, int: true, scale: 1000 },
  { field: "age35to44", header: /^35 to 44 years$/, int: true, scale: 1000 },
  { field: "age45to54", header: /^45 to 54 years$/, int: true, scale: 1000 },
  { field: "age55to64", header: /^55 to 64 years$/, int: true, scale: 1000 },
  { field: "age65plus", header: /^65 years and over$/, int: true, scale: 1000 },
  { field: "medianAge", header: /^median age$/ },
];

export type CpsRecord = { title: string; values: Record<string, number | null>; suppressed: string[] };

/**
 * Reads one CPS table: finds the header row (first cell "Occupation" and all the expected column headers, which
 * may sit on the row below a "Percent of total employed" spanner), then one record per row that has a title
 * and a total. Total rows ("Total, 16 years and over", "Total employed") are returned too; notes are skipped.
 */
export async function readCpsTable(file: string, columns: CpsColumn[]): Promise<{ year: number; records: CpsRecord[] }> {
  const { name: sheet, rows } = await readSheet(file, 0);
  const where = { file, sheet };
  let h = -1;
  let col: number[] = [];
  for (let i = 0; i < Math.min(rows.length, 20) && h < 0; i++) {
    const keys = (rows[i] ?? []).map(headerKey);
    if (keys[0] !== "occupation") continue;
    const idx = columns.map((c) => keys.findIndex((k) => c.header.test(k)));
    if (idx.every((x) => x >= 0)) {
      h = i;
      col = idx;
    }
  }
  if (h < 0) {
    // Name what is missing, judged against the best candidate header row.
    let best: string[] = columns.map((c) => c.header.source);
    for (let i = 0; i < Math.min(rows.length, 20); i++) {
      const keys = (rows[i] ?? []).map(headerKey);
      if (keys[0] !== "occupation") continue;
      const missing = columns.filter((c) => !keys.some((k) => c.header.test(k))).map((c) => c.header.source);
      if (missing.length < best.length) best = missing;
    }
    throw new SourceError(`no header row with all the columns; missing: ${best.map((s) => s.replace(/^\^|\$$/g, "")).join(", ")}`, where);
  }
  // The year sits in a row above the header, next to "Occupation" (2022 or "2025").
  let year = NaN;
  for (let i = h - 1; i >= 0 && Number.isNaN(year); i--) {
    const y = (rows[i] ?? []).slice(1).map((c) => cleanText(c)).find((c) => /^(19|20)\d{2}$/.test(c));
    if (y) year = Number(y);
  }
  if (Number.isNaN(year)) throw new SourceError("no year found above the header row", { ...where, row: h + 1 });

  const records: CpsRecord[] = [];
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i] ?? [];
    const title = cleanText(row[0]).replace(/\s+/g, " ");
    const cells = col.map((c) => row[c]);
    if (!title && cells.every((c) => cleanText(c as Cell) === "")) continue;
    if (/^note:/i.test(title) || /^footnotes?:/i.test(title)) continue;
    const at: Where = { ...where, row: i + 1 };
    if (!title) throw new SourceError("figures without an occupation title", at);
    if (cells.every((c) => cleanText(c as Cell) === "")) continue; // a heading row without figures
    const fig = new FigureRow(at);
    columns.forEach((c, k) => fig.set(c.field, row[col[k]], rows[h][col[k]] ? cleanText(rows[h][col[k]]) : c.field, { int: c.int, scale: c.scale }));
    if (fig.values.totalEmployed == null) throw new SourceError(`no total employed for ${JSON.stringify(title)}`, at);
    records.push({ title, values: fig.values, suppressed: fig.suppressed });
  }
  if (records.length === 0) throw new SourceError("no data rows", where);
  return { year, records };
}

const isTotalRow = (title: string) => /^total\b/i.test(title);

/**
 * Reads both CPS tables and matches their titles to SOC codes. Returns Demographics rows (one per SOC code and
 * table), and the Census titles that matched no SOC code. Pass `socTitles` (all levels, e.g. from the SOC reader)
 * to skip reading soc_2018_definitions.xlsx again.
 */
export async function readCpsDemographics(
  dataDir: string,
  opts: { socTitles?: readonly SocTitle[] } = {},
): Promise<{ rows: DemographicsRow[]; unmatched: string[] }> {
  const soc = opts.socTitles ?? (await readSocTitles(dataDir));
  const t11 = await readCpsTable(path.join(dataDir, "bls-cps", "cpsaat11_2022.xlsx"), TABLE11);
  const t11b = await readCpsTable(path.join(dataDir, "bls-cps", "cpsaat11b_2025.xlsx"), TABLE11B);
  const tables = [
    { ...t11, source: SOURCES.cpsRaceSex, file: path.join(dataDir, "bls-cps", "cpsaat11_2022.xlsx") },
    { ...t11b, source: SOURCES.cpsAge, file: path.join(dataDir, "bls-cps", "cpsaat11b_2025.xlsx") },
  ];
  const rows: DemographicsRow[] = [];
  const unmatched = new Set<string>();
  for (const table of tables) {
    const total = table.records.find((r) => isTotalRow(r.title));
    if (!total) throw new SourceError(`no "Total …" row for all occupations (table ${table.source}, ${table.year})`, { file: table.file });
    rows.push({
      socCode: "00-0000",
      censusTitle: total.title,
      matchKind: "total",
      year: table.year,
      source: table.source,
      ...(total.values as Partial<DemographicsRow>),
      suppressed: total.suppressed,
    });
    const records = table.records.filter((r) => !isTotalRow(r.title));
    const byCensus = new Map<string, CpsRecord>();
    for (const r of records) if (!byCensus.has(r.title)) byCensus.set(r.title, r);
    const { bySoc, unmatched: none } = matchCensusTitles([...byCensus.keys()], soc);
    none.forEach((t) => unmatched.add(t));
    for (const [socCode, { censusTitle, kind }] of [...bySoc].sort(([a], [b]) => a.localeCompare(b))) {
      const r = byCensus.get(censusTitle)!;
      rows.push({
        socCode,
        censusTitle,
        matchKind: kind,
        year: table.year,
        source: table.source,
        ...(r.values as Partial<DemographicsRow>),
        suppressed: r.suppressed,
      });
    }
  }
  return { rows, unmatched: [...unmatched] };
}

/** Distinct detailed SOC codes (NN-NNN[1-9]) among the rows: the coverage figure. */
export function detailedCodesCovered(rows: readonly DemographicsRow[]): Set<string> {
  return new Set(rows.map((r) => r.socCode).filter(isDetailedSoc));
}
