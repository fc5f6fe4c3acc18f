import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SavedComparisonBody } from "@/components/saved/saved-comparison-body";
import { currentFigures, getShared } from "@/lib/data/saved";

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
      <div className="mt-2">
        <SavedComparisonBody item={item} now={now} />
      </div>
    </div>
  );
}
