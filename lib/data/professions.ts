import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { wage, type Wage } from "@/lib/data/careers";
import { groupSlug, letterOf, LETTERS, majorCodeFrom, type Letter } from "@/lib/professions/groups";

/*
 * Explore professions: the A–Z index of job titles and the SOC hierarchy, group by group. Each read is a fixed,
 * small number of queries whatever the size of the group or letter.
 */

type Db = PrismaClient;

export type MajorGroup = { code: string; title: string; slug: string; occupations: number };

export type TitleEntry = {
  title: string;
  /** OCCUPATION: the occupation's own title; REPORTED / ALTERNATE: another name for it. */
  kind: "OCCUPATION" | "REPORTED" | "ALTERNATE";
  occupation: { slug: string; title: string };
};

export type TitleLetter = {
  letter: Letter;
  /** Entries per letter, for the letter navigation (same cut and de-duplication as `entries`). */
  counts: Record<Letter, number>;
  entries: TitleEntry[];
  sources: string[];
};

export type GroupOccupation = {
  onetCode: string;
  socCode: string;
  title: string;
  slug: string;
  /** National median pay; `hourly` when BLS publishes hourly figures only; `broader` when the figure is that of a wider BLS group. */
  pay: { median: Wage; hourly: boolean; broader: boolean } | null;
};

export type GroupNode = {
  code: string;
  level: "MINOR" | "BROAD" | "DETAILED";
  title: string;
  children: GroupNode[];
  occupations: GroupOccupation[];
};

export type ProfessionGroup = {
  major: MajorGroup;
  minors: GroupNode[];
  /** Where the pay figures come from; null when none of the group's occupations has one. */
  pay: { source: string; year: number; period: string } | null;
  classification: { source: string; year: number };
};

/** Titles in the A–Z index: every occupation title, every reported title O*NET shows in My Next Move, and
 * alternate titles listed by at least four of O*NET's sources (about 5,000 in all, at most ~600 a letter). */
const INDEX_CUT_SQL = `(t."rank" >= 80 OR (t."kind" = 'ALTERNATE' AND t."rank" >= 44))`;

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** The SOC major groups in code order, each with its number of occupations. */
export async function readMajorGroups(prisma: Db): Promise<MajorGroup[]> {
  const [majors, counts] = await Promise.all([
    prisma.socGroup.findMany({ where: { level: "MAJOR" }, orderBy: { code: "asc" }, select: { code: true, title: true } }),
    prisma.occupation.groupBy({ by: ["majorCode"], _count: { _all: true } }),
  ]);
  const byCode = new Map(counts.map((c) => [c.majorCode, c._count._all]));
  return majors.map((m) => ({ code: m.code, title: m.title, slug: groupSlug(m.title), occupations: byCode.get(m.code) ?? 0 }));
}

/** The index letter of a title, in SQL: the same rule as `letterOf` (a–z, else "0-9"). */
const LETTER_SQL = `CASE WHEN lower(left(t."title", 1)) ~ '^[a-z]' THEN lower(left(t."title", 1)) ELSE '0-9' END`;

/** How many entries each letter of the A–Z index has (same cut and de-duplication as a letter page). */
export async function readLetterCounts(prisma: Db): Promise<Record<Letter, number>> {
  const rows = await prisma.$queryRaw<{ letter: string; n: number }[]>`
    SELECT ${Prisma.raw(LETTER_SQL)} AS "letter", count(DISTINCT lower(t."title") || '|' || t."onetCode")::int AS "n"
      FROM "JobTitle" t WHERE ${Prisma.raw(INDEX_CUT_SQL)} GROUP BY 1`;
  const counts = Object.fromEntries(LETTERS.map((l) => [l, 0])) as Record<Letter, number>;
  for (const r of rows) if (r.letter in counts) counts[r.letter as Letter] = r.n;
  return counts;
}

/** One letter of the A–Z index, with the number of entries under every letter. Two queries. */
export async function readTitleLetter(prisma: Db, letter: Letter): Promise<TitleLetter> {
  const [counts, raw] = await Promise.all([
    readLetterCounts(prisma),
    prisma.$queryRaw<{ title: string; kind: string; source: string; slug: string; occupationTitle: string }[]>`
      SELECT t."title", t."kind"::text AS "kind", t."source", o."slug", o."title" AS "occupationTitle"
        FROM "JobTitle" t JOIN "Occupation" o ON o."onetCode" = t."onetCode"
       WHERE ${Prisma.raw(INDEX_CUT_SQL)} AND ${Prisma.raw(LETTER_SQL)} = ${letter}
       ORDER BY t."rank" DESC, t."id" ASC`,
  ]);
  const rows = raw.map((r) => ({ title: r.title, kind: r.kind, source: r.source, occupation: { slug: r.slug, title: r.occupationTitle } }));

  const seen = new Set<string>();
  const entries: TitleEntry[] = [];
  const sources = new Set<string>();
  for (const r of rows) {
    if (letterOf(r.title) !== letter) continue;
    const key = `${r.title.toLowerCase()}|${r.occupation.slug}`;
    if (seen.has(key)) continue;
    seen.add(key);
    sources.add(r.source);
    entries.push({ title: r.title, kind: r.kind as TitleEntry["kind"], occupation: r.occupation });
  }
  entries.sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.occupation.title, b.occupation.title));
  return { letter, counts, entries, sources: [...sources].sort() };
}

export type GroupLookup = { kind: "found"; group: ProfessionGroup } | { kind: "redirect"; slug: string } | { kind: "missing" };

/** One major group by its slug; a SOC code ("29-0000" or "29") asks for a redirect to the slug. */
export async function readProfessionGroup(prisma: Db, segment: string): Promise<GroupLookup> {
  const majors = await readMajorGroups(prisma);
  const code = majorCodeFrom(segment);
  if (code) {
    const m = majors.find((g) => g.code === code);
    return m ? { kind: "redirect", slug: m.slug } : { kind: "missing" };
  }
  const major = majors.find((g) => g.slug === segment);
  if (!major) return { kind: "missing" };

  const prefix = major.code.slice(0, 3); // "29-"
  const [groups, occupations] = await Promise.all([
    prisma.socGroup.findMany({
      where: { code: { startsWith: prefix }, level: { not: "MAJOR" } },
      orderBy: { code: "asc" },
      select: { code: true, level: true, title: true, parentCode: true },
    }),
    prisma.occupation.findMany({
      where: { majorCode: major.code },
      orderBy: { onetCode: "asc" },
      select: { onetCode: true, socCode: true, statCode: true, title: true, slug: true },
    }),
  ]);
  const statCodes = [...new Set(occupations.map((o) => o.statCode).filter((c): c is string => Boolean(c)))];
  const wages =
    statCodes.length > 0
      ? await prisma.wageStat.findMany({
          where: { areaType: "NATIONAL", socCode: { in: statCodes } },
          orderBy: { year: "desc" },
          select: {
            socCode: true,
            year: true,
            source: true,
            annualMedian: true,
            hourlyMedian: true,
            hourlyOnly: true,
            topCoded: true,
            suppressed: true,
          },
        })
      : [];
  const payYear = wages[0]?.year ?? null;
  const latest = new Map(wages.filter((w) => w.year === payYear).map((w) => [w.socCode, w]));

  const nodes = new Map<string, GroupNode>();
  for (const g of groups) {
    nodes.set(g.code, { code: g.code, level: g.level as GroupNode["level"], title: g.title, children: [], occupations: [] });
  }
  const minors: GroupNode[] = [];
  for (const g of groups) {
    const node = nodes.get(g.code)!;
    const parent = g.parentCode ? nodes.get(g.parentCode) : undefined;
    if (parent) parent.children.push(node);
    else if (node.level === "MINOR") minors.push(node);
  }
  for (const o of occupations) {
    const w = o.statCode ? latest.get(o.statCode) : undefined;
    const pay = w
      ? {
          median: w.hourlyOnly ? wage(w, "hourlyMedian") : wage(w, "annualMedian"),
          hourly: w.hourlyOnly,
          broader: o.statCode !== o.socCode,
        }
      : null;
    const entry = { onetCode: o.onetCode, socCode: o.socCode, title: o.title, slug: o.slug, pay };
    const home = nodes.get(o.socCode);
    if (home) home.occupations.push(entry);
  }
  const payRow = wages[0];
  return {
    kind: "found",
    group: {
      major,
      minors,
      pay: payRow ? { source: payRow.source, year: payRow.year, period: `May ${payRow.year}` } : null,
      classification: { source: "SOC 2018", year: 2018 },
    },
  };
}

export const getMajorGroups = cache(async () => readMajorGroups(await db()));
export const getLetterCounts = cache(async () => readLetterCounts(await db()));
export const getTitleLetter = cache(async (letter: Letter) => readTitleLetter(await db(), letter));
export const getProfessionGroup = cache(async (segment: string) => readProfessionGroup(await db(), segment));
