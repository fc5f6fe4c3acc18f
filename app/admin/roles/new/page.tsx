import type { Metadata } from "next";
import { AdminFrame } from "@/components/admin/admin-frame";
import { RoleForm } from "@/components/admin/role-form";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { saveRoleAction } from "@/lib/actions/editorial";
import { adminPageUser } from "@/lib/admin/guard";

export const metadata: Metadata = { title: "New role · Administration", alternates: { canonical: "/admin/roles/new" }, robots: { index: false } };

export default async function NewRolePage() {
  const user = await adminPageUser("EDITOR");
  if (!user) return <SignedOutNotice title="New role" text="Editors and administrators sign in here to curate roles." returnTo="/admin/roles/new" />;
  return (
    <AdminFrame user={user} title="New curated role" intro="A name people use, based on one occupation whose official figures it shows.">
      <RoleForm action={saveRoleAction} role={null} />
    </AdminFrame>
  );
}
