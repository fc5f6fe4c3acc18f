/**
 * O*NET ratings in the long format (one row per occupation × element × scale), folded into one SkillRating per
 * occupation × element: `importance` from the domain's main scale and `level` from LV where the domain has one.
 * All five tables are O*NET 29.0 (no newer copy). High-point rows (IH, VH) are summaries, not ratings: skipped.
 * Values are stored as published; "Recommend Suppress" = Y (on either scale) and "Not Relevant" = Y are flags.
 */
import path from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SourceError } from "@/lib/import/errors";
import { ONET_29 } from "@/lib/import/sources";
import { onetCode, readFlatTable, requiredNumber, requiredText, text, yesNo } from "./flat-table";

type Domain = Prisma.SkillRatingCreateManyInput["domain"];
export type RatingTable = { key: string; file: string; domain: Domain; importance: string; level?: string };

export const RATING_TABLES: readonly RatingTable[] = [
  { key: "skills", file: "Skills.xlsx", domain: "SKILL", importance: "IM", level: "LV" },
  { key: "knowledge", file: "Knowledge.xlsx", domain: "KNOWLEDGE", importance: "IM", level: "LV" },
  { key: "workStyles", file: "Work Styles.xlsx", domain: "WORK_STYLE", importance: "IM" },
  { key: "workValues", file: "Work Values.xlsx", domain: "WORK_VALUE", importance: "EX" },
  { key: "interests", file: "Interests.xlsx", domain: "INTEREST", importance: "OI" },
];

const SUMMARY_SCALES = new Set(["IH", "VH"]);

export async function readRatings(dataDir: string, spec: RatingTable): Promise<Prisma.SkillRatingCreateManyInput[]> {
  const t = await readFlatTable(
    path.join(dataDir, "onet", spec.file),
    ["O*NET-SOC Code", "Element ID", "Element Name", "Scale ID", "Data Value"],
    { optional: ["Recommend Suppress", "Not Relevant"] },
  );
  const byKey = new Map<string, Prisma.SkillRatingCreateManyInput>();
  for (const { cells, row } of t.records) {
    const where = t.where(row);
    const scale = requiredText(cells[t.col["Scale ID"]], where, "Scale ID");
    if (SUMMARY_SCALES.has(scale)) continue;
    if (scale !== spec.importance && scale !== spec.level) throw new SourceError(`column Scale ID: unexpected scale ${scale}`, where);
    const code = onetCode(cells[t.col["O*NET-SOC Code"]], where, "O*NET-SOC Code");
    const elementId = requiredText(cells[t.col["Element ID"]], where, "Element ID");
    const key = `${code}|${elementId}`;
    let rating = byKey.get(key);
    if (!rating) {
      rating = {
        onetCode: code,
        domain: spec.domain,
        elementId,
        name: requiredText(cells[t.col["Element Name"]], where, "Element Name"),
        importance: null,
        level: null,
        suppressed: false,
        notRelevant: false,
        ...ONET_29,
      };
      byKey.set(key, rating);
    }
    const value = requiredNumber(cells[t.col["Data Value"]], where, "Data Value");
    const field = scale === spec.importance ? "importance" : "level";
    if (rating[field] !== null) throw new SourceError(`${code} ${elementId} ${scale} appears twice`, where);
    rating[field] = value;
    if (t.col["Recommend Suppress"] >= 0 && yesNo(cells[t.col["Recommend Suppress"]], where, "Recommend Suppress")) rating.suppressed = true;
    if (t.col["Not Relevant"] >= 0 && text(cells[t.col["Not Relevant"]]) && yesNo(cells[t.col["Not Relevant"]], where, "Not Relevant"))
      rating.notRelevant = true;
  }
  return [...byKey.values()];
}
