import type { Limit } from "@/lib/rate-limit";

/** Write limits per account (lib/rate-limit.ts counts them in the database, shared by every server process). */
export const REVIEW_LIMITS = {
  submit: { name: "review:submit", max: 5, windowSeconds: 24 * 60 * 60 },
  report: { name: "review:report", max: 20, windowSeconds: 60 * 60 },
  helpful: { name: "review:helpful", max: 60, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;
