import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/** NIST SP 800-63B: at least 8 characters, long passphrases welcome, no composition rules, refuse weak ones. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;
/** zxcvbn scores 0–4; below 3 means "guessable within hours by an offline attacker" or a known common password. */
const MIN_SCORE = 3;

/** Our words for the strength checker's warning keys (the English pack is not installed; these are all we show). */
const WARNINGS: Record<string, string> = {
  topTen: "It is one of the ten most used passwords. ",
  topHundred: "It is one of the hundred most used passwords. ",
  common: "It is a commonly used password. ",
  similarToCommon: "It is very like a commonly used password. ",
  userInputs: "It contains your name or email address. ",
  straightRow: "It is a row of keys on the keyboard. ",
  keyPattern: "It is a short keyboard pattern. ",
  simpleRepeat: "It repeats the same characters. ",
  extendedRepeat: "It repeats a short pattern. ",
  sequences: "It is a common sequence like abc or 123. ",
  recentYears: "It is or contains a recent year. ",
  dates: "It is or contains a date. ",
  wordByItself: "A single word is easy to guess. ",
  namesByThemselves: "A name on its own is easy to guess. ",
  commonNames: "It is a common name. ",
};

let strength: ZxcvbnFactory | undefined;
const checker = () => (strength ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, useLevenshteinDistance: true }));

/**
 * Why a new password is refused, or null when it is acceptable. `context` holds the user's own words (email,
 * name, the site name) that must not carry the password.
 */
export function passwordProblem(password: string, context: string[] = []): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  const words = context.flatMap((c) => {
    const lower = c.toLowerCase();
    const local = lower.split("@")[0];
    return [lower, local, local.replace(/[^\p{L}\p{N}]+/gu, ""), ...lower.split(/[^\p{L}\p{N}]+/u)];
  });
  const inputs = [...new Set([...words, "careerlens"])].filter((w) => w.length >= 3);
  const result = checker().check(password.slice(0, 100), inputs);
  if (result.score >= MIN_SCORE) return null;
  const hint = WARNINGS[result.feedback.warning ?? ""] ?? "";
  return `This password is too easy to guess. ${hint}Try a longer phrase of a few unrelated words.`;
}

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane (the library's defaults, spelled out).
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), ARGON2ID);
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks a password against a stored hash. With no hash (unknown email, or an OAuth-only account) it checks
 * against a dummy hash instead, so every answer costs one argon2id verification and takes about as long.
 */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  const candidate = password.normalize("NFC").slice(0, PASSWORD_MAX * 4);
  if (!stored) {
    dummyHash ??= hashPassword("not-a-real-password: equal timing for unknown accounts");
    await verify(await dummyHash, candidate).catch(() => false);
    return false;
  }
  return verify(stored, candidate).catch(() => false);
}
