import fc from "fast-check";
import { expect } from "vitest";

/**
 * Shared pieces for fuzzing routes: values people (and attackers) put in URLs, and the check every answer must
 * pass: no 5xx, a JSON body, and nothing of the server's insides (stack traces, driver or ORM messages).
 */

/** How many cases each property runs; FUZZ_RUNS raises it for a longer hunt. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

const nasty = fc.constantFrom(
  "",
  " ",
  "%",
  "%E0%A4%A",
  "%00",
  "\u0000",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "\"; DROP TABLE \"Occupation\"; --",
  "${7*7}",
  "{{7*7}}",
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "0x10",
  "9".repeat(400),
  "🙂👩🏽‍⚕️",
  "\u202e\u200b",
  "a".repeat(5000),
  "null",
  "[]",
  "{}",
);

/** A value for one query parameter: plain text, unicode, numbers, or a known troublemaker. */
export const paramValue: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
  fc.double().map(String),
  nasty,
);

/** A query string over the given keys (each absent, once or repeated), plus a stray unknown key now and then. */
export function queryString(keys: string[]): fc.Arbitrary<string> {
  const entry = fc.tuple(fc.constantFrom(...keys, "zzz", "__proto__"), paramValue);
  return fc.array(entry, { maxLength: 6 }).map((pairs) => {
    const params = new URLSearchParams();
    for (const [k, v] of pairs) params.append(k, v);
    return params.toString();
  });
}

const INSIDES = [/\n\s+at /, /node_modules/, /prisma/i, /PrismaClient/, /TypeError|ReferenceError|SyntaxError/, /pglite/i, /SELECT |INSERT |UPDATE /];

/**
 * Every answer: below 500, no stack trace or internal message, and JSON (or, where `csv` is allowed, a CSV
 * download on success). Returns the parsed JSON body, or the text of a CSV.
 */
export async function expectSafeJson(response: Response, context: string, opts: { csv?: boolean } = {}): Promise<unknown> {
  const text = await response.text();
  expect(response.status, `${context} → ${response.status} ${text.slice(0, 200)}`).toBeLessThan(500);
  const type = response.headers.get("content-type") ?? "";
  if (opts.csv && response.status === 200 && type.startsWith("text/csv")) return text;
  for (const pattern of INSIDES) expect(text, `${context}: the answer shows ${pattern}`).not.toMatch(pattern);
  expect(type, context).toContain("application/json");
  return JSON.parse(text);
}

/** A text shown to a person (an action's message, its field errors): none of the server's insides. */
export function expectNoInsides(text: string, context: string) {
  for (const pattern of INSIDES) expect(text, `${context}: the answer shows ${pattern}`).not.toMatch(pattern);
}

/** Any JSON-ish value a form or a request body could carry, odd ones included. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: paramValue },
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(paramValue, { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 6 }), paramValue, { maxKeys: 3 }),
);

/**
 * An input built from a valid one: some fields replaced by odd values or dropped, sometimes an unknown or
 * prototype-polluting key added. Starting from a valid input takes the fuzzing past validation into the logic.
 */
export function mutatedInput(valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(valid);
  return fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...keys, "zzz", "__proto__", "constructor"), fc.oneof(anyValue, fc.constant(undefined))), { minLength: 1, maxLength: 4 }),
      fc.boolean(),
    )
    .map(([changes, fromEmpty]) => {
      const input: Record<string, unknown> = fromEmpty ? {} : { ...valid };
      for (const [key, value] of changes) {
        if (value === undefined) delete input[key];
        else Object.defineProperty(input, key, { value, enumerable: true, configurable: true, writable: true });
      }
      return input;
    });
}
