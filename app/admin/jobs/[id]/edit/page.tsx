import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminFrame } from "@/components/admin/admin-frame";
import { InlineAction } from "@/components/admin/inline-action";
import { JobForm } from "@/components/admin/job-form";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { expireJobAction, saveJobAction } from "@/lib/actions/admin";
import { adminPageUser, utcTime } from "@/lib/admin/guard";
import { postingSnapshot } from "@/lib/admin/jobs";
import { db } from "@/lib/db";
import { isExpired, POSTING_ID } from "@/lib/jobs/posting";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: "Edit job posting · Administration", alternates: { canonical: `/admin/jobs/${encodeURIComponent(id)}/edit` }, robots: { index: false } };
}

export default async function EditJobPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await adminPageUser("EDITOR");
  if (!user) return <SignedOutNotice title="Edit job posting" text="Editors and administrators sign in here to edit job postings." returnTo={`/admin/jobs/${encodeURIComponent(id)}/edit`} />;
  const posting = POSTING_ID.test(id) ? await postingSnapshot(await db(), id) : null;
  if (!posting) notFound();
  const created = (await searchParams).created === "1";
  const expired = isExpired({ expiresAt: posting.expiresAt ? new Date(posting.expiresAt) : null });
  return (
    <AdminFrame
      user={user}
      title="Edit job posting"
      intro={`${posting.title} at ${posting.companyName} · version ${posting.version}, last changed ${utcTime(new Date(posting.updatedAt))} · source: ${posting.source}${posting.isSample ? " (sample posting)" : ""}`}
    >
      {created ? (
        <p role="status" className="mb-6 rounded-lg bg-accent-soft px-3 py-2 font-medium text-accent-strong">
          Job posting created.
        </p>
      ) : null}
      <section aria-labelledby="expiry-heading" className="mb-8 rounded-xl border border-line bg-surface p-4 shadow-xs">
        <h2 id="expiry-heading" className="font-semibold">
          {expired ? "This posting has expired" : "This posting is open"}
        </h2>
        <p className="mt-1 text-sm text-ink-muted">
          {expired ? "It is out of search; its page shows an “expired” notice." : "Expiring it takes it out of search at once; its page stays with an “expired” notice."}
        </p>
        <div className="mt-3">
          <InlineAction
            action={expireJobAction}
            hidden={{ id: posting.id, version: String(posting.version), expired: expired ? "0" : "1" }}
            label={expired ? "Open it again" : "Expire now"}
            pendingLabel="Saving…"
          />
        </div>
      </section>
      <JobForm action={saveJobAction} posting={posting} today={new Date().toISOString().slice(0, 10)} />
    </AdminFrame>
  );
}
