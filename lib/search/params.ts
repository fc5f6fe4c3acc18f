import { z } from "zod";

/** The longest query accepted, in characters after trimming. */
export const MAX_QUERY_LENGTH = 200;
export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 50;

/** Query parameters of GET /api/v1/search. */
export const searchParamsSchema = z.object({
  q: z
    .string({ error: "q is required: the job title to search for" })
    .trim()
    .min(1, "q must not be empty: give a job title to search for")
    .max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`),
  limit: z
    .string()
    .regex(/^\s*\d+\s*$/, `limit must be a whole number from 1 to ${MAX_LIMIT}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(1, `limit must be a whole number from 1 to ${MAX_LIMIT}`)
        .max(MAX_LIMIT, `limit must be a whole number from 1 to ${MAX_LIMIT}`),
    )
    .optional()
    .transform((n) => n ?? DEFAULT_LIMIT),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

/** Reads q and limit from a URL's search parameters: the parsed values, or one message naming what is wrong. */
export function parseSearchParams(params: URLSearchParams): { ok: true; value: SearchParams } | { ok: false; error: string } {
  const raw = {
    q: params.get("q") ?? undefined,
    limit: params.get("limit") ?? undefined,
  };
  const result = searchParamsSchema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, error: result.error.issues.map((i) => i.message).join("; ") };
}
