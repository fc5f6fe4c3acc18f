/**
 * BLS OEWS metropolitan-area wages, May 2024 (`bls-oews-msa/msa_M2024_annual_pctiles.parquet`, a derivative of
 * the official MSA_M2024_dl.xlsx that kept only the annual percentiles).
 *
 * Output: one WageStat row per metro area × occupation code, all levels (pass `{ detailedOnly: true }` for
 * level "detailed" only). areaType METRO, areaCode = 5-digit CBSA code (AREA), areaName = AREA_NAME,
 * source "BLS OEWS", year from the file name (2024). `level` is inferred from the codes (the file has no
 * O_GROUP; see inferOccupationLevels).
 *
 * Fields: annualP10, annualP25, annualMedian (A_PCT50), annualP75, annualP90. Everything else (employment, means,
 * hourly wages, location quotient) is not in the file: NULL and not flagged.
 *
 * Special values: the derivative turned both `*` (not available) and `#` (≥ $239,200/yr) into null, so the two
 * cannot be told apart. A null percentile is stored as NULL and named in `suppressed` ("not published"); it is
 * never listed in `topCoded`, although some of them (mostly A_PCT90 of high-paying occupations) were `#`.
 * Nonmetropolitan areas are not in the file.
 */
import fs from "node:fs";
import path from "node:path";
import { readParquet } from "@/lib/import/files";
import type { Cell } from "@/lib/import/files";
import { SourceError } from "@/lib/import/errors";
import { FigureRow, SOURCES, cleanText, inferOccupationLevels, readSocCode, type Where } from "./bls-common";
import type { WageStatRow } from "./bls-oews-common";

const FILE = /^msa_M(\d{4})_annual_pctiles\.parquet$/;
const COLUMNS = ["SOC", "AREA", "AREA_NAME", "A_PCT10", "A_PCT25", "A_PCT50", "A_PCT75", "A_PCT90"] as const;
const FIELDS = [
  ["A_PCT10", "annualP10"],
  ["A_PCT25", "annualP25"],
  ["A_PCT50", "annualMedian"],
  ["A_PCT75", "annualP75"],
  ["A_PCT90", "annualP90"],
] as const;

function cell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

export async function readOewsMsa(dataDir: string, opts: { detailedOnly?: boolean } = {}): Promise<WageStatRow[]> {
  const dir = path.join(dataDir, "bls-oews-msa");
  if (!fs.existsSync(dir)) throw new SourceError("folder not found", { file: dir });
  const names = fs.readdirSync(dir).filter((n) => FILE.test(n)).sort();
  if (names.length === 0) throw new SourceError("no msa_M<year>_annual_pctiles.parquet file found", { file: dir });
  const out: WageStatRow[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const year = Number(FILE.exec(name)![1]);
    const records = await readParquet(file);
    if (records.length === 0) throw new SourceError("file has no rows", { file });
    const missing = COLUMNS.filter((c) => !(c in records[0]));
    if (missing.length) throw new SourceError(`required column${missing.length > 1 ? "s" : ""} missing: ${missing.join(", ")}`, { file, row: 1 });

    const level = inferOccupationLevels(records.map((r) => cleanText(cell(r.SOC))));
    const seen = new Set<string>();
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      const at: Where = { file, row: i + 1 }; // 1-based record number
      const socCode = readSocCode(cell(r.SOC), at, "SOC");
      const lvl = level(socCode);
      if (opts.detailedOnly && lvl !== "detailed") continue;
      const areaCode = cleanText(cell(r.AREA));
      if (!/^\d{5}$/.test(areaCode)) throw new SourceError(`column AREA: ${JSON.stringify(areaCode)} is not a 5-digit CBSA code`, at);
      const areaName = cleanText(cell(r.AREA_NAME));
      if (!areaName) throw new SourceError("column AREA_NAME is empty", at);
      const key = `${areaCode}|${socCode}`;
      if (seen.has(key)) throw new SourceError(`occupation ${socCode} appears twice for area ${areaCode}`, at);
      seen.add(key);
      const fig = new FigureRow(at);
      for (const [column, field] of FIELDS) {
        const v = cell(r[column]);
        if (v === null) fig.suppress(field);
        else fig.set(field, v, column, { int: true });
      }
      out.push({
        socCode,
        level: lvl,
        areaType: "METRO",
        areaCode,
        areaName,
        year,
        source: SOURCES.oews,
        ...(fig.values as Partial<WageStatRow>),
        topCoded: fig.topCoded,
        suppressed: fig.suppressed,
        belowThreshold: [],
      });
    }
  }
  return out;
}
