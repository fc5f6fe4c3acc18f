/**
 * Job posting import: schema.org JobPosting JSON / JSON-LD (one object, an array, or an @graph) and CSV.
 * Every record is validated on its own; a bad one is reported with its line (CSV) or item number (JSON) and
 * reason and skipped, the good ones are written in one transaction (lib/jobs/write).
 *
 * CSV columns (header row required, any order, unknown columns ignored):
 *   title, company                      required
 *   city, state, remote                 one location (state: postal code or name; remote: yes/no/true/false)
 *   locations                           instead: several, "Austin, TX | Denver, CO | Remote"
 *   source_id, employment_type (FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, PER_DIEM, …),
 *   pay_min, pay_max, pay_period (HOUR, DAY, WEEK, MONTH, YEAR), currency, posted_at, expires_at (ISO dates),
 *   apply_url (http/https), description (markdown), onet_code (an editor's classification)
 */
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TitleIndex } from "@/lib/search/title-index";
import { parseCsv } from "./csv";
import { describeIssues, employmentType, payPeriod, postingInputSchema, type Posting } from "./model";
import { writePostings } from "./write";

export type RowError = { where: string; reason: string };
export type ParsedFile = { postings: Posting[]; errors: RowError[]; records: number };
export type IngestResult = ParsedFile & { created: number; updated: number };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === "string" ? v : typeof v === "number" ? String(v) : null);
const first = <T>(v: T | T[] | undefined | null): T | undefined => (Array.isArray(v) ? v[0] : (v ?? undefined));
const list = <T>(v: T | T[] | undefined | null): T[] => (Array.isArray(v) ? v : v == null ? [] : [v]);

function num(v: unknown): number | null | undefined {
  if (v == null || v === "") return null;
  const n = typeof v === "number" ? v : Number(String(v).replace(/[$,\s]/g, ""));
  return Number.isFinite(n) ? n : undefined; // undefined: not a number (zod reports it)
}

function isJobPosting(v: unknown): v is Json {
  return isObject(v) && list(v["@type"] as string | string[]).includes("JobPosting");
}

/** The JobPosting objects of a JSON document: the object itself, an array's items, or an @graph's. */
function jobPostingItems(doc: unknown): { where: string; item: unknown }[] {
  const items = Array.isArray(doc) ? doc : isObject(doc) && Array.isArray(doc["@graph"]) ? (doc["@graph"] as unknown[]) : [doc];
  const fromGraph = isObject(doc) && Array.isArray(doc["@graph"]);
  return items
    .map((item, i) => ({ where: `item ${i + 1}`, item }))
    .filter(({ item }) => !fromGraph || isJobPosting(item)); // a graph may hold other nodes (Organization, …)
}

/** Maps one schema.org JobPosting to our input shape (validation happens after). */
export function fromSchemaOrg(item: unknown, source: string): unknown {
  if (!isJobPosting(item)) return { __error: `not a schema.org JobPosting (@type is ${JSON.stringify(isObject(item) ? item["@type"] : typeof item)})` };
  const org = item.hiringOrganization;
  const identifier = item.identifier;
  const sourceId = isObject(identifier) ? str(identifier.value) : str(identifier);
  const remoteType = list(item.jobLocationType as string | string[]).some((t) => String(t).toUpperCase() === "TELECOMMUTE");
  const locations = list(item.jobLocation as unknown).map((place) => {
    const address = isObject(place) ? (isObject(place.address) ? place.address : null) : null;
    return { city: str(address?.addressLocality), state: str(address?.addressRegion), remote: false };
  });
  if (remoteType) {
    const states = list(item.applicantLocationRequirements as unknown).map((r) => (isObject(r) ? str(r.name) : str(r)));
    if (states.length === 0) locations.push({ city: null, state: null, remote: true });
    else for (const s of states) locations.push({ city: null, state: s, remote: true });
  }
  const salary = isObject(item.baseSalary) ? item.baseSalary : null;
  const value = salary && isObject(salary.value) ? salary.value : null;
  const single = salary && !value ? num(salary.value) : num(value?.value);
  return {
    source,
    sourceId,
    title: str(item.title),
    companyName: isObject(org) ? str(org.name) : str(org),
    locations,
    employmentType: employmentType(str(first(item.employmentType as string | string[]))) ?? undefined,
    payMin: num(value?.minValue) ?? single,
    payMax: num(value?.maxValue) ?? single,
    payPeriod: payPeriod(str(value?.unitText)),
    payCurrency: str(salary?.currency),
    description: str(item.description),
    postedAt: str(item.datePosted),
    expiresAt: str(item.validThrough),
    applyUrl: str(item.url),
  };
}

const truthy = (v: string) => /^(y|yes|true|1|remote)$/i.test(v.trim());

function csvLocations(get: (c: string) => string) {
  const many = get("locations");
  if (many) {
    return many
      .split("|")
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        if (/^remote$/i.test(part)) return { city: null, state: null, remote: true };
        const m = /^(.*?)(?:,\s*([^,]+))?$/.exec(part)!;
        return m[2] ? { city: m[1].trim() || null, state: m[2].trim(), remote: false } : { city: null, state: m[1].trim(), remote: false };
      });
  }
  const remote = truthy(get("remote"));
  return [{ city: get("city") || null, state: get("state") || null, remote }];
}

/** Maps one CSV record (by header name) to our input shape. */
export function fromCsvRecord(get: (column: string) => string, source: string): unknown {
  const type = get("employment_type");
  const period = get("pay_period");
  return {
    source,
    sourceId: get("source_id") || null,
    title: get("title"),
    companyName: get("company"),
    locations: csvLocations(get),
    employmentType: type ? (employmentType(type) ?? type) : undefined,
    payMin: num(get("pay_min")),
    payMax: num(get("pay_max")),
    payPeriod: period ? (payPeriod(period) ?? period) : null,
    payCurrency: get("currency") || null,
    description: get("description") || null,
    postedAt: get("posted_at") || undefined,
    expiresAt: get("expires_at") || null,
    applyUrl: get("apply_url") || null,
    onetCode: get("onet_code") || null,
  };
}

function validate(raw: unknown, where: string, out: ParsedFile) {
  out.records++;
  if (isObject(raw) && typeof raw.__error === "string") {
    out.errors.push({ where, reason: raw.__error });
    return;
  }
  const parsed = postingInputSchema.safeParse(raw);
  if (parsed.success) out.postings.push(parsed.data);
  else out.errors.push({ where, reason: describeIssues(parsed.error) });
}

/** Reads a file's text (by its extension: .csv, or .json / .jsonld) into validated postings and row errors. */
export function parsePostingsFile(text: string, fileName: string, source: string): ParsedFile {
  const out: ParsedFile = { postings: [], errors: [], records: 0 };
  if (/\.csv$/i.test(fileName)) {
    const [header, ...rows] = parseCsv(text);
    if (!header) throw new Error(`${fileName}: the file is empty`);
    const columns = header.cells.map((c) => c.trim().toLowerCase());
    for (const needed of ["title", "company"]) if (!columns.includes(needed)) throw new Error(`${fileName}: the header has no "${needed}" column`);
    for (const row of rows) {
      const get = (c: string) => (columns.indexOf(c) >= 0 ? (row.cells[columns.indexOf(c)] ?? "").trim() : "");
      validate(fromCsvRecord(get, source), `line ${row.line}`, out);
    }
    return out;
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`${fileName}: not valid JSON (${(e as Error).message})`);
  }
  for (const { where, item } of jobPostingItems(doc)) validate(fromSchemaOrg(item, source), where, out);
  return out;
}

/** The default source name of a file: "import:" and its name without extension. */
export function sourceFor(file: string): string {
  return `import:${path.basename(file).replace(/\.[^.]+$/, "")}`;
}

/** Parses a file and writes its valid postings in one transaction. */
export async function ingestText(
  prisma: PrismaClient,
  text: string,
  fileName: string,
  opts: { index: TitleIndex | null; source?: string },
): Promise<IngestResult> {
  const parsed = parsePostingsFile(text, fileName, opts.source ?? sourceFor(fileName));
  const written = parsed.postings.length ? await writePostings(prisma, parsed.postings, opts.index) : { created: 0, updated: 0 };
  return { ...parsed, created: written.created, updated: written.updated };
}
