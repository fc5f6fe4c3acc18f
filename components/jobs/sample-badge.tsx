/** The label every sample posting carries wherever it shows. */
export function SampleBadge() {
  return (
    <span className="inline-flex items-center rounded-full border border-amber-400 bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
      Sample posting
    </span>
  );
}
