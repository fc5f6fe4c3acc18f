/**
 * A job posting as the write path accepts it (from an import file, the sample generator or, later, an editor's
 * form): validated with zod, so every entry point checks the same rules.
 */
import { z } from "zod";
import { stateCode } from "./states";

export const EMPLOYMENT_TYPES = ["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export const PAY_PERIODS = ["HOUR", "DAY", "WEEK", "MONTH", "YEAR"] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

export const EMPLOYMENT_LABELS: Record<EmploymentType, string> = {
  FULL_TIME: "Full time",
  PART_TIME: "Part time",
  CONTRACTOR: "Contract",
  TEMPORARY: "Temporary",
  INTERN: "Internship",
  VOLUNTEER: "Volunteer",
  PER_DIEM: "Per diem",
  OTHER: "Other",
};

/** Hours and weeks used to express pay as a yearly amount (the OEWS convention: 2,080 hours a year). */
const PER_YEAR: Record<PayPeriod, number> = { HOUR: 2080, DAY: 260, WEEK: 52, MONTH: 12, YEAR: 1 };

export function annualize(amount: number | null | undefined, period: PayPeriod | null | undefined): number | null {
  if (amount == null || !period) return null;
  return Math.round(amount * PER_YEAR[period]);
}

/** Loose spellings of employment types, as feeds write them ("full-time", "Contract", "CONTRACTOR"). */
export function employmentType(value: string | null | undefined): EmploymentType | null {
  const v = (value ?? "").trim().toUpperCase().replace(/[\s-]+/g, "_");
  if (!v) return null;
  if ((EMPLOYMENT_TYPES as readonly string[]).includes(v)) return v as EmploymentType;
  const aliases: Record<string, EmploymentType> = {
    FULLTIME: "FULL_TIME", PARTTIME: "PART_TIME", CONTRACT: "CONTRACTOR", TEMP: "TEMPORARY",
    INTERNSHIP: "INTERN", PERDIEM: "PER_DIEM", SEASONAL: "TEMPORARY",
  };
  return aliases[v.replace(/_/g, "")] ?? null;
}

export function payPeriod(value: string | null | undefined): PayPeriod | null {
  const v = (value ?? "").trim().toUpperCase();
  if (!v) return null;
  if ((PAY_PERIODS as readonly string[]).includes(v)) return v as PayPeriod;
  const aliases: Record<string, PayPeriod> = { HOURLY: "HOUR", DAILY: "DAY", WEEKLY: "WEEK", MONTHLY: "MONTH", YEARLY: "YEAR", ANNUAL: "YEAR", ANNUALLY: "YEAR", SALARY: "YEAR" };
  return aliases[v] ?? null;
}

const text = (max: number, what = "this field") =>
  z
    .string({ error: `${what} is required` })
    .trim()
    .min(1, `${what} is required`)
    .max(max, `${what} must be at most ${max} characters`);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

const location = z
  .object({
    city: optionalText(100),
    state: z
      .string()
      .nullish()
      .transform((v, ctx) => {
        if (!v || !v.trim()) return null;
        const code = stateCode(v);
        if (!code) ctx.addIssue({ code: "custom", message: `unknown US state "${v}" (use a postal code such as CA)` });
        return code;
      }),
    remote: z.boolean().default(false),
  })
  .refine((l) => l.remote || l.state, { message: "a location needs a state or remote" });

const money = z.number().finite().min(0).max(100_000_000);

const date = z.union([z.date(), z.string().trim().min(1)], { error: "a date is required (ISO 8601, e.g. 2026-11-28)" }).transform((v, ctx) => {
  const d = v instanceof Date ? v : new Date(v);
  if (Number.isNaN(d.getTime())) {
    ctx.addIssue({ code: "custom", message: `not a date: "${String(v)}"` });
    return z.NEVER;
  }
  return d;
});

/** One posting to be written. */
export const postingInputSchema = z
  .object({
    source: text(80, "source"),
    sourceId: optionalText(200),
    title: text(200, "title"),
    companyName: text(200, "company (hiringOrganization.name)"),
    locations: z.array(location).min(1, "at least one location (a state, or remote)").max(50),
    employmentType: z.enum(EMPLOYMENT_TYPES).default("FULL_TIME"),
    payMin: money.nullish().transform((v) => v ?? null),
    payMax: money.nullish().transform((v) => v ?? null),
    payPeriod: z.enum(PAY_PERIODS).nullish().transform((v) => v ?? null),
    payCurrency: z
      .string()
      .trim()
      .regex(/^[A-Z]{3}$/, "currency must be a three-letter code such as USD")
      .nullish()
      .transform((v) => v ?? "USD"),
    description: z.string().max(50_000).nullish().transform((v) => (v && v.trim() ? v : null)),
    postedAt: date,
    expiresAt: date.nullish().transform((v) => v ?? null),
    applyUrl: z
      .string()
      .trim()
      .nullish()
      .transform((v, ctx) => {
        if (!v) return null;
        try {
          const u = new URL(v);
          if (u.protocol === "http:" || u.protocol === "https:") return u.toString();
        } catch {
          /* reported below */
        }
        ctx.addIssue({ code: "custom", message: `applyUrl must be an http or https address (got "${v.slice(0, 60)}")` });
        return z.NEVER;
      }),
    isSample: z.boolean().default(false),
    /** An editor's classification; otherwise the title search decides. */
    onetCode: z.string().regex(/^\d{2}-\d{4}\.\d{2}$/).nullish().transform((v) => v ?? null),
  })
  .superRefine((p, ctx) => {
    if ((p.payMin != null || p.payMax != null) && !p.payPeriod) ctx.addIssue({ code: "custom", path: ["payPeriod"], message: "pay needs a period (HOUR, DAY, WEEK, MONTH or YEAR)" });
    if (p.payMin != null && p.payMax != null && p.payMin > p.payMax) ctx.addIssue({ code: "custom", path: ["payMax"], message: "payMax is below payMin" });
    if (p.expiresAt && p.expiresAt < p.postedAt) ctx.addIssue({ code: "custom", path: ["expiresAt"], message: "expiresAt is before postedAt" });
  });

export type PostingInput = z.input<typeof postingInputSchema>;
export type Posting = z.output<typeof postingInputSchema>;

/** The zod issues as one line: "title: too short; locations: …". */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}
