import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { CompareBuilder, type BuilderItem } from "@/components/compare/compare-builder";
import { isResolved } from "@/lib/compare/resolve";
import { canonicalSlug, comparePath, MAX_CAREERS, MAX_SLUG_LENGTH, MIN_CAREERS, slugToName } from "@/lib/compare/slugs";
import { resolveSlugList } from "@/lib/data/compare";

export const metadata: Metadata = {
  title: "Compare careers",
  description: "Put two to four careers side by side: pay, growth, education, skills and the work itself, every figure with its source.",
  alternates: { canonical: "/compare" },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const EXAMPLES = [
  ["lead-technician", "senior-support-technician"],
  ["registered-nurses", "nurse-practitioners", "physician-assistants"],
  ["software-developers", "data-scientists"],
  ["electricians", "plumbers-pipefitters-and-steamfitters"],
];

export default async function ComparePage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const raw = [params.c ?? []].flat().slice(0, 10);
  const slugs = raw.map(canonicalSlug).filter((s) => s !== "" && s.length <= MAX_SLUG_LENGTH);
  let error: string | undefined;
  if (params.go !== undefined) {
    // the plain form (no JavaScript): go straight to the comparison, which resolves the names
    if (slugs.length >= MIN_CAREERS && slugs.length <= MAX_CAREERS) redirect(comparePath(slugs));
    error = slugs.length < MIN_CAREERS ? `Enter at least ${MIN_CAREERS} careers to compare.` : `Enter at most ${MAX_CAREERS} careers.`;
  }
  const start = slugs.slice(0, MAX_CAREERS);
  const resolved = start.length ? await resolveSlugList(start) : [];
  const initial: BuilderItem[] = resolved.map((r) =>
    isResolved(r)
      ? { slug: r.slug, name: r.name, detail: r.via === "occupation" ? undefined : `maps to ${r.occupation.title}` }
      : { slug: r.slug, name: r.name, detail: "no matching career: pick another" },
  );

  return (
    <div className="page-width py-10 sm:py-14">
      <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Compare careers</h1>
      <p className="mt-3 max-w-3xl text-lg text-ink-muted">
        Pick two to four careers or job titles and see them side by side: pay at every level, projected growth, what it takes to get in,
        skills and who does the work, each figure with its source and year.
      </p>
      <p className="mt-2 max-w-3xl text-sm text-ink-muted">
        Every comparison has its own address to share or bookmark, such as{" "}
        <span className="font-mono break-all text-ink">/compare/registered-nurses-vs-paramedics</span>.
      </p>
      <div className="mt-8">
        <CompareBuilder initial={initial} error={error} />
      </div>
      <section aria-labelledby="examples-heading" className="mt-14 max-w-3xl border-t border-line pt-8">
        <h2 id="examples-heading" className="text-xl font-semibold">
          Try a comparison
        </h2>
        <ul className="mt-4 space-y-2">
          {EXAMPLES.map((ex) => (
            <li key={ex.join()}>
              <Link href={comparePath(ex)} prefetch={false} className="text-accent underline underline-offset-4">
                {ex.map(slugToName).join(" vs ")}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
