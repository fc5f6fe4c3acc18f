import type { Metadata } from "next";
import Link from "next/link";
import { SaveComparisonButton } from "@/components/saved/save-comparison-button";
import { requireUser } from "@/lib/auth/session";
import { saveReturnPath, slugLabel, slugList, titleField } from "@/lib/saved/limits";

export const metadata: Metadata = { title: "Save a comparison", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where "Save comparison" lands after signing in: it completes the save the visitor asked for. */
export default async function SaveNewPage({ searchParams }: Props) {
  const params = await searchParams;
  const rawSlugs = typeof params.slugs === "string" ? params.slugs : "";
  const rawTitle = typeof params.title === "string" ? params.title : "";
  await requireUser(saveReturnPath(rawSlugs.split(","), rawTitle));
  const slugs = slugList.safeParse(rawSlugs);
  const title = titleField.safeParse(rawTitle || (slugs.success ? slugs.data.map(slugLabel).join(" vs ") : ""));
  return (
    <div className="page-width py-10 sm:py-14">
      <div className="max-w-2xl">
        <h1 className="text-3xl font-semibold tracking-tight">Save a comparison</h1>
        {slugs.success && title.success ? (
          <>
            <p className="mt-3 text-lg">
              <span className="font-semibold">{title.data}</span>: {slugs.data.map(slugLabel).join(" vs ")}
            </p>
            <div className="mt-6">
              <SaveComparisonButton slugs={slugs.data} title={title.data} autoSave />
            </div>
          </>
        ) : (
          <p className="mt-3 text-lg text-ink-muted">
            This link does not name a comparison we can save ({slugs.success ? "the title is not valid" : slugs.error.issues[0].message}).{" "}
            <Link href="/compare" className="font-medium text-accent underline-offset-4 hover:underline">
              Build a comparison
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
