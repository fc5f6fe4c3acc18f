import Link from "next/link";
import type { CompanyFacts } from "@/lib/data/companies";

export function headquarters(c: Pick<CompanyFacts, "hqCity" | "hqState">): string | null {
  return [c.hqCity, c.hqState].filter(Boolean).join(", ") || null;
}

/** One company in a list: name, ticker, sector and headquarters. */
export function CompanyCard({ company: c }: { company: CompanyFacts }) {
  const hq = headquarters(c);
  return (
    <Link
      href={`/companies/${c.slug}`}
      className="group flex h-full flex-col rounded-xl border border-line bg-surface px-4 py-3 shadow-xs hover:border-accent"
    >
      <span className="flex items-baseline justify-between gap-3">
        <span className="font-semibold text-accent group-hover:underline group-hover:underline-offset-4">{c.name}</span>
        {c.ticker ? <span className="font-mono text-xs text-ink-muted">{c.ticker}</span> : null}
      </span>
      <span className="mt-1 text-sm text-ink-muted">{[c.sector, c.subIndustry].filter(Boolean).join(" · ") || "Sector not published"}</span>
      <span className="text-sm text-ink-muted">{hq ?? "Headquarters not published"}</span>
    </Link>
  );
}
