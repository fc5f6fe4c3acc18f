import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ComparisonFigures } from "@/components/saved/comparison-figures";
import { buttonClass } from "@/components/forms/styles";
import { currentFigures, getShared } from "@/lib/data/saved";
import { comparePath } from "@/lib/compare/slugs";

// A shared comparison is someone's private note made visible by link: never indexed, never cached publicly.
export const metadata: Metadata = {
  title: "Shared comparison",
  description: "A career comparison shared by link: the careers, a note, and the figures then and now.",
  robots: { index: false, follow: false },
};

type Props = { params: Promise<{ shareSlug: string }> };

export default async function SharedComparisonPage({ params }: Props) {
  const item = await getShared((await params).shareSlug);
  if (!item) notFound();
  const now = await currentFigures(item.slugs);
  return (
    <div className="page-width py-10 sm:py-14">
      <p className="text-sm font-medium text-ink-muted">Shared by {item.ownerName} · read-only</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight break-words sm:text-4xl">{item.title}</h1>
      {item.note ? <p className="mt-4 max-w-3xl whitespace-pre-line break-words text-lg">{item.note}</p> : null}
      <p className="mt-6">
        <Link href={comparePath(item.slugs)} className={`${buttonClass} no-underline`}>
          Open the full comparison
        </Link>
      </p>
      <section aria-labelledby="figures-heading" className="mt-10">
        <h2 id="figures-heading" className="text-xl font-semibold">
          Then and now
        </h2>
        <div className="mt-4">
          <ComparisonFigures saved={item.snapshot.careers} now={now} savedAt={item.snapshot.savedAt} />
        </div>
      </section>
    </div>
  );
}
