/** A small sun: the mark of a bright-outlook career (decorative; the badge's text says it). */
function SunIcon({ className = "size-3.5" }: { className?: string }) {
  return (
    <svg viewBox="0 0 16 16" className={className} aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="3" fill="currentColor" />
      <g stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
        <path d="M8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1.1 1.1M11.5 11.5l1.1 1.1M3.4 12.6l1.1-1.1M11.5 4.5l1.1-1.1" />
      </g>
    </svg>
  );
}

/**
 * "Bright outlook" as a pill. The rule behind it (brightOutlookRule) is shown once near every place the badge
 * appears; `reason` ("grows fast") can say which criterion this career meets.
 */
export function BrightOutlookBadge({ reason, className = "" }: { reason?: string | null; className?: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border border-amber-700/40 bg-amber-50 px-2 py-0.5 text-xs font-semibold whitespace-nowrap text-amber-900 dark:border-amber-300/40 dark:bg-amber-950 dark:text-amber-200 ${className}`}
    >
      <SunIcon />
      Bright outlook
      {reason ? <span className="sr-only">: {reason}</span> : null}
    </span>
  );
}
