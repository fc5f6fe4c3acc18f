import { cache } from "react";
import type { Resolution, Unresolved } from "./resolve";

export type NotFoundInfo = { careers: (Resolution | Unresolved)[]; reason: string | null };

type Store = { ready: Promise<NotFoundInfo | null>; settle: (info: NotFoundInfo | null) => void; settled: boolean };

/**
 * What the comparison page could not resolve, handed to its not-found.tsx within the same request (React's
 * per-request cache), so the 404 can name the unknown careers and suggest titles. Next may render the
 * not-found element alongside the page rather than after it, so the page settles a promise that the 404 waits
 * for; the page settles it on every way out (see the page's `finally`).
 */
export const comparisonNotFound = cache((): Store => {
  let settle!: (info: NotFoundInfo | null) => void;
  const ready = new Promise<NotFoundInfo | null>((resolve) => (settle = resolve));
  const store: Store = {
    ready,
    settled: false,
    settle: (info) => {
      if (store.settled) return;
      store.settled = true;
      settle(info);
    },
  };
  return store;
});

/** The not-found page's view of the store: what the page left, or null after `waitMs` (never hangs). */
export function notFoundInfo(waitMs = 5000): Promise<NotFoundInfo | null> {
  return Promise.race([comparisonNotFound().ready, new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs))]);
}
