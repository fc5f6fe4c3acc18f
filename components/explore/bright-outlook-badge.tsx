import "./explore.css";

/**
 * "Bright outlook" as a pill with a small sun (bright-badge in ./explore.css). The rule behind it
 * (brightOutlookRule) is shown once near every place the badge appears; `reason` ("grows fast") can say which
 * criterion this career meets.
 */
export function BrightOutlookBadge({ reason, className }: { reason?: string | null; className?: string }) {
  return (
    <span className={className ? `bright-badge ${className}` : "bright-badge"}>
      Bright outlook
      {reason ? <span className="sr-only">{`: ${reason}`}</span> : null}
    </span>
  );
}
