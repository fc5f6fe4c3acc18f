import { z } from "zod";
import { LIMIT_NAMES } from "@/lib/limits";

const RATE_LIMITS_FORMAT = /^\s*[a-z]+:[a-z]+=(off|\d{1,9}\/\d{1,7})\s*(,\s*[a-z]+:[a-z]+=(off|\d{1,9}\/\d{1,7})\s*)*$/;
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** True for an address only this machine can reach. */
export const isLoopback = (host: string) => LOOPBACK.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host);

/** Configuration, read from the environment once and validated. See .env.example and the README. */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Unset: 127.0.0.1 (this machine only) without NEXTAUTH_URL, 0.0.0.0 (every interface) with it. */
  HOST: z.string().min(1).optional(),
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
  /**
   * How many proxies in front of the server append to X-Forwarded-For. 0 (default): the header is client input
   * and ignored; the client address is the TCP peer's. N: the N-th address from the end of the header.
   */
  TRUST_PROXY: z.coerce.number({ error: "must be a number of proxies (0 to 10)" }).int().min(0).max(10).default(0),
  /** Overrides of the abuse limits: "search:ip=600/300,write:account=off" (name=max/seconds, or off). */
  RATE_LIMITS: z
    .string()
    .regex(RATE_LIMITS_FORMAT, 'must be name=max/seconds or name=off, comma-separated (e.g. "search:ip=600/300")')
    .refine(
      (v) => v.split(",").every((part) => LIMIT_NAMES.includes(part.split("=")[0].trim())),
      `names a limit that does not exist (known: ${LIMIT_NAMES.join(", ")})`,
    )
    .optional(),
});

export type Env = Omit<z.infer<typeof schema>, "HOST"> & { HOST: string };

export class EnvError extends Error {}

/** Parses an environment; throws an EnvError naming every bad variable. Empty strings count as unset. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const config = { ...result.data, HOST: result.data.HOST ?? (result.data.NEXTAUTH_URL ? "0.0.0.0" : "127.0.0.1") };
  if (config.NODE_ENV === "production" && !config.NEXTAUTH_URL && !isLoopback(config.HOST)) {
    throw new EnvError(
      "Invalid configuration:\n  NEXTAUTH_URL: required in production when the server listens beyond this machine " +
        `(HOST=${config.HOST}). Set it to the site's public address, e.g. NEXTAUTH_URL=https://careers.example.org: ` +
        "password-reset links and session cookies are built from it, never from the request's Host header. " +
        "Without it the server may only listen on a loopback HOST (127.0.0.1, the default then).",
    );
  }
  return config;
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
