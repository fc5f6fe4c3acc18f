/**
 * A readable label for a URL segment while the real record cannot be looked up yet:
 * "registered-nurses" becomes "Registered nurses". Tolerates odd input: bad escapes, stray characters, length.
 */
export function slugLabel(segment: string, maxLength = 80): string {
  let text = segment;
  try {
    text = decodeURIComponent(segment);
  } catch {
    // Already decoded, or not valid percent-encoding: show it as it is.
  }
  text = text.replace(/[-_+]+/g, " ").replace(/\s+/g, " ").trim();
  if (text.length > maxLength) text = `${text.slice(0, maxLength - 1).trimEnd()}…`;
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : "Untitled";
}

/** The careers named by a comparison path segment: "nurses-vs-paramedics" → ["Nurses", "Paramedics"]. */
export function comparedLabels(pair: string): string[] {
  return pair
    .split("-vs-")
    .filter((part) => part.trim() !== "")
    .map((part) => slugLabel(part, 60));
}
