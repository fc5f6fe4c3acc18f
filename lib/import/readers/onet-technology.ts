/** O*NET technology skills with the Hot Technology and In Demand flags (onet/Technology Skills.xlsx, 29.0). */
import path from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ONET_29 } from "@/lib/import/sources";
import { onetCode, readFlatTable, requiredNumber, requiredText, yesNo } from "./flat-table";

export async function readTechnologySkills(dataDir: string): Promise<Prisma.TechnologySkillCreateManyInput[]> {
  const t = await readFlatTable(path.join(dataDir, "onet", "Technology Skills.xlsx"), [
    "O*NET-SOC Code",
    "Example",
    "Commodity Code",
    "Commodity Title",
    "Hot Technology",
    "In Demand",
  ]);
  return t.records.map(({ cells, row }) => {
    const where = t.where(row);
    return {
      onetCode: onetCode(cells[t.col["O*NET-SOC Code"]], where, "O*NET-SOC Code"),
      example: requiredText(cells[t.col.Example], where, "Example"),
      commodityCode: requiredNumber(cells[t.col["Commodity Code"]], where, "Commodity Code"),
      commodityTitle: requiredText(cells[t.col["Commodity Title"]], where, "Commodity Title"),
      hot: yesNo(cells[t.col["Hot Technology"]], where, "Hot Technology"),
      inDemand: yesNo(cells[t.col["In Demand"]], where, "In Demand"),
      ...ONET_29,
    };
  });
}
