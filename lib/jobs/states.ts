import { US_STATES } from "@/lib/us-states";

/** The 50 states and DC by postal code, with their FIPS code (OEWS areaCode) and name. */
export const STATES: ReadonlyMap<string, { fips: string; name: string }> = new Map(
  Object.entries(US_STATES)
    .map(([fips, t]) => [t.abbr, { fips, name: t.name }] as const)
    .sort((a, b) => a[1].name.localeCompare(b[1].name)),
);

const byName = new Map([...STATES].map(([abbr, s]) => [s.name.toLowerCase(), abbr]));

/** "CA", "ca", "California" → "CA"; anything else → null. */
export function stateCode(value: string | null | undefined): string | null {
  const v = (value ?? "").trim();
  if (!v) return null;
  if (STATES.has(v.toUpperCase())) return v.toUpperCase();
  return byName.get(v.toLowerCase()) ?? null;
}

export function stateName(code: string | null | undefined): string | null {
  return code ? (STATES.get(code)?.name ?? null) : null;
}
