/** The words keyword search matches: canonical title and company tokens (the title search's normalization). */
import { foldText, tokenize } from "@/lib/search/normalize";

export function contentTerms(text: string): string[] {
  return [...new Set(tokenize(text).filter((t) => t.role === "content").map((t) => t.term))];
}

export function postingTerms(title: string, companyName: string): string[] {
  return [...new Set([...contentTerms(title), ...contentTerms(companyName)])];
}

/** Company names compared loosely: "Apple Inc." = "apple". */
export function companyKey(name: string): string {
  return foldText(name)
    .replace(/\b(inc|incorporated|corp|corporation|co|company|plc|ltd|llc|holdings|group|the)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Same company + same title + same places = the same posting (when the source gives no id). */
export function dedupeKey(companyName: string, title: string, locations: { city: string | null; state: string | null; remote: boolean }[]): string {
  const where = locations
    .map((l) => `${foldText(l.city ?? "")}/${l.state ?? ""}/${l.remote ? "r" : ""}`)
    .sort()
    .join(";");
  return `${companyKey(companyName)}|${foldText(title)}|${where}`;
}
