import type { Metadata } from "next";
import Link from "next/link";
import { SavedList, type SavedListItem } from "@/components/saved/saved-list";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { currentUser } from "@/lib/auth/session";
import { listSaved } from "@/lib/data/saved";
import { MAX_SAVED, slugLabel } from "@/lib/saved/limits";
import { comparePath } from "@/lib/compare/slugs";

export const metadata: Metadata = {
  title: "Saved comparisons",
  description: "The career comparisons you saved, with your titles and notes.",
  alternates: { canonical: "/saved" },
  robots: { index: false },
};

const when = (date: Date) => date.toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

export default async function SavedPage() {
  const user = await currentUser();
  if (!user) {
    return (
      <SignedOutNotice
        title="Saved comparisons"
        text="Sign in to see the comparisons you saved, with their titles and notes, ready to reopen, edit, share or delete."
        returnTo="/saved"
      />
    );
  }
  const saved = await listSaved(user.id);
  const items: SavedListItem[] = saved.map((s) => ({
    id: s.id,
    title: s.title,
    note: s.note,
    careers: s.slugs.map((slug) => ({ slug, title: s.snapshot.careers.find((c) => c.slug === slug)?.title ?? slugLabel(slug) })),
    comparePath: comparePath(s.slugs),
    shared: s.visibility === "LINK",
    version: s.version,
    updatedAt: s.updatedAt.toISOString(),
    updatedLabel: when(s.updatedAt),
  }));
  return (
    <div className="page-width py-10 sm:py-14">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Saved comparisons</h1>
        <p className="mt-3 text-ink-muted">
          {items.length === 0
            ? "Nothing saved yet."
            : `${items.length} of up to ${MAX_SAVED}. Private unless you share one by link.`}{" "}
          Save a comparison from any comparison page with its “Save comparison” button.
        </p>
        {items.length === 0 ? (
          <p className="mt-6">
            <Link href="/compare" className="font-medium text-accent underline-offset-4 hover:underline">
              Start a comparison
            </Link>
          </p>
        ) : null}
        <div className="mt-6">
          <SavedList items={items} />
        </div>
      </div>
    </div>
  );
}
