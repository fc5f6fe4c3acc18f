/**
 * BLS OEWS national industry-specific estimates by NAICS sector, May 2024
 * (`bls-oews-industry/natsector_M2024_dl.xlsx`, first sheet).
 *
 * Output: one WageStat row per sector × occupation code, at every O_GROUP level (total, major, minor, broad,
 * detailed; pass `{ detailedOnly: true }` for O_GROUP = detailed only). areaType INDUSTRY, areaCode = NAICS
 * sector code as published ("51", "31-33", "99" = the OEWS government sector), areaName = NAICS_TITLE,
 * source "BLS OEWS", year from the file name (2024).
 *
 * Fields as in the national file, plus industryEmploymentPct (PCT_TOTAL, % of the sector's employment in the
 * occupation) and establishmentsReportingPct (PCT_RPT). Special values: `*`/`**` → `suppressed`, `#` → `topCoded`,
 * `~` (PCT_RPT under 0.5%) → NULL + field named in `belowThreshold`. OWN_CODE (the sector's ownership mix) is
 * not stored.
 */
import fs from "node:fs";
import path from "node:path";
import { readSheet } from "@/lib/import/files";
import { SourceError } from "@/lib/import/errors";
import { SOURCES, cleanText } from "./bls-common";
import { oewsSheetToWageStats, type WageStatRow } from "./bls-oews-common";

const FILE = /^natsector_M(\d{4})_dl\.xlsx$/;

export async function readOewsIndustry(dataDir: string, opts: { detailedOnly?: boolean } = {}): Promise<WageStatRow[]> {
  const dir = path.join(dataDir, "bls-oews-industry");
  if (!fs.existsSync(dir)) throw new SourceError("folder not found", { file: dir });
  const files = fs.readdirSync(dir).filter((n) => FILE.test(n)).sort();
  if (files.length === 0) throw new SourceError("no natsector_M<year>_dl.xlsx workbook found", { file: dir });
  const out: WageStatRow[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const year = Number(FILE.exec(name)![1]);
    const { name: sheet, rows } = await readSheet(file, 0);
    const titles = new Map<string, string>();
    out.push(
      ...oewsSheetToWageStats(rows, { file, sheet }, {
        year,
        source: SOURCES.oews,
        extraColumns: ["NAICS", "NAICS_TITLE"],
        keep: opts.detailedOnly ? (g) => g === "detailed" : undefined,
        area: (row, col, at) => {
          const code = cleanText(row[col.NAICS]);
          const title = cleanText(row[col.NAICS_TITLE]);
          if (!/^\d{2}(-\d{2})?$/.test(code)) throw new SourceError(`column NAICS: ${JSON.stringify(code)} is not a NAICS sector code`, at);
          if (!title) throw new SourceError("column NAICS_TITLE is empty", at);
          const known = titles.get(code);
          if (known !== undefined && known !== title) throw new SourceError(`NAICS ${code} has two titles`, at);
          titles.set(code, title);
          return { areaType: "INDUSTRY", areaCode: code, areaName: title };
        },
      }),
    );
  }
  return out;
}
