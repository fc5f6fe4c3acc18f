import Link from "next/link";
import type { TitleEntry } from "@/lib/data/professions";

/** One letter of the A–Z index: each title with the occupation it leads to. */
export function TitleList({ entries, label }: { entries: TitleEntry[]; label: string }) {
  return (
    <ul aria-label={label} className="gap-x-8 sm:columns-2 lg:columns-3">
      {entries.map((e) => {
        const same = e.title.toLowerCase() === e.occupation.title.toLowerCase();
        return (
          <li key={`${e.title}|${e.occupation.slug}`} className="break-inside-avoid py-1.5">
            <Link
              href={`/careers/${e.occupation.slug}`}
              className={`text-accent underline-offset-4 hover:underline ${e.kind === "OCCUPATION" ? "font-semibold" : ""}`}
            >
              {e.title}
            </Link>
            {same ? (
              <span className="block text-xs text-ink-muted">Occupation</span>
            ) : (
              <span className="block text-xs text-ink-muted">
                <span className="sr-only">leads to </span>
                <span aria-hidden>→ </span>
                {e.occupation.title}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
