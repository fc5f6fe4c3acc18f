/**
 * O*NET occupations: code, title and description (onet/Occupation Data.xlsx; the 30.1 copy is identical) and
 * job zones. Job zones come from the O*NET 30.1 occupation list (onet-30.1-partial/All_Occupations_ONET.csv,
 * one zone per occupation, "n/a" where O*NET has none); the 29.0 Job Zones.xlsx is not used, so the column
 * holds one release.
 */
import path from "node:path";
import { SourceError } from "@/lib/import/errors";
import { onetCode, readFlatTable, requiredText, text } from "./flat-table";

export type OnetOccupation = { onetCode: string; title: string; description: string | null };

export async function readOnetOccupations(dataDir: string): Promise<OnetOccupation[]> {
  const t = await readFlatTable(path.join(dataDir, "onet", "Occupation Data.xlsx"), ["O*NET-SOC Code", "Title", "Description"]);
  const seen = new Set<string>();
  return t.records.map(({ cells, row }) => {
    const where = t.where(row);
    const code = onetCode(cells[t.col["O*NET-SOC Code"]], where, "O*NET-SOC Code");
    if (seen.has(code)) throw new SourceError(`O*NET-SOC code ${code} appears twice`, where);
    seen.add(code);
    return { onetCode: code, title: requiredText(cells[t.col.Title], where, "Title"), description: text(cells[t.col.Description]) || null };
  });
}

/** Job zone (1–5) per O*NET-SOC code; occupations listed with "n/a" map to null. */
export async function readJobZones(dataDir: string): Promise<Map<string, number | null>> {
  const t = await readFlatTable(path.join(dataDir, "onet-30.1-partial", "All_Occupations_ONET.csv"), ["Job Zone", "Code"]);
  const zones = new Map<string, number | null>();
  for (const { cells, row } of t.records) {
    const where = t.where(row);
    const code = onetCode(cells[t.col.Code], where, "Code");
    const raw = text(cells[t.col["Job Zone"]]);
    if (raw.toLowerCase() === "n/a") zones.set(code, null);
    else if (/^[1-5]$/.test(raw)) zones.set(code, Number(raw));
    else throw new SourceError(`column Job Zone: ${JSON.stringify(raw)} is not 1–5 or n/a`, where);
  }
  return zones;
}
