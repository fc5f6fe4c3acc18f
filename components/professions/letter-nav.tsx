import Link from "next/link";
import { LETTERS, letterLabel, type Letter } from "@/lib/professions/groups";

/** A–Z links to the letters of the title index; letters with no titles are shown but not linked. */
export function LetterNav({ current, counts }: { current: Letter | null; counts: Record<Letter, number> }) {
  return (
    <nav aria-label="Job titles by first letter">
      <ul className="flex flex-wrap gap-1.5">
        {LETTERS.map((letter) => {
          const label = letterLabel(letter);
          const count = counts[letter];
          const box = "flex h-10 min-w-10 items-center justify-center rounded-lg px-2 text-sm font-semibold";
          if (count === 0) {
            return (
              <li key={letter}>
                <span className={`${box} text-ink-muted`} title="No titles">
                  <span className="sr-only">{label}: no titles</span>
                  <span aria-hidden>{label}</span>
                </span>
              </li>
            );
          }
          const isCurrent = letter === current;
          return (
            <li key={letter}>
              <Link
                href={`/professions?letter=${letter}`}
                aria-current={isCurrent ? "page" : undefined}
                aria-label={`${label}: ${count.toLocaleString("en-US")} titles`}
                className={`${box} border ${
                  isCurrent
                    ? "border-accent bg-accent text-accent-ink"
                    : "border-line bg-surface text-accent hover:border-accent hover:bg-accent-soft"
                }`}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
