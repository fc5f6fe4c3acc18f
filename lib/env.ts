import { z } from "zod";

/** Configuration, read from the environment once and validated. See .env.example and the README. */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|pglite:)/, "must start with postgresql://, postgres:// or pglite:")
    .optional(),
  DATA_DIR: z.string().min(1).optional(),
  NEXTAUTH_URL: z.url().optional(),
  NEXTAUTH_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "must start with smtp:// or smtps://").optional(),
  MAIL_FROM: z.string().min(3).optional(),
  // OAuth sign-in: each provider is offered only when both of its variables are set.
  GITHUB_ID: z.string().min(1).optional(),
  GITHUB_SECRET: z.string().min(1).optional(),
  GOOGLE_CLIENT_ID: z.string().min(1).optional(),
  GOOGLE_CLIENT_SECRET: z.string().min(1).optional(),
  /** Sample job postings on a new install: unset = on for the embedded database (PGlite), off on PostgreSQL. */
  SAMPLE_POSTINGS: z.enum(["on", "off"], { error: "must be on or off" }).optional(),
  /** Sample company reviews on a new install: unset = on for the embedded database (PGlite), off on PostgreSQL. */
  SAMPLE_REVIEWS: z.enum(["on", "off"], { error: "must be on or off" }).optional(),
  /** Comma-separated addresses whose accounts become ADMIN when they sign up or sign in with a password. */
  ADMIN_EMAILS: z
    .string()
    .refine((v) => v.split(",").every((e) => !e.trim() || z.email().safeParse(e.trim()).success), "must be email addresses separated by commas")
    .optional(),
});

export type Env = z.infer<typeof schema>;

export class EnvError extends Error {}

/** Parses an environment; throws an EnvError naming every bad variable. Empty strings count as unset. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Whether a new install gets sample job postings: SAMPLE_POSTINGS, else on for PGlite and off for PostgreSQL. */
export function samplePostingsEnabled(config: Pick<Env, "SAMPLE_POSTINGS" | "DATABASE_URL">): boolean {
  if (config.SAMPLE_POSTINGS) return config.SAMPLE_POSTINGS === "on";
  return !config.DATABASE_URL || config.DATABASE_URL.startsWith("pglite:");
}

/** Whether a new install gets sample reviews: SAMPLE_REVIEWS, else on for PGlite and off for PostgreSQL. */
export function sampleReviewsEnabled(config: Pick<Env, "SAMPLE_REVIEWS" | "DATABASE_URL">): boolean {
  if (config.SAMPLE_REVIEWS) return config.SAMPLE_REVIEWS === "on";
  return !config.DATABASE_URL || config.DATABASE_URL.startsWith("pglite:");
}
