/**
 * SOC 2018 (soc/): the hierarchy with definitions (soc_2018_definitions.xlsx) and the BLS direct-match title
 * file (soc_2018_direct_match_title_file.xlsx), used as search synonyms.
 */
import path from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SourceError } from "@/lib/import/errors";
import { readFlatTable, requiredText, socCode, text } from "./flat-table";

const LEVELS = { Major: "MAJOR", Minor: "MINOR", Broad: "BROAD", Detailed: "DETAILED" } as const;
const DEPTH = { MAJOR: 0, MINOR: 1, BROAD: 2, DETAILED: 3 } as const;

/**
 * The SOC hierarchy, in file order (parents before children). The parent is the nearest row above at the next
 * level up (codes alone do not give it: broad 11-3110 sits under minor 11-3000, not 11-3100), and must share
 * the code's major group.
 */
export async function readSocGroups(dataDir: string): Promise<Prisma.SocGroupCreateManyInput[]> {
  const t = await readFlatTable(path.join(dataDir, "soc", "soc_2018_definitions.xlsx"), ["SOC Group", "SOC Code", "SOC Title", "SOC Definition"]);
  const out: Prisma.SocGroupCreateManyInput[] = [];
  const lastAt: (string | undefined)[] = [];
  const seen = new Set<string>();
  for (const { cells, row } of t.records) {
    const where = t.where(row);
    const group = text(cells[t.col["SOC Group"]]) as keyof typeof LEVELS;
    const level = LEVELS[group];
    if (!level) throw new SourceError(`column SOC Group: unknown level ${JSON.stringify(group)}`, where);
    const code = socCode(cells[t.col["SOC Code"]], where, "SOC Code");
    if (seen.has(code)) throw new SourceError(`SOC code ${code} appears twice`, where);
    seen.add(code);
    const depth = DEPTH[level];
    const parentCode = depth === 0 ? null : lastAt[depth - 1];
    if (depth > 0 && (!parentCode || parentCode.slice(0, 2) !== code.slice(0, 2)))
      throw new SourceError(`SOC code ${code} (${group}) has no ${Object.keys(LEVELS)[depth - 1]} group above it`, where);
    lastAt[depth] = code;
    lastAt.length = depth + 1;
    out.push({
      code,
      level,
      title: requiredText(cells[t.col["SOC Title"]], where, "SOC Title"),
      definition: text(cells[t.col["SOC Definition"]]) || null,
      parentCode,
    });
  }
  return out;
}

export type DirectMatchTitle = { socCode: string; title: string; illustrative: boolean };

/** The direct-match titles: one per row, each for a detailed SOC code. */
export async function readDirectMatchTitles(dataDir: string): Promise<DirectMatchTitle[]> {
  const t = await readFlatTable(path.join(dataDir, "soc", "soc_2018_direct_match_title_file.xlsx"), [
    "2018 SOC Code",
    "2018 SOC Direct Match Title",
    "Illustrative Example",
  ]);
  return t.records.map(({ cells, row }) => {
    const where = t.where(row);
    return {
      socCode: socCode(cells[t.col["2018 SOC Code"]], where, "2018 SOC Code"),
      title: requiredText(cells[t.col["2018 SOC Direct Match Title"]], where, "2018 SOC Direct Match Title"),
      illustrative: text(cells[t.col["Illustrative Example"]]).toLowerCase() === "x",
    };
  });
}
