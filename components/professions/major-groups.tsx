import Link from "next/link";
import type { MajorGroup } from "@/lib/data/professions";

/** The SOC major groups as a grid of links, each with its code and number of occupations. */
export function MajorGroups({ groups }: { groups: MajorGroup[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {groups.map((g) => (
        <li key={g.code}>
          <Link
            href={`/professions/${g.slug}`}
            className="group flex h-full flex-col rounded-xl border border-line bg-surface px-4 py-3 shadow-xs sm:p-4 hover:border-accent"
          >
            <span className="font-semibold text-accent group-hover:underline group-hover:underline-offset-4">{g.title}</span>
            <span className="mt-1 text-sm text-ink-muted">
              <span className="font-mono">{g.code}</span> · {g.occupations.toLocaleString("en-US")}{" "}
              {g.occupations === 1 ? "occupation" : "occupations"}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
