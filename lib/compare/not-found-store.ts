import { cache } from "react";
import type { Resolution, Unresolved } from "./resolve";

/**
 * What the comparison page could not resolve, handed to its not-found.tsx within the same request (React's
 * per-request cache), so the 404 can name the unknown careers and suggest titles.
 */
export const comparisonNotFound = cache((): { careers: (Resolution | Unresolved)[] | null; reason: string | null } => ({
  careers: null,
  reason: null,
}));
