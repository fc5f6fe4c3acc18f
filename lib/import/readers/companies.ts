/**
 * S&P 500 constituents (companies/sp500_constituents.csv, ODC-PDDL). Share classes of one company (same CIK:
 * GOOGL/GOOG, FOXA/FOX, NWSA/NWS) become one company, named without the class and keyed by its first symbol.
 */
import path from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SP500 } from "@/lib/import/sources";
import { uniqueSlugs } from "@/lib/import/normalize";
import { SourceError } from "@/lib/import/errors";
import { readFlatTable, requiredText, text } from "./flat-table";

export type CompanyRow = Omit<Prisma.CompanyCreateManyInput, "id" | "version" | "updatedAt">;

/** Drops Wikipedia footnote marks ("Florida[3]" → "Florida"). */
export function withoutFootnotes(value: string): string {
  return value.replace(/\s*\[(?:\d+|[a-z]|note \d+)\]/gi, "").trim();
}

export async function readCompanies(dataDir: string): Promise<CompanyRow[]> {
  const t = await readFlatTable(path.join(dataDir, "companies", "sp500_constituents.csv"), [
    "Symbol",
    "Security",
    "GICS Sector",
    "GICS Sub-Industry",
    "Headquarters Location",
    "CIK",
    "Founded",
  ]);
  const byCik = new Map<string, CompanyRow>();
  for (const { cells, row } of t.records) {
    const where = t.where(row);
    const cik = text(cells[t.col.CIK]).replace(/^0+/, "");
    if (!/^\d+$/.test(cik)) throw new SourceError(`column CIK: ${JSON.stringify(cik)} is not a number`, where);
    if (byCik.has(cik)) continue;
    const name = requiredText(cells[t.col.Security], where, "Security").replace(/\s*\(Class [A-Z]\)$/, "");
    // the list comes from Wikipedia and keeps its footnote marks ("Miami-Dade County, Florida[3]"): not part of the place
    const hq = withoutFootnotes(text(cells[t.col["Headquarters Location"]]));
    const comma = hq.lastIndexOf(",");
    byCik.set(cik, {
      slug: "",
      name,
      ticker: requiredText(cells[t.col.Symbol], where, "Symbol"),
      sector: text(cells[t.col["GICS Sector"]]) || null,
      subIndustry: text(cells[t.col["GICS Sub-Industry"]]) || null,
      hqCity: (comma >= 0 ? hq.slice(0, comma) : hq).trim() || null,
      hqState: comma >= 0 ? hq.slice(comma + 1).trim() || null : null,
      founded: withoutFootnotes(text(cells[t.col.Founded])) || null,
      cik,
      source: SP500,
    });
  }
  const companies = [...byCik.values()];
  const slugs = uniqueSlugs(companies, (c) => c.name, (c) => c.ticker ?? c.cik!);
  return companies.map((c) => ({ ...c, slug: slugs.get(c)! }));
}
