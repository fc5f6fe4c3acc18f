/** O*NET related occupations with their relatedness tier and index (onet/Related Occupations.xlsx, 29.0). */
import path from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SourceError } from "@/lib/import/errors";
import { ONET_29 } from "@/lib/import/sources";
import { onetCode, readFlatTable, requiredNumber, requiredText } from "./flat-table";

const TIERS = new Set(["Primary-Short", "Primary-Long", "Supplemental"]);

export async function readRelatedOccupations(dataDir: string): Promise<Prisma.RelatedOccupationCreateManyInput[]> {
  const t = await readFlatTable(path.join(dataDir, "onet", "Related Occupations.xlsx"), [
    "O*NET-SOC Code",
    "Related O*NET-SOC Code",
    "Relatedness Tier",
    "Index",
  ]);
  return t.records.map(({ cells, row }) => {
    const where = t.where(row);
    const tier = requiredText(cells[t.col["Relatedness Tier"]], where, "Relatedness Tier");
    if (!TIERS.has(tier)) throw new SourceError(`column Relatedness Tier: unexpected ${JSON.stringify(tier)}`, where);
    return {
      onetCode: onetCode(cells[t.col["O*NET-SOC Code"]], where, "O*NET-SOC Code"),
      relatedCode: onetCode(cells[t.col["Related O*NET-SOC Code"]], where, "Related O*NET-SOC Code"),
      tier,
      index: requiredNumber(cells[t.col.Index], where, "Index"),
      ...ONET_29,
    };
  });
}
