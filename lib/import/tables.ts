/**
 * The tables the importer fills, in insert order (parents before children), how each is written, and which
 * columns hold prose from the datasets (loaded by the import only, never written to the bundle).
 *
 * - replace: every row is deleted and the new rows inserted (pure data; nothing else points at these rows).
 * - upsert: rows are matched on `key`; changed rows are updated (version + 1), new rows inserted. Rows missing
 *   from the new data are deleted, unless `keepMissing` (companies: reviews and postings hang off them).
 *   Editable records keep their ids, so user data that points at them survives a re-import.
 */
import type { Prisma } from "@/lib/generated/prisma/client";

export type Tables = {
  SocGroup: Prisma.SocGroupCreateManyInput[];
  Occupation: Omit<Prisma.OccupationCreateManyInput, "version" | "updatedAt">[];
  Company: Omit<Prisma.CompanyCreateManyInput, "version" | "updatedAt">[];
  JobTitle: Prisma.JobTitleCreateManyInput[];
  SkillRating: Prisma.SkillRatingCreateManyInput[];
  OnetEducationRating: Prisma.OnetEducationRatingCreateManyInput[];
  TechnologySkill: Prisma.TechnologySkillCreateManyInput[];
  Task: Prisma.TaskCreateManyInput[];
  RelatedOccupation: Prisma.RelatedOccupationCreateManyInput[];
  WageStat: Prisma.WageStatCreateManyInput[];
  Projection: Prisma.ProjectionCreateManyInput[];
  EducationShare: Prisma.EducationShareCreateManyInput[];
  Demographics: Prisma.DemographicsCreateManyInput[];
  CipSoc: Prisma.CipSocCreateManyInput[];
  Institution: Prisma.InstitutionCreateManyInput[];
  TopCollege: Prisma.TopCollegeCreateManyInput[];
  Dataset: Omit<Prisma.DatasetCreateManyInput, "importedAt">[];
};

export type TableName = keyof Tables;

export type TableSpec = {
  name: TableName;
  mode: "replace" | "upsert";
  key?: string[];
  keepMissing?: boolean;
  /** Prose columns, left out of the bundle; "table" = the whole table is prose and is not bundled. */
  prose?: string[] | "table";
};

export const TABLES: readonly TableSpec[] = [
  { name: "SocGroup", mode: "replace", prose: ["definition"] },
  { name: "Occupation", mode: "upsert", key: ["onetCode"], prose: ["description"] },
  { name: "Company", mode: "upsert", key: ["cik"], keepMissing: true },
  { name: "JobTitle", mode: "replace" },
  { name: "SkillRating", mode: "replace" },
  { name: "OnetEducationRating", mode: "replace" },
  { name: "TechnologySkill", mode: "replace" },
  { name: "Task", mode: "replace", prose: "table" },
  { name: "RelatedOccupation", mode: "replace" },
  { name: "WageStat", mode: "replace" },
  { name: "Projection", mode: "replace" },
  { name: "EducationShare", mode: "replace" },
  { name: "Demographics", mode: "replace" },
  { name: "CipSoc", mode: "replace" },
  { name: "Institution", mode: "replace" },
  { name: "TopCollege", mode: "replace" },
  { name: "Dataset", mode: "replace" },
];

export function emptyTables(): Tables {
  return Object.fromEntries(TABLES.map((t) => [t.name, []])) as unknown as Tables;
}
