/**
 * O*NET job titles for search: alternate titles with their short forms (onet/Alternate Titles.xlsx, 29.0; no
 * newer copy) and the sample of reported titles (onet-30.1-partial, the newer release of that table).
 */
import path from "node:path";
import { onetCode, readFlatTable, requiredText, text, yesNo } from "./flat-table";

export type AlternateTitle = { onetCode: string; title: string; shortTitle: string | null; sources: number };
export type ReportedTitle = { onetCode: string; title: string; shownInMyNextMove: boolean };

export async function readAlternateTitles(dataDir: string): Promise<AlternateTitle[]> {
  const t = await readFlatTable(path.join(dataDir, "onet", "Alternate Titles.xlsx"), ["O*NET-SOC Code", "Alternate Title", "Short Title", "Source(s)"]);
  return t.records.map(({ cells, row }) => {
    const where = t.where(row);
    return {
      onetCode: onetCode(cells[t.col["O*NET-SOC Code"]], where, "O*NET-SOC Code"),
      title: requiredText(cells[t.col["Alternate Title"]], where, "Alternate Title"),
      shortTitle: text(cells[t.col["Short Title"]]) || null,
      // "04,06": the number of independent sources that list the title
      sources: text(cells[t.col["Source(s)"]]).split(",").filter(Boolean).length,
    };
  });
}

export async function readReportedTitles(dataDir: string): Promise<ReportedTitle[]> {
  const t = await readFlatTable(path.join(dataDir, "onet-30.1-partial", "Sample of Reported Titles.xlsx"), [
    "O*NET-SOC Code",
    "Reported Job Title",
    "Shown in My Next Move",
  ]);
  return t.records.map(({ cells, row }) => {
    const where = t.where(row);
    return {
      onetCode: onetCode(cells[t.col["O*NET-SOC Code"]], where, "O*NET-SOC Code"),
      title: requiredText(cells[t.col["Reported Job Title"]], where, "Reported Job Title"),
      shownInMyNextMove: yesNo(cells[t.col["Shown in My Next Move"]], where, "Shown in My Next Move"),
    };
  });
}
