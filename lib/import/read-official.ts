/**
 * Reads and validates every official file, before anything is written: a missing or malformed file stops the
 * import here with a SourceError naming the file, sheet and row, and the database is never touched.
 */
import fs from "node:fs";
import path from "node:path";
import { SourceError } from "./errors";
import { silentProgress, type Progress } from "./progress";
import { emptyTables, type Tables } from "./tables";
import { readSocGroups, readDirectMatchTitles } from "./readers/soc";
import { readOnetOccupations, readJobZones } from "./readers/onet-occupations";
import { readAlternateTitles, readReportedTitles } from "./readers/onet-titles";
import { RATING_TABLES, readRatings } from "./readers/onet-ratings";
import { readOnetEducation } from "./readers/onet-education";
import { readTasks } from "./readers/onet-tasks";
import { readTechnologySkills } from "./readers/onet-technology";
import { readRelatedOccupations } from "./readers/onet-related";
import { readNemCrosswalk } from "./readers/nem-crosswalk";
import { readCipSoc } from "./readers/cip-soc";
import { ipedsYears, readCompletions, readDirectory } from "./readers/ipeds";
import { readCompanies } from "./readers/companies";
import { readOewsNational } from "./readers/bls-oews-national";
import { readOewsState } from "./readers/bls-oews-state";
import { readOewsMsa } from "./readers/bls-oews-msa";
import { readOewsIndustry } from "./readers/bls-oews-industry";
import { readProjections } from "./readers/bls-ep";
import { readEducationAttainment } from "./readers/bls-education";
import { readCpsDemographics } from "./readers/bls-cps";
import { buildOccupations } from "./build/occupations";
import { buildJobTitles } from "./build/titles";
import { buildTopColleges, type YearInput } from "./build/colleges";
import { datasetRows } from "./build/datasets";

/** Codes or titles in one source that found no partner in another: reported, not fatal. */
export type Unmatched = { what: string; items: string[] }[];

export type ImportData = { tables: Tables; unmatched: Unmatched };

const fmt = (n: number) => n.toLocaleString("en-US");

export async function readOfficialFiles(dataDir: string, progress: Progress = silentProgress): Promise<ImportData> {
  const dir = path.resolve(dataDir);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new SourceError("data folder not found", { file: dir });
  const step = async <T>(label: string, read: () => Promise<T> | T, size: (t: T) => number = (t) => (Array.isArray(t) ? t.length : 0)) => {
    const end = progress.step(label);
    const result = await read();
    end(`${fmt(size(result))} rows`);
    return result;
  };
  const file = (...p: string[]) => path.join(dir, ...p);

  const socGroups = await step("SOC 2018 hierarchy", () => readSocGroups(dir));
  const directMatch = await step("SOC 2018 direct-match titles", () => readDirectMatchTitles(dir));
  const onetOccupations = await step("O*NET occupations", () => readOnetOccupations(dir));
  const jobZones = await step("O*NET 30.1 job zones", () => readJobZones(dir), (m) => m.size);
  const statCodes = await step("BLS O*NET-SOC to NEM crosswalk", () => readNemCrosswalk(dir), (m) => m.size);
  const alternate = await step("O*NET alternate titles", () => readAlternateTitles(dir));
  const reported = await step("O*NET 30.1 reported titles", () => readReportedTitles(dir));
  const ratings: { file: string; rows: Awaited<ReturnType<typeof readRatings>> }[] = [];
  for (const spec of RATING_TABLES)
    ratings.push({ file: file("onet", spec.file), rows: await step(`O*NET ${spec.file.replace(".xlsx", "")}`, () => readRatings(dir, spec)) });
  const education = await step("O*NET 30.1 education, training and experience", () => readOnetEducation(dir));
  const tasks = await step("O*NET 30.1 task statements", () => readTasks(dir));
  const technology = await step("O*NET technology skills", () => readTechnologySkills(dir));
  const related = await step("O*NET related occupations", () => readRelatedOccupations(dir));
  const national = await step("BLS OEWS national, May 2021–2025", () => readOewsNational(dir));
  const state = await step("BLS OEWS states, May 2025 (+ May 2023 fill)", () => readOewsState(dir));
  const metro = await step("BLS OEWS metro areas, May 2024", () => readOewsMsa(dir));
  const industry = await step("BLS OEWS industry sectors, May 2024", () => readOewsIndustry(dir));
  const projections = await step("BLS Employment Projections 2024–34", () => readProjections(dir));
  const educationShares = await step("BLS educational attainment (Table 5.3)", () => readEducationAttainment(dir));
  const cps = await step("BLS CPS demographics", () => readCpsDemographics(dir), (r) => r.rows.length);
  const cipSoc = await step("NCES CIP–SOC crosswalk", () => readCipSoc(dir));
  const years: YearInput[] = [];
  for (const year of ipedsYears(dir)) {
    years.push(
      await step(
        `IPEDS completions and directory ${year}`,
        async () => ({ year, completions: await readCompletions(dir, year), directory: await readDirectory(dir, year), file: file("ipeds", `c${year}_a.parquet`) }),
        (y) => y.completions.length,
      ),
    );
  }
  const companies = await step("S&P 500 companies", () => readCompanies(dir));

  const end = progress.step("Joining and checking");
  const tables = emptyTables();
  const unmatched: Unmatched = [];
  tables.SocGroup = socGroups;
  tables.Occupation = buildOccupations({
    occupations: onetOccupations,
    socGroups,
    statCodes,
    jobZones,
    files: { occupations: file("onet", "Occupation Data.xlsx"), jobZones: file("onet-30.1-partial", "All_Occupations_ONET.csv") },
  });
  const onetCodes = new Set(tables.Occupation.map((o) => o.onetCode));
  const known = <T extends { onetCode: string }>(rows: T[], source: string, also?: (r: T) => string): T[] => {
    for (const r of rows)
      for (const code of [r.onetCode, also?.(r)].filter((c): c is string => Boolean(c)))
        if (!onetCodes.has(code)) throw new SourceError(`O*NET-SOC code ${code} is not in Occupation Data.xlsx`, { file: source });
    return rows;
  };
  for (const code of statCodes.keys()) if (!onetCodes.has(code)) throw new SourceError(`O*NET-SOC code ${code} is not in Occupation Data.xlsx`, { file: file("crosswalks", "nem-onet-to-soc-crosswalk.xlsx") });
  known(alternate, file("onet", "Alternate Titles.xlsx"));
  known(reported, file("onet-30.1-partial", "Sample of Reported Titles.xlsx"));
  const titles = buildJobTitles({ occupations: tables.Occupation, alternate, reported, directMatch });
  tables.JobTitle = titles.rows;
  tables.SkillRating = ratings.flatMap((r) => known(r.rows, r.file));
  tables.OnetEducationRating = known(education, file("onet-30.1-partial", "Education Training and Experience.xlsx"));
  tables.Task = known(tasks, file("onet-30.1-partial", "Task Statements.xlsx"));
  tables.TechnologySkill = known(technology, file("onet", "Technology Skills.xlsx"));
  tables.RelatedOccupation = known(related, file("onet", "Related Occupations.xlsx"), (r) => r.relatedCode);
  tables.WageStat = [...national, ...state, ...metro, ...industry];
  tables.Projection = projections;
  tables.EducationShare = educationShares;
  tables.Demographics = cps.rows;
  tables.CipSoc = cipSoc;
  const colleges = buildTopColleges(cipSoc, years);
  tables.TopCollege = colleges.topColleges;
  tables.Institution = colleges.institutions;
  tables.Company = companies;

  const published = new Set(tables.Occupation.map((o) => o.statCode).filter(Boolean));
  const detailedSoc = new Set(socGroups.filter((g) => g.level === "DETAILED").map((g) => g.code));
  const missing = (codes: Iterable<string>, have: Set<unknown>) => [...new Set([...codes].filter((c) => !have.has(c)))].sort();
  unmatched.push(
    { what: "O*NET occupations with no BLS statistics code (NEM crosswalk)", items: tables.Occupation.filter((o) => !o.statCode).map((o) => o.onetCode) },
    { what: "OEWS national detailed codes with no occupation", items: missing(national.filter((r) => r.level === "detailed").map((r) => r.socCode), published) },
    { what: "Projection codes with no occupation", items: missing(projections.map((r) => r.socCode), published) },
    { what: "Table 5.3 codes with no occupation", items: missing(educationShares.map((r) => r.socCode), published) },
    { what: "CPS Census titles matched to no SOC code", items: [...cps.unmatched].sort() },
    { what: "CIP–SOC crosswalk SOC codes that are not detailed SOC 2018 codes", items: missing(cipSoc.map((r) => r.socCode), detailedSoc) },
    { what: "SOC direct-match codes with no O*NET .00 occupation", items: titles.unmatchedDirectMatch },
  );
  tables.Dataset = datasetRows(tables, "official files");
  end();
  return { tables, unmatched };
}
