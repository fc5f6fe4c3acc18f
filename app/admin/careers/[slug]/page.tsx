import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminFrame } from "@/components/admin/admin-frame";
import { InlineAction } from "@/components/admin/inline-action";
import { OccupationEditForm } from "@/components/admin/occupation-edit-form";
import { dangerButtonClass } from "@/components/forms/styles";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { resetOccupationEditAction, saveOccupationEditAction } from "@/lib/actions/editorial";
import { adminPageUser, utcTime } from "@/lib/admin/guard";
import { isEmptyEdit, occupationEditPage } from "@/lib/admin/occupation-edits";
import { hasRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: "Edit career · Administration", alternates: { canonical: `/admin/careers/${encodeURIComponent(slug)}` }, robots: { index: false } };
}

export default async function EditCareerPage({ params }: Props) {
  const { slug } = await params;
  const user = await adminPageUser("EDITOR");
  if (!user) return <SignedOutNotice title="Edit career" text="Editors and administrators sign in here to edit careers." returnTo={`/admin/careers/${encodeURIComponent(slug)}`} />;
  const page = /^[a-z0-9-]{1,120}$/.test(slug) ? await occupationEditPage(await db(), slug) : null;
  if (!page) notFound();
  const { occupation, edit } = page;
  const edited = edit.version > 0 && !isEmptyEdit(edit);
  return (
    <AdminFrame
      user={user}
      title={`Edit: ${occupation.title}`}
      intro={`O*NET-SOC ${occupation.onetCode} · ${edit.version ? `edit version ${edit.version}, last saved ${utcTime(new Date(edit.updatedAt!))}` : "no edits yet: the page shows the official data"}. Official figures are never edited here.`}
    >
      {edited && hasRole(user.role, "ADMIN") ? (
        <section aria-labelledby="reset-heading" className="mb-8 rounded-xl border border-line bg-surface p-4 shadow-xs">
          <h2 id="reset-heading" className="font-semibold">
            Return to the official data
          </h2>
          <p className="mt-1 text-sm text-ink-muted">Removes every edit of this occupation (description, responsibilities, skills, titles, figures). The audit log keeps them and can bring them back.</p>
          <div className="mt-3">
            <InlineAction
              action={resetOccupationEditAction}
              hidden={{ onetCode: occupation.onetCode, version: String(edit.version) }}
              label="Remove all edits"
              pendingLabel="Removing…"
              className={dangerButtonClass}
              confirm={`Remove every edit of ${occupation.title}?`}
            />
          </div>
        </section>
      ) : null}
      <OccupationEditForm action={saveOccupationEditAction} edit={edit} official={page.official} skills={page.skills} publicPath={`/careers/${occupation.slug}`} />
    </AdminFrame>
  );
}
