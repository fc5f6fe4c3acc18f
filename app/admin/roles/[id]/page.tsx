import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminFrame } from "@/components/admin/admin-frame";
import { InlineAction } from "@/components/admin/inline-action";
import { RoleForm } from "@/components/admin/role-form";
import { dangerButtonClass } from "@/components/forms/styles";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { deleteRoleAction, saveRoleAction } from "@/lib/actions/editorial";
import { roleSnapshot } from "@/lib/admin/curated-roles";
import { adminPageUser, utcTime } from "@/lib/admin/guard";
import { hasRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: "Edit role · Administration", alternates: { canonical: `/admin/roles/${encodeURIComponent(id)}` }, robots: { index: false } };
}

export default async function EditRolePage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await adminPageUser("EDITOR");
  if (!user) return <SignedOutNotice title="Edit role" text="Editors and administrators sign in here to curate roles." returnTo={`/admin/roles/${encodeURIComponent(id)}`} />;
  const role = /^[a-z0-9]{1,40}$/i.test(id) ? await roleSnapshot(await db(), id) : null;
  if (!role) notFound();
  const created = (await searchParams).created === "1";
  return (
    <AdminFrame user={user} title={`Edit role: ${role.name}`} intro={`/careers/${role.slug} · version ${role.version}, last changed ${utcTime(new Date(role.updatedAt))}`}>
      {created ? (
        <p role="status" className="mb-6 rounded-lg bg-accent-soft px-3 py-2 font-medium text-accent-strong">
          Role created.
        </p>
      ) : null}
      <RoleForm action={saveRoleAction} role={role} />
      {hasRole(user.role, "ADMIN") ? (
        <section aria-labelledby="delete-heading" className="mt-10 rounded-xl border border-line bg-surface p-4 shadow-xs">
          <h2 id="delete-heading" className="font-semibold">
            Delete this role
          </h2>
          <p className="mt-1 text-sm text-ink-muted">Its page then answers “not found” and its titles leave search; the audit log can bring it back.</p>
          <div className="mt-3">
            <InlineAction action={deleteRoleAction} hidden={{ id: role.id, version: String(role.version) }} label="Delete role" pendingLabel="Deleting…" className={dangerButtonClass} confirm={`Delete the role ${role.name}?`} />
          </div>
        </section>
      ) : null}
    </AdminFrame>
  );
}
