/**
 * O*NET education, training and experience (O*NET 30.1: onet-30.1-partial/Education Training and Experience.xlsx
 * with its ETE Categories.xlsx; both tables from the same release). Category scales only: RL (required
 * education), RW (related work experience), PT (on-site or in-plant training), OJ (on-the-job training).
 * `percent` = share of respondents in the category, as published; "Recommend Suppress" = Y is a flag.
 */
import path from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SourceError } from "@/lib/import/errors";
import { ONET_30 } from "@/lib/import/sources";
import { onetCode, readFlatTable, requiredNumber, requiredText, yesNo } from "./flat-table";

const SCALES = new Set(["RL", "RW", "PT", "OJ"]);
const DIR = "onet-30.1-partial";

/**
 * Category labels by "scale|category", e.g. "RL|6" → "Bachelor's Degree". Only the name before " - " is kept:
 * "Post-Secondary Certificate - awarded for training completed after high school (for example, …)" becomes
 * "Post-Secondary Certificate" (the explanation is prose, and too long for a chart label).
 */
export async function readEteCategories(dataDir: string): Promise<Map<string, string>> {
  const t = await readFlatTable(path.join(dataDir, DIR, "ETE Categories.xlsx"), ["Scale ID", "Category", "Category Description"]);
  const labels = new Map<string, string>();
  for (const { cells, row } of t.records) {
    const where = t.where(row);
    const scale = requiredText(cells[t.col["Scale ID"]], where, "Scale ID");
    const category = requiredNumber(cells[t.col.Category], where, "Category");
    labels.set(`${scale}|${category}`, requiredText(cells[t.col["Category Description"]], where, "Category Description").split(" - ")[0].trim());
  }
  return labels;
}

export async function readOnetEducation(dataDir: string): Promise<Prisma.OnetEducationRatingCreateManyInput[]> {
  const labels = await readEteCategories(dataDir);
  const t = await readFlatTable(path.join(dataDir, DIR, "Education Training and Experience.xlsx"), [
    "O*NET-SOC Code",
    "Scale ID",
    "Category",
    "Data Value",
    "Recommend Suppress",
  ]);
  const out: Prisma.OnetEducationRatingCreateManyInput[] = [];
  for (const { cells, row } of t.records) {
    const where = t.where(row);
    const scale = requiredText(cells[t.col["Scale ID"]], where, "Scale ID");
    if (!SCALES.has(scale)) continue; // e.g. IM rows carry no category
    const category = requiredNumber(cells[t.col.Category], where, "Category");
    const label = labels.get(`${scale}|${category}`);
    if (!label) throw new SourceError(`no label for scale ${scale} category ${category} in ETE Categories.xlsx`, where);
    out.push({
      onetCode: onetCode(cells[t.col["O*NET-SOC Code"]], where, "O*NET-SOC Code"),
      scale,
      category,
      label,
      percent: requiredNumber(cells[t.col["Data Value"]], where, "Data Value"),
      suppressed: yesNo(cells[t.col["Recommend Suppress"]], where, "Recommend Suppress"),
      ...ONET_30,
    });
  }
  return out;
}
