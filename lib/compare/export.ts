/**
 * The comparison as data: the JSON of GET /api/v1/compare and the CSV download. Both come from the same
 * figure table as the page. Pure.
 */
import type { Comparison } from "./build";
import { NOT_IN_PUBLIC_DATA, rowSources } from "./figures";
import { canonicalSlug, comparePath, MAX_CAREERS, MAX_SLUG_LENGTH, MIN_CAREERS } from "./slugs";

export type SlugsParam = { ok: true; slugs: string[]; format: "json" | "csv" } | { ok: false; error: string; message: string };

/** Validates `?slugs=a,b[,c,d]&format=json|csv`. */
export function parseCompareParams(params: URLSearchParams): SlugsParam {
  const raw = params.getAll("slugs");
  if (raw.length === 0 || raw.every((r) => r.trim() === "")) {
    return { ok: false, error: "missing_slugs", message: "Give two to four careers: ?slugs=registered-nurses,paramedics" };
  }
  if (raw.length > 1) return { ok: false, error: "bad_slugs", message: "Give slugs once, separated by commas: ?slugs=a,b" };
  if (raw[0].length > (MAX_SLUG_LENGTH + 1) * MAX_CAREERS) {
    return { ok: false, error: "bad_slugs", message: "The slugs parameter is too long." };
  }
  const slugs = raw[0].split(",").map(canonicalSlug).filter((s) => s !== "");
  if (slugs.length < MIN_CAREERS || slugs.length > MAX_CAREERS) {
    return { ok: false, error: "bad_slugs", message: `Compare two to four careers; got ${slugs.length}.` };
  }
  if (slugs.some((s) => s.length > MAX_SLUG_LENGTH)) {
    return { ok: false, error: "bad_slugs", message: `Each slug has at most ${MAX_SLUG_LENGTH} characters.` };
  }
  const format = params.get("format") ?? "json";
  if (format !== "json" && format !== "csv") return { ok: false, error: "bad_format", message: 'format is "json" or "csv".' };
  return { ok: true, slugs, format };
}

export function comparisonJson(c: Comparison) {
  return {
    title: c.title,
    url: comparePath(c.careers.map((x) => x.resolution.slug)),
    summary: c.summary,
    sameOccupation: c.someSame,
    careers: c.careers.map((career, i) => ({
      slug: career.resolution.slug,
      name: career.resolution.name,
      resolvedBy: career.resolution.via,
      matchedTitle: career.resolution.matchedTitle,
      occupation: {
        onetCode: career.profile.occupation.onetCode,
        socCode: career.profile.occupation.socCode,
        title: career.profile.occupation.title,
        slug: career.profile.occupation.slug,
        url: `/careers/${career.profile.occupation.slug}`,
      },
      figures: Object.fromEntries(
        c.groups.flatMap((g) =>
          g.rows.map((row) => {
            const cell = row.cells[i];
            return [
              row.key,
              {
                group: g.title,
                label: row.label,
                value: cell.value,
                display: cell.display,
                missing: cell.missing,
                ...(cell.note ? { note: cell.note } : {}),
                source: cell.source,
                year: cell.year,
              },
            ];
          }),
        ),
      ),
    })),
    notInPublicData: NOT_IN_PUBLIC_DATA,
  };
}

function csvField(text: string): string {
  // Formula-looking text is prefixed so spreadsheets show it rather than run it.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^[-+]?\$?\d/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per figure: group, figure, one column per career, then the sources. The first rows name the occupations. */
export function comparisonCsv(c: Comparison): string {
  const names = c.careers.map((x) => x.resolution.name);
  const lines: string[][] = [
    ["Group", "Figure", ...names, "Source"],
    ["Occupation", "Occupation (O*NET-SOC)", ...c.careers.map((x) => `${x.profile.occupation.title} (${x.profile.occupation.onetCode})`), "O*NET 29.0"],
  ];
  for (const g of c.groups) {
    for (const row of g.rows) {
      if (row.key === "description" || row.key === "tasks") continue; // publisher prose: on the page, not in the download
      lines.push([g.title, row.label, ...row.cells.map((cell) => cell.display), rowSources(row).join("; ")]);
    }
  }
  return `${lines.map((l) => l.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** A file name for the download: "lead-technician-vs-senior-support-technician.csv". */
export function csvFileName(c: Comparison): string {
  return `${c.careers.map((x) => x.resolution.slug).join("-vs-")}.csv`;
}
