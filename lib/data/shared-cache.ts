import "server-only";
import { createHash } from "node:crypto";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";

/*
 * Reads cached across requests (Next's data cache, kept in .next/cache and surviving restarts), for figures
 * that change only with an import or an edit. Every key carries:
 *  - a fingerprint of the code that made the entry, so a new version of a reader never serves an old shape;
 *  - the data generation (when the datasets were last imported), so a re-import never serves old figures,
 *    even one made by another process while this server runs (read at most once a minute).
 * Tags ("data", "occupation:<O*NET code>", …) let an edit refresh exactly what it touched (`revalidateTag`).
 */

/** A short hash of source code and settings, for cache keys. */
export const fingerprint = (...parts: unknown[]) => createHash("sha256").update(parts.map(String).join("\n")).digest("hex").slice(0, 16);

const GENERATION_TTL_MS = 60_000;
let generation: { value: string; readAt: number } | null = null;

/** When the datasets were last imported (the newest Dataset.importedAt), re-read at most once a minute. */
export async function dataGeneration(): Promise<string> {
  if (generation && Date.now() - generation.readAt < GENERATION_TTL_MS) return generation.value;
  const latest = await (await db()).dataset.aggregate({ _max: { importedAt: true } });
  generation = { value: latest._max.importedAt?.toISOString() ?? "empty", readAt: Date.now() };
  return generation.value;
}

/** Makes the next dataGeneration() read the database again (after an import in this process). */
export function forgetDataGeneration() {
  generation = null;
}

/**
 * Runs `read` through Next's data cache under `key` (plus the data generation) with `tags`. Outside a Next
 * server (scripts, unit tests) there is no data cache: the read runs directly.
 */
export async function sharedCache<T>(read: () => Promise<T>, key: string[], tags: string[]): Promise<T> {
  const cached = unstable_cache(read, [...key, await dataGeneration()], { tags });
  try {
    return await cached();
  } catch (e) {
    if (e instanceof Error && e.message.includes("incrementalCache missing")) return read();
    throw e;
  }
}
