/**
 * NCES/BLS CIP 2020 ↔ SOC 2018 crosswalk (ipeds/cip_soc_crosswalk.xlsx, sheet "CIP-SOC"): the majors related to
 * each occupation. Rows pairing a code with 99-9999 or 99.9999 ("no match") are left out.
 */
import path from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Cell } from "@/lib/import/files";
import { SourceError } from "@/lib/import/errors";
import type { Where } from "./bls-common";
import { readFlatTable, requiredText, socCode, text } from "./flat-table";

/** A 6-digit CIP code, "11.0701". Excel may hold it as a number (1.0101 → "01.0101"). */
export function cipCode(cell: Cell | undefined, where: Where, column: string): string {
  const s = typeof cell === "number" ? cell.toFixed(4).padStart(7, "0") : text(cell);
  if (!/^\d{2}\.\d{4}$/.test(s)) throw new SourceError(`column ${column}: ${JSON.stringify(s)} is not a 6-digit CIP code (NN.NNNN)`, where);
  return s;
}

export async function readCipSoc(dataDir: string): Promise<Prisma.CipSocCreateManyInput[]> {
  const t = await readFlatTable(path.join(dataDir, "ipeds", "cip_soc_crosswalk.xlsx"), ["CIP2020Code", "CIP2020Title", "SOC2018Code"], {
    sheet: "CIP-SOC",
  });
  const out: Prisma.CipSocCreateManyInput[] = [];
  const seen = new Set<string>();
  for (const { cells, row } of t.records) {
    const where = t.where(row);
    const cip = cipCode(cells[t.col.CIP2020Code], where, "CIP2020Code");
    const soc = socCode(cells[t.col.SOC2018Code], where, "SOC2018Code");
    if (cip === "99.9999" || soc === "99-9999") continue;
    const key = `${cip}|${soc}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ cipCode: cip, cipTitle: requiredText(cells[t.col.CIP2020Title], where, "CIP2020Title").replace(/\.$/, ""), socCode: soc });
  }
  return out;
}
