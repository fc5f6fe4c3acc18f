import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { fingerprint, sharedCache } from "@/lib/data/shared-cache";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { brightOutlook, brightOutlookRule, outlookBaseline, type BrightOutlook, type OutlookBaseline } from "@/lib/data/outlook";
import { applyOccupationEdit, type CareerEditorial, type CareerRole } from "@/lib/data/editorial";

/*
 * The career profile: one occupation with every figure the site knows about it, read in a fixed number of
 * queries (all in parallel after the occupation itself) and returned as plain objects. Every group of figures
 * names its source and reference year; a value the publisher suppressed or top-coded stays null with a flag.
 */

/** One published wage: null when not published; `topCoded` when at or above the OEWS top-code. */
export type Wage = { value: number | null; topCoded: boolean; suppressed: boolean };

export type Provenance = { source: string; year: number };

export type WageSummary = Provenance & {
  /** OEWS reference period, "May 2025". */
  period: string;
  employment: number | null;
  annualOnly: boolean;
  hourlyOnly: boolean;
  annual: { p10: Wage; p25: Wage; median: Wage; p75: Wage; p90: Wage; mean: Wage };
  hourly: { p10: Wage; p25: Wage; median: Wage; p75: Wage; p90: Wage; mean: Wage };
};

export type TrendPoint = Provenance & {
  median: Wage;
  mean: Wage;
  p10: Wage;
  p90: Wage;
  /** Hourly figures, for occupations BLS publishes hourly only (performers). */
  hourly: { median: Wage; p10: Wage; p90: Wage };
  employment: number | null;
};

export type AreaWage = { code: string; name: string; median: Wage; mean: Wage; hourlyMedian: Wage; employment: number | null };

export type AreaWages = Provenance & {
  period: string;
  /** Areas with a published median, highest first. */
  ranked: AreaWage[];
  /** How many areas the source lists for this occupation at all. */
  listed: number;
  /** Areas listed without a published median (by name). */
  unranked: AreaWage[];
};

export type CareerProfile = {
  occupation: {
    onetCode: string;
    socCode: string;
    /** The code BLS publishes this occupation's figures under (may be a broader OEWS/NEM group); null: none. */
    statCode: string | null;
    /** The title of the statCode group when it differs from the occupation ("Buyers and purchasing agents"). */
    statTitle: string | null;
    title: string;
    slug: string;
    description: string | null;
    jobZone: number | null;
    jobZoneLabel: string | null;
    major: { code: string; title: string } | null;
    source: string;
    year: number;
  };
  /** A short factual summary written by our code from the figures below (not publisher prose). */
  summary: string;
  pay: WageSummary | null;
  trend: TrendPoint[];
  /** The median for all occupations in the same OEWS year as `pay`, for comparison. */
  allOccupationsMedian: (Provenance & { value: number | null }) | null;
  states: AreaWages | null;
  metros: AreaWages | null;
  industries: AreaWages | null;
  projection:
    | (Provenance & {
        baseYear: number;
        targetYear: number;
        employmentBase: number | null;
        employmentTarget: number | null;
        change: number | null;
        changePercent: number | null;
        openingsAnnual: number | null;
        education: string | null;
        experience: string | null;
        training: string | null;
        /** The bright-outlook rule (lib/data/outlook.ts) applied to these figures, with its baseline. */
        brightOutlook: BrightOutlook;
        baseline: OutlookBaseline | null;
      })
    | null;
  education: (Provenance & { approximate: boolean; shares: { level: number; label: string; percent: number | null }[] }) | null;
  /** `chosenByEditors`: the top skills were chosen and ordered by editors (ratings stay O*NET's). */
  skills: (Provenance & { items: Rating[]; chosenByEditors?: boolean }) | null;
  knowledge: (Provenance & { items: Rating[] }) | null;
  technology: (Provenance & { items: { example: string; category: string; hot: boolean; inDemand: boolean }[] }) | null;
  tasks: (Provenance & { items: { statement: string; core: boolean }[] }) | null;
  demographics: {
    /** CPS Table 11: women and race/ethnicity shares. */
    people: (Demographic & { women: number | null; white: number | null; black: number | null; asian: number | null; hispanic: number | null }) | null;
    /** CPS Table 11b: age. */
    age: (Demographic & { medianAge: number | null; bands: { label: string; count: number | null }[] }) | null;
    /** The same tables' "all employed" rows, for comparison. */
    allWorkers: { women: number | null; medianAge: number | null; peopleYear: number | null; ageYear: number | null };
  };
  majors: { source: string; items: { cipCode: string; title: string }[] } | null;
  colleges:
    | (Provenance & {
        items: { rank: number; name: string; city: string | null; state: string | null; degrees: number; associates: number; bachelors: number; graduate: number }[];
      })
    | null;
  related: (Provenance & { items: { onetCode: string; slug: string; title: string; tier: string }[] }) | null;
  /** Other titles for this job: O*NET reported titles (job postings, incumbents) and alternate titles. */
  alsoCalled: { sources: string[]; items: string[] } | null;
  /** Editors' overlay (lib/data/editorial.ts); null when the occupation was never edited. */
  editorial: CareerEditorial | null;
  /** Set when the page is a curated role framed on this occupation. */
  role: CareerRole | null;
};

export type Rating = { name: string; importance: number | null; level: number | null };

type Demographic = Provenance & {
  censusTitle: string;
  /** "exact" or "normalized": the Census title is this occupation; "group": a broader Census group. */
  matchKind: string;
  broader: boolean;
  totalEmployed: number | null;
  suppressed: string[];
};

export const JOB_ZONES: Record<number, string> = {
  1: "Little or no preparation needed",
  2: "Some preparation needed",
  3: "Medium preparation needed",
  4: "Considerable preparation needed",
  5: "Extensive preparation needed",
};

export const ONET_SOURCE = "O*NET 29.0";
export const ONET_YEAR = 2024;
const CROSSWALK_SOURCE = "NCES/BLS CIP 2020–SOC 2018 crosswalk";
const MAX_METROS = 10;
const MAX_RATINGS = 10;
const MAX_TITLES = 12;

type Db = PrismaClient;
type Where = { slug: string } | { code: string };

/** Reads one career by slug or code from the given client. Exported for tests; pages use getCareer. */
export async function readCareer(prisma: Db, where: Where): Promise<CareerProfile | null> {
  const occupation =
    "slug" in where
      ? await prisma.occupation.findUnique({ where: { slug: where.slug } })
      : await prisma.occupation.findFirst({
          where: where.code.includes(".") ? { onetCode: where.code } : { socCode: where.code },
          orderBy: { onetCode: "asc" }, // "15-1232.00" before "15-1232.01"
        });
  if (!occupation) return null;

  const stat = occupation.statCode;
  const codes = [...new Set([stat, occupation.socCode].filter((c): c is string => Boolean(c)))];
  const statOnly = stat ?? "__none__";
  const onet = occupation.onetCode;
  const editRead = prisma.occupationEdit.findUnique({ where: { onetCode: onet } });

  const [
    groups,
    national,
    states,
    metros,
    industries,
    projections,
    educationRows,
    demographics,
    ratings,
    technology,
    tasks,
    related,
    majors,
    colleges,
    titles,
    decades,
  ] = await Promise.all([
    prisma.socGroup.findMany({ where: { code: { in: [occupation.majorCode, statOnly] } }, select: { code: true, title: true } }),
    prisma.wageStat.findMany({
      where: { areaType: "NATIONAL", socCode: { in: [statOnly, "00-0000"] } },
      orderBy: { year: "asc" },
    }),
    prisma.wageStat.findMany({ where: { areaType: "STATE", socCode: statOnly }, orderBy: [{ year: "desc" }, { areaName: "asc" }] }),
    prisma.wageStat.findMany({
      where: { areaType: "METRO", socCode: statOnly },
      select: { areaCode: true, areaName: true, year: true, source: true, annualMedian: true, topCoded: true, suppressed: true },
      orderBy: [{ year: "desc" }, { annualMedian: { sort: "desc", nulls: "last" } }],
    }),
    prisma.wageStat.findMany({ where: { areaType: "INDUSTRY", socCode: statOnly }, orderBy: [{ year: "desc" }, { areaName: "asc" }] }),
    prisma.projection.findMany({ where: { socCode: { in: codes } }, orderBy: { baseYear: "desc" } }),
    prisma.educationShare.findMany({ where: { socCode: { in: codes } }, orderBy: [{ year: "desc" }, { level: "asc" }] }),
    prisma.demographics.findMany({ where: { socCode: { in: [...codes, "00-0000"] } }, orderBy: { year: "desc" } }),
    prisma.skillRating.findMany({
      where: { onetCode: onet, domain: { in: ["SKILL", "KNOWLEDGE"] }, suppressed: false, notRelevant: false },
      orderBy: [{ importance: { sort: "desc", nulls: "last" } }, { level: { sort: "desc", nulls: "last" } }, { name: "asc" }],
    }),
    prisma.technologySkill.findMany({
      where: { onetCode: onet },
      orderBy: [{ hot: "desc" }, { inDemand: "desc" }, { example: "asc" }],
    }),
    prisma.task.findMany({ where: { onetCode: onet }, orderBy: [{ core: "desc" }, { taskId: "asc" }] }),
    // Related occupations and their titles: two queries, whatever the number of related careers.
    prisma.relatedOccupation
      .findMany({ where: { onetCode: onet }, orderBy: { index: "asc" }, take: 12 })
      .then(async (rows) => {
        if (rows.length === 0) return { rows, occupations: [] };
        const occupations = await prisma.occupation.findMany({
          where: { onetCode: { in: rows.map((r) => r.relatedCode) } },
          select: { onetCode: true, slug: true, title: true },
        });
        return { rows, occupations };
      }),
    prisma.cipSoc.findMany({ where: { socCode: { in: codes } }, orderBy: { cipTitle: "asc" } }),
    prisma.topCollege.findMany({
      where: { socCode: { in: codes } },
      orderBy: [{ year: "desc" }, { rank: "asc" }],
      take: 40,
      include: { institution: { select: { name: true, city: true, state: true } } },
    }),
    prisma.jobTitle.findMany({
      where: { onetCode: onet, kind: { in: ["REPORTED", "ALTERNATE"] } },
      orderBy: [{ rank: "desc" }, { title: "asc" }],
      select: { title: true, source: true, kind: true },
      take: 40,
    }),
    // Employment summed over all detailed occupations per decade: the all-occupations growth for the bright outlook.
    prisma.projection.groupBy({
      by: ["baseYear", "targetYear", "source"],
      where: { socCode: { not: "00-0000" }, employmentBase: { not: null }, employmentTarget: { not: null } },
      _sum: { employmentBase: true, employmentTarget: true },
    }),
  ]);

  const groupTitle = (code: string) => groups.find((g) => g.code === code)?.title ?? null;

  // Pay: the latest national year with the occupation's own row; the trend is every year.
  const own = national.filter((r) => r.socCode === stat);
  const latest = own.at(-1) ?? null;
  const pay = latest ? wageSummary(latest) : null;
  const trend: TrendPoint[] = own.map((r) => ({
    source: r.source,
    year: r.year,
    median: wage(r, "annualMedian"),
    mean: wage(r, "annualMean"),
    p10: wage(r, "annualP10"),
    p90: wage(r, "annualP90"),
    hourly: { median: wage(r, "hourlyMedian"), p10: wage(r, "hourlyP10"), p90: wage(r, "hourlyP90") },
    employment: r.employment,
  }));
  const allRow = latest ? national.find((r) => r.socCode === "00-0000" && r.year === latest.year) : undefined;
  const allOccupationsMedian = allRow ? { source: allRow.source, year: allRow.year, value: allRow.annualMedian } : null;

  // States: the latest full release only (May 2025); the reduced May 2023 fill-ins carry means only.
  const stateYear = states.find((r) => r.source === "BLS OEWS")?.year ?? null;
  const stateRows = states.filter((r) => r.year === stateYear && r.source === "BLS OEWS");
  const statesOut = stateRows.length > 0 ? areaWages(stateRows) : null;

  const metroYear = metros[0]?.year ?? null;
  const metroRows = metros.filter((r) => r.year === metroYear);
  const metrosOut =
    metroRows.length > 0
      ? {
          source: metroRows[0].source,
          year: metroRows[0].year,
          period: period(metroRows[0].year),
          listed: metroRows.length,
          unranked: [],
          ranked: metroRows
            .filter((r) => r.annualMedian != null)
            .slice(0, MAX_METROS)
            .map((r) => ({
              code: r.areaCode,
              name: r.areaName,
              median: wage(r, "annualMedian"),
              mean: { value: null, topCoded: false, suppressed: false },
              hourlyMedian: { value: null, topCoded: false, suppressed: false },
              employment: null,
            })),
        }
      : null;

  const industryYear = industries[0]?.year ?? null;
  const industryRows = industries.filter((r) => r.year === industryYear);
  const industriesOut = industryRows.length > 0 ? areaWages(industryRows) : null;

  const proj = projections.find((p) => p.socCode === stat) ?? projections[0] ?? null;
  const decade = proj ? decades.find((d) => d.baseYear === proj.baseYear && d.source === proj.source) : undefined;
  const baseline = decade
    ? outlookBaseline(
        { employmentBase: decade._sum.employmentBase ?? 0, employmentTarget: decade._sum.employmentTarget ?? 0 },
        { source: decade.source, baseYear: decade.baseYear, targetYear: decade.targetYear },
      )
    : null;
  const projection = proj
    ? {
        source: proj.source,
        year: proj.baseYear,
        baseYear: proj.baseYear,
        targetYear: proj.targetYear,
        employmentBase: proj.employmentBase,
        employmentTarget: proj.employmentTarget,
        change: proj.change,
        changePercent: proj.changePercent,
        openingsAnnual: proj.openingsAnnual,
        education: proj.education,
        experience: proj.experience,
        training: proj.training,
        brightOutlook: brightOutlook(proj, baseline),
        baseline,
      }
    : null;

  const eduCode = educationRows.some((r) => r.socCode === stat) ? stat : educationRows[0]?.socCode;
  const eduYear = educationRows.find((r) => r.socCode === eduCode)?.year;
  const eduRows = educationRows.filter((r) => r.socCode === eduCode && r.year === eduYear);
  const education =
    eduRows.length > 0
      ? {
          source: eduRows[0].source,
          year: eduRows[0].year,
          approximate: eduRows.some((r) => r.approximate),
          shares: eduRows.map((r) => ({ level: r.level, label: r.label, percent: r.percent })),
        }
      : null;

  const pickDemo = (table: "11" | "11b") => {
    const rows = demographics.filter((d) => d.socCode !== "00-0000" && d.source.endsWith(`Table ${table}`));
    return rows.find((d) => d.socCode === stat) ?? rows.find((d) => d.socCode === occupation.socCode) ?? rows[0] ?? null;
  };
  const peopleRow = pickDemo("11");
  const ageRow = pickDemo("11b");
  const allPeople = demographics.find((d) => d.socCode === "00-0000" && d.source.endsWith("Table 11"));
  const allAge = demographics.find((d) => d.socCode === "00-0000" && d.source.endsWith("Table 11b"));
  const demoBase = (d: NonNullable<typeof peopleRow>): Demographic => ({
    source: d.source,
    year: d.year,
    censusTitle: d.censusTitle,
    matchKind: d.matchKind,
    broader: d.matchKind === "group",
    totalEmployed: d.totalEmployed,
    suppressed: d.suppressed,
  });

  const skillRows = ratings.filter((r) => r.domain === "SKILL");
  const knowledgeRows = ratings.filter((r) => r.domain === "KNOWLEDGE");
  const ratingGroup = (rows: typeof ratings) =>
    rows.length > 0
      ? {
          source: rows[0].source,
          year: rows[0].year,
          items: rows.slice(0, MAX_RATINGS).map((r) => ({ name: r.name, importance: r.importance, level: r.level })),
        }
      : null;

  const collegeYear = colleges[0]?.year;
  const collegeCode = colleges.some((c) => c.socCode === stat && c.year === collegeYear) ? stat : colleges[0]?.socCode;
  const collegeRows = colleges.filter((c) => c.year === collegeYear && c.socCode === collegeCode).slice(0, 10);

  const bySlug = new Map(related.occupations.map((o) => [o.onetCode, o]));
  const relatedItems = related.rows.flatMap((r) => {
    const o = bySlug.get(r.relatedCode);
    return o ? [{ onetCode: o.onetCode, slug: o.slug, title: o.title, tier: r.tier }] : [];
  });

  const majorsSeen = new Set<string>();
  const majorItems = majors.flatMap((m) => {
    if (majorsSeen.has(m.cipCode)) return [];
    majorsSeen.add(m.cipCode);
    return [{ cipCode: m.cipCode, title: m.cipTitle }];
  });

  const seenTitles = new Set([occupation.title.toLowerCase()]);
  const titleRows = titles.filter((t) => {
    const key = t.title.toLowerCase();
    if (seenTitles.has(key)) return false;
    seenTitles.add(key);
    return true;
  }).slice(0, MAX_TITLES);
  const titleSources = [...new Set(titleRows.map((t) => `${t.source} ${t.kind === "REPORTED" ? "reported" : "alternate"} titles`))].sort();

  const statTitle = stat && stat !== occupation.socCode ? groupTitle(stat) : null;

  const profile: CareerProfile = {
    occupation: {
      onetCode: occupation.onetCode,
      socCode: occupation.socCode,
      statCode: stat,
      statTitle,
      title: occupation.title,
      slug: occupation.slug,
      description: occupation.description,
      jobZone: occupation.jobZone,
      jobZoneLabel: occupation.jobZone != null ? (JOB_ZONES[occupation.jobZone] ?? null) : null,
      major: groupTitle(occupation.majorCode) ? { code: occupation.majorCode, title: groupTitle(occupation.majorCode)! } : null,
      source: ONET_SOURCE,
      year: ONET_YEAR,
    },
    summary: "",
    pay,
    trend,
    allOccupationsMedian,
    states: statesOut,
    metros: metrosOut,
    industries: industriesOut,
    projection,
    education,
    skills: ratingGroup(skillRows),
    knowledge: ratingGroup(knowledgeRows),
    technology:
      technology.length > 0
        ? {
            source: technology[0].source,
            year: technology[0].year,
            items: technology.map((t) => ({ example: t.example, category: t.commodityTitle, hot: t.hot, inDemand: t.inDemand })),
          }
        : null,
    tasks:
      tasks.length > 0
        ? { source: tasks[0].source, year: tasks[0].year, items: tasks.map((t) => ({ statement: t.statement, core: t.core })) }
        : null,
    demographics: {
      people: peopleRow
        ? {
            ...demoBase(peopleRow),
            women: peopleRow.women,
            white: peopleRow.white,
            black: peopleRow.black,
            asian: peopleRow.asian,
            hispanic: peopleRow.hispanic,
          }
        : null,
      age: ageRow
        ? {
            ...demoBase(ageRow),
            medianAge: ageRow.medianAge,
            bands: [
              { label: "16–19", count: ageRow.age16to19 },
              { label: "20–24", count: ageRow.age20to24 },
              { label: "25–34", count: ageRow.age25to34 },
              { label: "35–44", count: ageRow.age35to44 },
              { label: "45–54", count: ageRow.age45to54 },
              { label: "55–64", count: ageRow.age55to64 },
              { label: "65+", count: ageRow.age65plus },
            ],
          }
        : null,
      allWorkers: {
        women: allPeople?.women ?? null,
        medianAge: allAge?.medianAge ?? null,
        peopleYear: allPeople?.year ?? null,
        ageYear: allAge?.year ?? null,
      },
    },
    majors: majorItems.length > 0 ? { source: CROSSWALK_SOURCE, items: majorItems } : null,
    colleges:
      collegeRows.length > 0
        ? {
            source: collegeRows[0].source,
            year: collegeRows[0].year,
            items: collegeRows.map((c) => ({
              rank: c.rank,
              name: c.institution.name,
              city: c.institution.city,
              state: c.institution.state,
              degrees: c.degrees,
              associates: c.associates,
              bachelors: c.bachelors,
              graduate: c.graduate,
            })),
          }
        : null,
    related: relatedItems.length > 0 ? { source: related.rows[0].source, year: related.rows[0].year, items: relatedItems } : null,
    alsoCalled: titleRows.length > 0 ? { sources: titleSources, items: titleRows.map((t) => t.title) } : null,
    editorial: null,
    role: null,
  };
  profile.summary = writeSummary(profile);
  return applyOccupationEdit(profile, await editRead, skillRows);
}

const PROFILE_VERSION = fingerprint(readCareer, applyOccupationEdit);

/**
 * The career profile for a page, by slug; null when no occupation has that slug. Cached per request, and
 * across requests with the tags "data" and "occupation:<O*NET code>" (one indexed lookup finds the code).
 */
/** The name a career goes by: a curated role's, else its occupation's title. */
export function careerName(career: CareerProfile): string {
  return career.role?.name ?? career.occupation.title;
}

/** The address of a career's profile: a curated role's slug, else its occupation's. */
export function careerPath(career: CareerProfile): string {
  return `/careers/${career.role?.slug ?? career.occupation.slug}`;
}

export const getCareer = cache(async (slug: string): Promise<CareerProfile | null> => {
  const prisma = await db();
  const occupation = await prisma.occupation.findUnique({ where: { slug }, select: { onetCode: true } });
  if (occupation) {
    return sharedCache(async () => readCareer(await db(), { slug }), ["career-profile", PROFILE_VERSION, slug], ["data", `occupation:${occupation.onetCode}`]);
  }
  // a curated role: the occupation's profile framed by the role, refreshed with the occupation's tag
  const role = await prisma.role.findUnique({ where: { slug }, select: { onetCode: true } });
  if (!role) return null;
  return sharedCache(async () => readRoleCareer(await db(), slug), ["role-profile", PROFILE_VERSION, ROLE_VERSION, slug], ["data", `occupation:${role.onetCode}`]);
});

/** A curated role's page: its occupation's profile with the role's name, description and titles; null when unmapped. */
export async function readRoleCareer(prisma: Db, slug: string): Promise<CareerProfile | null> {
  const role = await prisma.role.findUnique({ where: { slug } });
  const occupation = role ? await prisma.occupation.findUnique({ where: { onetCode: role.onetCode }, select: { slug: true } }) : null;
  const profile = occupation ? await readCareer(prisma, { slug: occupation.slug }) : null;
  if (!role || !profile) return null;
  return { ...profile, role: { slug: role.slug, name: role.name, description: role.description, titles: role.titles } };
}

const ROLE_VERSION = fingerprint(readRoleCareer, applyOccupationEdit);

/** The career profile by SOC ("15-1232") or O*NET-SOC ("15-1232.00") code; null when unknown. */
export const getOccupationByCode = cache(
  async (code: string): Promise<CareerProfile | null> => readCareer(await db(), { code }),
);

/** SOC "15-1232" or O*NET-SOC "15-1232.00". */
export const OCCUPATION_CODE = /^\d{2}-\d{4}(\.\d{2})?$/;

export type ApiResult = { status: number; body: unknown };

/** GET /api/v1/occupations/[code]: the response for a code, given a client (the route passes the server's). */
export async function occupationApiResponse(prisma: Db, rawCode: string): Promise<ApiResult> {
  const code = rawCode.trim();
  if (!OCCUPATION_CODE.test(code)) {
    return {
      status: 400,
      body: { error: "bad_code", message: 'Use a SOC code such as "15-1232" or an O*NET-SOC code such as "15-1232.00".' },
    };
  }
  const profile = await readCareer(prisma, { code });
  if (!profile) return { status: 404, body: { error: "not_found", message: `No occupation has the code ${code}.` } };
  return { status: 200, body: toApi(profile) };
}

/** The public JSON shape: headline figures, each with its source and year, then the full profile groups. */
export function toApi(p: CareerProfile) {
  const fig = <T>(value: T, prov: Provenance | null, extra: Record<string, unknown> = {}) =>
    prov ? { value, ...extra, source: prov.source, year: prov.year } : { value: null, source: null, year: null };
  const w = (x: Wage | undefined, prov: Provenance | null) =>
    fig(x?.value ?? null, prov, { topCoded: x?.topCoded ?? false, suppressed: x?.suppressed ?? false });
  return {
    occupation: {
      onetCode: p.occupation.onetCode,
      socCode: p.occupation.socCode,
      statCode: p.occupation.statCode,
      title: p.occupation.title,
      slug: p.occupation.slug,
      url: `/careers/${p.occupation.slug}`,
      description: p.occupation.description,
      summary: p.summary,
      jobZone: fig(p.occupation.jobZone, p.occupation),
    },
    figures: {
      medianAnnualWage: w(p.pay?.annual.median, p.pay),
      meanAnnualWage: w(p.pay?.annual.mean, p.pay),
      medianHourlyWage: w(p.pay?.hourly.median, p.pay),
      annualWagePercentiles: p.pay
        ? {
            p10: w(p.pay.annual.p10, p.pay),
            p25: w(p.pay.annual.p25, p.pay),
            p50: w(p.pay.annual.median, p.pay),
            p75: w(p.pay.annual.p75, p.pay),
            p90: w(p.pay.annual.p90, p.pay),
          }
        : null,
      employment: fig(p.pay?.employment ?? null, p.pay),
      projectedGrowthPercent: fig(p.projection?.changePercent ?? null, p.projection),
      projectedEmployment: fig(p.projection?.employmentTarget ?? null, p.projection, {
        targetYear: p.projection?.targetYear ?? null,
      }),
      annualOpenings: fig(p.projection?.openingsAnnual ?? null, p.projection),
      typicalEntryEducation: fig(p.projection?.education ?? null, p.projection),
      workExperience: fig(p.projection?.experience ?? null, p.projection),
      onTheJobTraining: fig(p.projection?.training ?? null, p.projection),
      brightOutlook: fig(p.projection?.brightOutlook.bright ?? null, p.projection, {
        growsFast: p.projection?.brightOutlook.growsFast ?? null,
        manyOpenings: p.projection?.brightOutlook.manyOpenings ?? null,
        rule: p.projection?.baseline ? brightOutlookRule(p.projection.baseline) : null,
      }),
      women: fig(p.demographics.people?.women ?? null, p.demographics.people, {
        censusTitle: p.demographics.people?.censusTitle ?? null,
        matchKind: p.demographics.people?.matchKind ?? null,
      }),
      medianAge: fig(p.demographics.age?.medianAge ?? null, p.demographics.age, {
        censusTitle: p.demographics.age?.censusTitle ?? null,
        matchKind: p.demographics.age?.matchKind ?? null,
      }),
    },
    payTrend: p.trend,
    states: p.states,
    metros: p.metros,
    industries: p.industries,
    projection: p.projection,
    education: p.education,
    skills: p.skills,
    knowledge: p.knowledge,
    technology: p.technology,
    tasks: p.tasks,
    demographics: p.demographics,
    majors: p.majors,
    colleges: p.colleges,
    related: p.related,
    alsoCalled: p.alsoCalled,
    // editors' additions, marked as such (official figures above are never overwritten)
    editorial: p.editorial,
  };
}

export type WageRow = {
  source: string;
  year: number;
  topCoded: string[];
  suppressed: string[];
} & Partial<Record<WageField, number | null>>;

export type WageField =
  | "annualP10"
  | "annualP25"
  | "annualMedian"
  | "annualP75"
  | "annualP90"
  | "annualMean"
  | "hourlyP10"
  | "hourlyP25"
  | "hourlyMedian"
  | "hourlyP75"
  | "hourlyP90"
  | "hourlyMean";

/** One published wage from a WageStat row, with its top-coded and suppressed flags. */
export function wage(row: WageRow, field: WageField): Wage {
  const value = row[field] ?? null;
  return { value, topCoded: row.topCoded.includes(field), suppressed: value == null && !row.topCoded.includes(field) };
}

function period(year: number) {
  return `May ${year}`;
}

function wageSummary(r: WageRow & { employment: number | null; annualOnly: boolean; hourlyOnly: boolean }): WageSummary {
  return {
    source: r.source,
    year: r.year,
    period: period(r.year),
    employment: r.employment,
    annualOnly: r.annualOnly,
    hourlyOnly: r.hourlyOnly,
    annual: {
      p10: wage(r, "annualP10"),
      p25: wage(r, "annualP25"),
      median: wage(r, "annualMedian"),
      p75: wage(r, "annualP75"),
      p90: wage(r, "annualP90"),
      mean: wage(r, "annualMean"),
    },
    hourly: {
      p10: wage(r, "hourlyP10"),
      p25: wage(r, "hourlyP25"),
      median: wage(r, "hourlyMedian"),
      p75: wage(r, "hourlyP75"),
      p90: wage(r, "hourlyP90"),
      mean: wage(r, "hourlyMean"),
    },
  };
}

/** Ranks areas by median, highest first; a top-coded median ranks above every published one. */
function areaWages(
  rows: (WageRow & { areaCode: string; areaName: string; employment: number | null })[],
): AreaWages {
  const all = rows
    .map((r) => ({
      code: r.areaCode,
      name: r.areaName.replace(/\s*\(OEWS Designation\)$/, ""),
      median: wage(r, "annualMedian"),
      mean: wage(r, "annualMean"),
      hourlyMedian: wage(r, "hourlyMedian"),
      employment: r.employment,
    }));
  // Occupations published hourly only (performers) are ranked by their hourly median.
  const hourly = rows.every((r) => r.annualMedian == null && !r.topCoded.includes("annualMedian")) && rows.some((r) => r.hourlyMedian != null);
  const pick = (a: AreaWage) => (hourly ? a.hourlyMedian : a.median);
  const hasMedian = (a: AreaWage) => pick(a).value != null || pick(a).topCoded;
  const ranked = all.filter(hasMedian).sort((a, b) => rankValue(pick(b)) - rankValue(pick(a)) || a.name.localeCompare(b.name));
  const unranked = all.filter((a) => !hasMedian(a)).sort((a, b) => a.name.localeCompare(b.name));
  return { source: rows[0].source, year: rows[0].year, period: period(rows[0].year), listed: rows.length, ranked, unranked };
}

function rankValue(w: Wage) {
  return w.topCoded ? Number.POSITIVE_INFINITY : (w.value ?? Number.NEGATIVE_INFINITY);
}

const money = (n: number) => `$${Math.round(n).toLocaleString("en-US")}`;

/** A few factual sentences from the figures; says nothing it cannot source. */
export function writeSummary(p: CareerProfile): string {
  const t = p.occupation.title;
  const parts: string[] = [];
  const median = p.pay?.annual.median;
  if (p.pay && median?.topCoded) {
    parts.push(`${t} earned a median of at least $239,200 a year in ${p.pay.period} (${p.pay.source}).`);
  } else if (p.pay && median?.value != null) {
    const people = p.pay.employment != null ? `, and ${p.pay.employment.toLocaleString("en-US")} people held these jobs` : "";
    parts.push(`${t} earned a median of ${money(median.value)} a year in ${p.pay.period}${people} (${p.pay.source}).`);
  } else {
    parts.push(`BLS does not publish national pay figures for ${t.toLowerCase()}.`);
  }
  const pr = p.projection;
  if (pr && pr.changePercent != null) {
    const verb = pr.changePercent > 0 ? "grow" : pr.changePercent < 0 ? "decline" : "hold steady";
    const pct = pr.changePercent !== 0 ? ` ${Math.abs(pr.changePercent)}%` : "";
    const openings = pr.openingsAnnual != null ? `, with about ${pr.openingsAnnual.toLocaleString("en-US")} openings a year` : "";
    parts.push(`Employment is projected to ${verb}${pct} from ${pr.baseYear} to ${pr.targetYear}${openings}.`);
  }
  if (pr?.education) parts.push(`The typical entry-level education is ${educationPhrase(pr.education)}.`);
  return parts.join(" ");
}

/** "Bachelor's degree" → "a bachelor's degree"; "Some college, no degree" → "some college, no degree". */
export function educationPhrase(education: string) {
  const lower = education.toLowerCase();
  if (/^(some college|no formal)/.test(lower)) return lower;
  return `${/^[aeiou]/.test(lower) ? "an" : "a"} ${lower}`;
}
