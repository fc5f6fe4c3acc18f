/**
 * The query of a job search, as the URL holds it (/jobs?… and GET /api/v1/jobs?…). One schema for the page and
 * the API: the API answers 400 with the messages, the page shows them and ignores the bad value.
 */
import { z } from "zod";
import { EMPLOYMENT_TYPES } from "./model";
import { stateCode } from "./states";

export const PAGE_SIZE = 20;
export const MAX_PAGE = 500;
export const POSTED_WITHIN = [1, 3, 7, 14, 30] as const;
export const SORTS = ["relevance", "date", "pay"] as const;
export type Sort = (typeof SORTS)[number];

const optionalText = (name: string, max: number) =>
  z
    .string()
    // Control characters (NUL above all: PostgreSQL text cannot hold it) are never part of a search.
    .transform((v) => v.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim())
    .pipe(z.string().max(max, `${name} must be at most ${max} characters`))
    .optional()
    .transform((v) => v || undefined);

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${name} must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `${name} must be a whole number from ${min} to ${max}`).max(max, `${name} must be a whole number from ${min} to ${max}`))
    .optional();

export const jobSearchSchema = z.object({
  q: optionalText("q", 200),
  /** A place: "Austin, TX", "TX", "Texas", "Austin" or "remote". */
  where: optionalText("where", 100),
  state: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v || !v.trim()) return undefined;
      const code = stateCode(v);
      if (!code) ctx.addIssue({ code: "custom", message: `state must be a US state postal code such as CA (got "${v.slice(0, 40)}")` });
      return code ?? undefined;
    }),
  remote: z
    .enum(["1", "true", "0", "false", ""], { error: "remote must be 1 or 0" })
    .optional()
    .transform((v) => v === "1" || v === "true"),
  payMin: wholeNumber("payMin (yearly pay in dollars)", 0, 10_000_000),
  type: z.enum(EMPLOYMENT_TYPES, { error: `type must be one of ${EMPLOYMENT_TYPES.join(", ")}` }).optional(),
  posted: z
    .enum(POSTED_WITHIN.map(String) as [string, ...string[]], { error: `posted must be one of ${POSTED_WITHIN.join(", ")} (days)` })
    .optional()
    .transform((v) => (v ? Number(v) : undefined)),
  company: z.string().trim().regex(/^[a-z0-9-]{1,100}$/, "company must be a company slug such as general-electric").optional(),
  career: z.string().trim().regex(/^[a-z0-9-]{1,150}$/, "career must be a career slug such as registered-nurses").optional(),
  group: z.string().trim().regex(/^\d{2}-0000$/, "group must be a SOC major group code such as 15-0000").optional(),
  sort: z.enum(SORTS, { error: `sort must be one of ${SORTS.join(", ")}` }).optional(),
  page: wholeNumber("page", 1, MAX_PAGE).transform((v) => v ?? 1),
});

export type JobSearch = z.output<typeof jobSearchSchema>;
const KEYS = Object.keys(jobSearchSchema.shape) as (keyof JobSearch)[];

/** Reads the first value of each known parameter (unknown ones are ignored). */
export function parseJobSearch(params: URLSearchParams): { ok: true; value: JobSearch } | { ok: false; error: string; value: JobSearch } {
  const raw: Record<string, string> = {};
  for (const key of KEYS) {
    const v = params.get(key);
    if (v !== null && v !== "") raw[key] = v;
  }
  const result = jobSearchSchema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  // keep what is valid, drop the bad parameters
  const bad = new Set(result.error.issues.map((i) => String(i.path[0])));
  const kept = Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k)));
  const fallback = jobSearchSchema.safeParse(kept);
  return {
    ok: false,
    error: result.error.issues.map((i) => i.message).join("; "),
    value: fallback.success ? fallback.data : jobSearchSchema.parse({}),
  };
}

/** The URL query for a search, without empty and default values; `change` overrides fields. */
export function jobSearchQuery(s: Partial<JobSearch>, change: Partial<Record<keyof JobSearch, string | number | boolean | undefined>> = {}): string {
  const merged: Record<string, unknown> = { ...s, ...change };
  const out = new URLSearchParams();
  for (const key of KEYS) {
    const v = merged[key];
    if (v === undefined || v === null || v === "" || v === false) continue;
    if (key === "page" && v === 1) continue;
    out.set(key, v === true ? "1" : String(v));
  }
  const text = out.toString();
  return text ? `?${text}` : "";
}
