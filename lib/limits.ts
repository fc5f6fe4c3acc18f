/**
 * The abuse limits and their overrides (RATE_LIMITS). No database here: lib/env.ts checks RATE_LIMITS' names
 * with it at start-up; lib/rate-limit.ts counts.
 */
export type Limit = { name: string; max: number; windowSeconds: number };

/** The limits on what an attacker would repeat. Per IP and per account; both must allow the attempt. */
export const LIMITS = {
  signInIp: { name: "signin:ip", max: 30, windowSeconds: 15 * 60 },
  signInAccount: { name: "signin:account", max: 10, windowSeconds: 15 * 60 },
  signUpIp: { name: "signup:ip", max: 20, windowSeconds: 60 * 60 },
  signUpAccount: { name: "signup:account", max: 5, windowSeconds: 60 * 60 },
  resetIp: { name: "reset:ip", max: 10, windowSeconds: 60 * 60 },
  resetAccount: { name: "reset:account", max: 5, windowSeconds: 60 * 60 },
  // Search (API, typeahead and the search pages; counted in proxy.ts). A person typing into the typeahead sends
  // at most a few a second and not for minutes on end; an office behind one address gets the larger IP figure.
  searchIp: { name: "search:ip", max: 1200, windowSeconds: 5 * 60 },
  searchAccount: { name: "search:account", max: 600, windowSeconds: 5 * 60 },
  // Writes by signed-in people (saved comparisons, account changes, reviews: authedAction counts them all).
  writeIp: { name: "write:ip", max: 600, windowSeconds: 10 * 60 },
  writeAccount: { name: "write:account", max: 300, windowSeconds: 10 * 60 },
  // Editor and admin changes (editorAction / adminAction).
  adminIp: { name: "admin:ip", max: 1200, windowSeconds: 10 * 60 },
  adminAccount: { name: "admin:account", max: 600, windowSeconds: 10 * 60 },
} satisfies Record<string, Limit>;

/** The names RATE_LIMITS may override ("search:ip", …). */
export const LIMIT_NAMES: string[] = Object.values(LIMITS).map((l) => l.name);

/**
 * `limit` with the operator's override from RATE_LIMITS ("search:ip=600/300,write:account=off") applied;
 * null when switched off. Unknown names in RATE_LIMITS are reported by parseLimitOverrides.
 */
export function effectiveLimit(limit: Limit, rateLimits: string | undefined): Limit | null {
  const override = parseLimitOverrides(rateLimits).get(limit.name);
  if (override === undefined) return limit;
  return override === "off" ? null : { ...limit, ...override };
}

const parsedOverrides = new Map<string, Map<string, "off" | { max: number; windowSeconds: number }>>();

/** RATE_LIMITS parsed (its shape is checked by lib/env.ts); throws naming an unknown limit. */
export function parseLimitOverrides(text: string | undefined): Map<string, "off" | { max: number; windowSeconds: number }> {
  const key = text ?? "";
  const known = parsedOverrides.get(key);
  if (known) return known;
  const map = new Map<string, "off" | { max: number; windowSeconds: number }>();
  for (const part of key.split(",").map((p) => p.trim()).filter(Boolean)) {
    const [name, value] = part.split("=");
    if (!LIMIT_NAMES.includes(name)) throw new Error(`RATE_LIMITS: unknown limit "${name}" (known: ${LIMIT_NAMES.join(", ")})`);
    const [max, seconds] = value.split("/").map(Number);
    map.set(name, value === "off" ? "off" : { max, windowSeconds: Math.max(1, seconds) });
  }
  parsedOverrides.set(key, map);
  return map;
}

