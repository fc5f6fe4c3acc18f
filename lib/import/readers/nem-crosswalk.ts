/**
 * BLS O*NET-SOC → National Employment Matrix crosswalk (crosswalks/nem-onet-to-soc-crosswalk.xlsx): the code
 * under which BLS publishes an O*NET occupation's employment, wages (OEWS) and projections (EP), e.g.
 * 13-1021.00 → 13-1020 (an OEWS/NEM aggregate) or 15-1252.00 → 15-1252.
 */
import path from "node:path";
import { SourceError } from "@/lib/import/errors";
import { onetCode, readFlatTable, socCode } from "./flat-table";

export async function readNemCrosswalk(dataDir: string): Promise<Map<string, string>> {
  const t = await readFlatTable(path.join(dataDir, "crosswalks", "nem-onet-to-soc-crosswalk.xlsx"), ["O*NET-SOC Code", "NEM Code"]);
  const map = new Map<string, string>();
  for (const { cells, row } of t.records) {
    const where = t.where(row);
    const code = onetCode(cells[t.col["O*NET-SOC Code"]], where, "O*NET-SOC Code");
    if (map.has(code)) throw new SourceError(`O*NET-SOC code ${code} appears twice`, where);
    map.set(code, socCode(cells[t.col["NEM Code"]], where, "NEM Code"));
  }
  return map;
}
