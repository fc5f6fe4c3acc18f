/** A rating as five stars (decorative) with its value in words for everyone ("4.2 out of 5"). */
export function Stars({ value, size = "md" }: { value: number; size?: "sm" | "md" }) {
  const pct = Math.max(0, Math.min(100, (value / 5) * 100));
  const cls = size === "sm" ? "text-sm" : "text-lg";
  return (
    <span className={`relative inline-block leading-none tracking-wider ${cls}`} aria-hidden>
      <span className="text-line-strong">★★★★★</span>
      <span className="absolute inset-0 overflow-hidden text-amber-600 dark:text-amber-400" style={{ width: `${pct}%` }}>
        ★★★★★
      </span>
    </span>
  );
}

export const ratingText = (v: number | null, digits = 1) => (v === null ? "no rating" : `${v.toFixed(digits)} out of 5`);

/** The label every sample review carries wherever it shows. */
export function SampleReviewBadge() {
  return (
    <span className="inline-flex items-center rounded-full border border-amber-400 bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
      Sample review
    </span>
  );
}
