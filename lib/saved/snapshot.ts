import type { CareerProfile } from "@/lib/data/careers";

/** The key figures of one career as they were when a comparison was saved (or as they are now). */
export type CareerFigures = {
  slug: string;
  /** null: no occupation has this slug (a curated role, or a page that no longer exists). */
  title: string | null;
  medianPay: { value: number | null; topCoded: boolean; suppressed: boolean; source: string; year: number } | null;
  growth: { percent: number | null; baseYear: number; targetYear: number; source: string; year: number } | null;
};

export type Snapshot = { savedAt: string; careers: CareerFigures[] };

export function figuresOf(slug: string, career: CareerProfile | null): CareerFigures {
  if (!career) return { slug, title: null, medianPay: null, growth: null };
  const { pay, projection } = career;
  return {
    slug,
    title: career.occupation.title,
    medianPay: pay ? { ...pay.annual.median, source: pay.source, year: pay.year } : null,
    growth: projection
      ? { percent: projection.changePercent, baseYear: projection.baseYear, targetYear: projection.targetYear, source: projection.source, year: projection.year }
      : null,
  };
}

/** Reads a stored snapshot defensively (it is JSON from the database): unknown shapes give no careers. */
export function parseSnapshot(value: unknown): Snapshot {
  const v = value as Partial<Snapshot> | null;
  return { savedAt: typeof v?.savedAt === "string" ? v.savedAt : "", careers: Array.isArray(v?.careers) ? v.careers : [] };
}

export type Change = { pay: boolean; growth: boolean };

/** What differs between the saved and the current figures of one career. */
export function changes(saved: CareerFigures | undefined, now: CareerFigures): Change {
  if (!saved) return { pay: false, growth: false };
  const pay =
    (saved.medianPay?.value ?? null) !== (now.medianPay?.value ?? null) ||
    (saved.medianPay?.topCoded ?? false) !== (now.medianPay?.topCoded ?? false) ||
    (saved.medianPay?.year ?? null) !== (now.medianPay?.year ?? null);
  const growth =
    (saved.growth?.percent ?? null) !== (now.growth?.percent ?? null) || (saved.growth?.year ?? null) !== (now.growth?.year ?? null);
  return { pay, growth };
}
