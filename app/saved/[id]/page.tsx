import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SavedComparisonBody } from "@/components/saved/saved-comparison-body";
import { EditSavedForm } from "@/components/saved/edit-saved-form";
import { ShareControls } from "@/components/saved/share-controls";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { accountLinks } from "@/components/site/sections";
import { currentUser } from "@/lib/auth/session";
import { siteOrigin } from "@/lib/site-origin";
import { currentFigures, getSaved } from "@/lib/data/saved";
import { Breadcrumb } from "@/components/ui/breadcrumb";

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
      <Breadcrumb trail={[accountLinks.saved]} current={item.title} />
      <SavedComparisonBody item={item} now={now} />
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
