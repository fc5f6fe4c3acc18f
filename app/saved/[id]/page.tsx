import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ComparisonFigures } from "@/components/saved/comparison-figures";
import { EditSavedForm } from "@/components/saved/edit-saved-form";
import { ShareControls } from "@/components/saved/share-controls";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { buttonClass } from "@/components/forms/styles";
import { accountLinks } from "@/components/site/sections";
import { currentUser } from "@/lib/auth/session";
import { siteOrigin } from "@/lib/site-origin";
import { currentFigures, getSaved } from "@/lib/data/saved";
import { comparePath } from "@/lib/compare/slugs";

export const metadata: Metadata = {
  title: "Saved comparison",
  description: "A comparison you saved: its careers, your note, and what changed in the figures since you saved it.",
  robots: { index: false },
};

type Props = { params: Promise<{ id: string }> };

export default async function SavedComparisonPage({ params }: Props) {
  const { id } = await params;
  const user = await currentUser();
  if (!user) {
    return (
      <SignedOutNotice
        title="Saved comparison"
        text="Saved comparisons are private to the person who saved them. Sign in to open yours."
        returnTo={`/saved/${encodeURIComponent(id)}`}
      />
    );
  }
  const item = id.length <= 64 ? await getSaved(id, user.id) : null;
  if (!item) notFound();
  const [now, origin] = await Promise.all([currentFigures(item.slugs), siteOrigin()]);
  return (
    <div className="page-width py-10 sm:py-14">
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <ol className="flex flex-wrap items-center gap-2 text-ink-muted">
          <li>
            <Link href={accountLinks.saved.href} className="text-accent underline-offset-4 hover:underline">
              {accountLinks.saved.label}
            </Link>
          </li>
          <li aria-hidden>/</li>
          <li aria-current="page" className="min-w-0 truncate">
            {item.title}
          </li>
        </ol>
      </nav>
      <h1 className="text-3xl font-semibold tracking-tight break-words sm:text-4xl">{item.title}</h1>
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
      <div className="mt-10 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="edit-heading" className="rounded-xl border border-line bg-surface p-5 shadow-xs">
          <h2 id="edit-heading" className="text-xl font-semibold">
            Title and note
          </h2>
          <div className="mt-4">
            <EditSavedForm id={item.id} version={item.version} title={item.title} note={item.note} />
          </div>
        </section>
        <section aria-labelledby="share-heading" className="rounded-xl border border-line bg-surface p-5 shadow-xs">
          <h2 id="share-heading" className="text-xl font-semibold">
            Sharing
          </h2>
          <div className="mt-4">
            <ShareControls id={item.id} shareSlug={item.shareSlug} origin={origin} />
          </div>
        </section>
      </div>
    </div>
  );
}
