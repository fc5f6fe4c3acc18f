/** One Dataset row per entry of DATASETS, with the number of rows that dataset gave the tables. */
import { DATASETS, type DatasetKey } from "@/lib/import/datasets";
import { ONET_29, ONET_30, SOC_2018 } from "@/lib/import/sources";
import type { Tables } from "@/lib/import/tables";

export function rowsPerDataset(t: Tables): Record<DatasetKey, number> {
  const count = <T>(rows: readonly T[], pick: (r: T) => boolean = () => true) => rows.reduce((n, r) => n + (pick(r) ? 1 : 0), 0);
  const wages = (area: string) => count(t.WageStat, (r) => r.areaType === area);
  const from = (src: { source: string }) => (r: { source: string }) => r.source === src.source;
  return {
    "soc-2018": t.SocGroup.length + count(t.JobTitle, from(SOC_2018)),
    "onet-29.0":
      t.Occupation.length +
      count(t.JobTitle, from(ONET_29)) +
      count(t.SkillRating, from(ONET_29)) +
      count(t.TechnologySkill, from(ONET_29)) +
      count(t.RelatedOccupation, from(ONET_29)),
    "onet-30.1":
      count(t.Occupation, (o) => o.jobZone != null) + count(t.JobTitle, from(ONET_30)) + count(t.OnetEducationRating, from(ONET_30)) + count(t.Task, from(ONET_30)),
    "bls-nem-crosswalk": count(t.Occupation, (o) => Boolean(o.statCode)),
    "bls-oews-national": wages("NATIONAL"),
    "bls-oews-state": wages("STATE"),
    "bls-oews-msa": wages("METRO"),
    "bls-oews-industry": wages("INDUSTRY"),
    "bls-ep": t.Projection.length,
    "bls-ep-education": t.EducationShare.length,
    "bls-cps": t.Demographics.length,
    "nces-cip-soc": t.CipSoc.length,
    "nces-ipeds": t.TopCollege.length + t.Institution.length,
    sp500: t.Company.length,
  };
}

export function datasetRows(t: Tables, loadedFrom: "official files" | "bundle"): Tables["Dataset"] {
  const rows = rowsPerDataset(t);
  return DATASETS.map((d) => ({ ...d, notes: "notes" in d ? d.notes : null, rows: rows[d.key], loadedFrom }));
}
