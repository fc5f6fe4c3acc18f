/**
 * The comparison in plain words, written by our code from the figures (never publisher prose): which pays
 * more and by how much, which grows faster, how long each takes to get into, the top skills of each, what they
 * share and where they differ. Careful when a figure is missing or top-coded, and when two names map to the
 * same occupation. Pure: tested with crafted figures.
 */

export type SummaryCareer = {
  /** The name the person chose ("Lead Technician"). */
  name: string;
  occupationTitle: string;
  onetCode: string;
  /** Median yearly pay; null when not published. `topCoded`: at least `value`. */
  median: { value: number | null; topCoded: boolean } | null;
  /** "BLS OEWS, May 2025". */
  paySource: string | null;
  growth: number | null;
  /** "2024–2034". */
  growthPeriod: string | null;
  education: string | null;
  experience: string | null;
  jobZone: number | null;
  jobZoneLabel: string | null;
  topSkills: string[];
};

export type SummaryInput = {
  careers: SummaryCareer[];
  /** Skills in the top ten of every distinct occupation. */
  commonSkills: string[];
  /** Per career, its top skills the others do not have in their top ten. */
  distinctSkills: string[][];
};

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const money = (n: number) => `$${whole.format(Math.round(n))}`;
const pct = (n: number) => `${new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }).format(Math.abs(n))}%`;

/** "A", "A and B", "A, B and C". */
export function listWords(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** "Bachelor's degree" → "a bachelor's degree"; "No formal educational credential" → "no formal educational credential". */
export function withArticle(education: string): string {
  const lower = education.charAt(0).toLowerCase() + education.slice(1);
  if (/^(some college|no formal|none)/i.test(lower)) return lower;
  return `${/^[aeiou]/i.test(lower) ? "an" : "a"} ${lower}`;
}

export function writeComparisonSummary(input: SummaryInput): string[] {
  const { careers } = input;
  const out: string[] = [];

  // Names that map to one occupation: say so, then compare each occupation once (under its first name).
  const groups = new Map<string, SummaryCareer[]>();
  for (const c of careers) groups.set(c.onetCode, [...(groups.get(c.onetCode) ?? []), c]);
  const distinct = [...groups.values()].map((g) => g[0]);
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const names = [...new Set(group.map((c) => c.name))];
    out.push(
      names.length === 1
        ? `${names[0]} appears ${group.length === 2 ? "twice" : `${group.length} times`}; it is one occupation, ${group[0].occupationTitle}, so its columns are identical.`
        : `${listWords(names)} both map to the same occupation, ${group[0].occupationTitle}, so their figures are identical: public data does not tell these titles apart.`.replace(
            " both ",
            names.length > 2 ? " all " : " both ",
          ),
    );
  }
  if (distinct.length < 2) {
    const c = distinct[0];
    if (c) out.push(...single(c));
    return out;
  }

  out.push(pay(distinct));
  out.push(growth(distinct));
  out.push(entry(distinct));
  out.push(...skills(input, distinct));
  return out.filter(Boolean);
}

function single(c: SummaryCareer): string[] {
  const parts: string[] = [];
  if (c.median?.topCoded) parts.push(`Its median pay is at least ${money(c.median.value ?? 0)} a year.`);
  else if (c.median?.value != null) parts.push(`Its median pay is ${money(c.median.value)} a year${c.paySource ? ` (${c.paySource})` : ""}.`);
  if (c.growth != null) parts.push(`Employment is projected to ${c.growth > 0 ? `grow ${pct(c.growth)}` : c.growth < 0 ? `decline ${pct(c.growth)}` : "hold steady"}${c.growthPeriod ? ` over ${c.growthPeriod}` : ""}.`);
  return parts;
}

function pay(cs: SummaryCareer[]): string {
  const known = cs.filter((c) => c.median && (c.median.value != null || c.median.topCoded));
  const unknown = cs.filter((c) => !known.includes(c));
  const missingNote = unknown.length
    ? ` BLS publishes no national median pay for ${listWords(unknown.map((c) => c.name))}${known.length >= 2 ? ", so it is left out of this comparison" : ""}.`
    : "";
  if (known.length < 2) {
    return known.length === 1
      ? `Median pay is published for ${known[0].name} only (${describeMedian(known[0])}), so pay cannot be compared.${missingNote}`
      : "BLS publishes no national median pay for these careers, so pay cannot be compared.";
  }
  const rank = (c: SummaryCareer) => (c.median!.topCoded ? Number.POSITIVE_INFINITY : c.median!.value!);
  const sorted = [...known].sort((a, b) => rank(b) - rank(a));
  const [top, second] = sorted;
  const low = sorted.at(-1)!;
  const source = top.paySource ? ` (${top.paySource})` : "";
  if (top.median!.topCoded && second.median!.topCoded) {
    const all = sorted.filter((c) => c.median!.topCoded);
    return `${listWords(all.map((c) => c.name))} all have medians at or above the top-code of ${money(top.median!.value ?? 0)} a year, so public data cannot say which pays more${source}.${missingNote}`.replace(
      /^(.+?) all have/,
      all.length === 2 ? "$1 both have" : "$1 all have",
    );
  }
  if (top.median!.topCoded) {
    return `Pay is highest for ${top.name}: a median of at least ${money(top.median!.value ?? 0)} a year (the top-code, so the exact figure is not published), against ${money(second.median!.value!)} for ${second.name}${sorted.length > 2 ? ` and ${money(low.median!.value!)} for ${low.name}` : ""}${source}.${missingNote}`;
  }
  const diff = top.median!.value! - low.median!.value!;
  const share = (diff / low.median!.value!) * 100;
  if (diff === 0) {
    return `${listWords(sorted.map((c) => c.name))} have the same median pay, ${money(top.median!.value!)} a year${source}.${missingNote}`;
  }
  if (sorted.length === 2) {
    return `Pay is higher for ${top.name}: a median of ${money(top.median!.value!)} a year against ${money(low.median!.value!)} for ${low.name}, ${money(diff)} (${pct(share)}) more${source}.${missingNote}`;
  }
  const middle = sorted.slice(1).map((c) => `${c.name} (${describeMedian(c)})`);
  return `Pay is highest for ${top.name}, a median of ${money(top.median!.value!)} a year, then ${listWords(middle)}; that is ${money(diff)} (${pct(share)}) more than ${low.name}${source}.${missingNote}`;
}

function describeMedian(c: SummaryCareer) {
  return c.median!.topCoded ? `at least ${money(c.median!.value ?? 0)}` : money(c.median!.value!);
}

function growth(cs: SummaryCareer[]): string {
  const known = cs.filter((c) => c.growth != null);
  const unknown = cs.filter((c) => c.growth == null);
  const missingNote = unknown.length ? ` There is no BLS projection for ${listWords(unknown.map((c) => c.name))}.` : "";
  if (known.length < 2) return `Growth cannot be compared: BLS projects employment for ${known.length === 1 ? `${known[0].name} only` : "none of them"}.`;
  const sorted = [...known].sort((a, b) => b.growth! - a.growth!);
  const [top] = sorted;
  const period = top.growthPeriod ? ` over ${top.growthPeriod}` : "";
  const move = (g: number) => (g > 0 ? `+${pct(g)}` : g < 0 ? `−${pct(g)}` : "no change");
  if (sorted.every((c) => c.growth === top.growth)) {
    return `${listWords(sorted.map((c) => c.name))} are projected to change at the same rate (${move(top.growth!)})${period}.${missingNote}`;
  }
  const others = sorted.slice(1).map((c) => `${c.name} (${move(c.growth!)})`);
  const two = sorted.length === 2;
  const verb = top.growth! > 0 ? (two ? "grow faster" : "grow fastest") : two ? "shrink less" : "shrink least";
  const declining = sorted.filter((c) => c.growth! < 0).map((c) => c.name);
  const declineNote = declining.length && top.growth! > 0 ? ` Jobs are projected to shrink for ${listWords(declining)}.` : "";
  return `Jobs are projected to ${verb} for ${top.name}: ${move(top.growth!)}${period}, against ${listWords(others)}.${declineNote}${missingNote}`;
}

function entry(cs: SummaryCareer[]): string {
  const parts = cs.map((c) => {
    if (!c.education && c.jobZone == null) return `for ${c.name}, public data gives no typical entry requirements`;
    const edu = c.education ? withArticle(c.education) : "an unpublished level of education";
    const exp =
      c.experience && !/^none$/i.test(c.experience) ? ` and ${c.experience.toLowerCase()} of related work experience` : c.experience ? " and no prior work experience" : "";
    const zone = c.jobZone != null ? ` (job zone ${c.jobZone} of 5${c.jobZoneLabel ? `: ${c.jobZoneLabel.toLowerCase()}` : ""})` : "";
    return `for ${c.name}, typically ${edu}${exp}${zone}`;
  });
  const text = parts.join("; ");
  return `Getting in: ${text}.`;
}

function skills(input: SummaryInput, distinct: SummaryCareer[]): string[] {
  const withSkills = input.careers
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => distinct.includes(c) && c.topSkills.length > 0);
  if (withSkills.length === 0) return [];
  const out = [`Top skills: ${withSkills.map(({ c }) => `${c.name}, ${listWords(c.topSkills.map((s) => s.toLowerCase()))}`).join("; ")}.`];
  if (withSkills.length === distinct.length) {
    out.push(
      input.commonSkills.length
        ? `${withSkills.length === 2 ? "Both" : "All"} rely on ${listWords(input.commonSkills.slice(0, 4).map((s) => s.toLowerCase()))}.`
        : `They share none of their ten most important skills.`,
    );
    const stand = withSkills.filter(({ i }) => (input.distinctSkills[i] ?? []).length > 0);
    if (stand.length) {
      out.push(
        `Where they differ: ${stand
          .map(({ c, i }) => `${listWords(input.distinctSkills[i].slice(0, 3).map((s) => s.toLowerCase()))} for ${c.name} only`)
          .join("; ")} (among the top skills).`,
      );
    }
  }
  return out;
}
