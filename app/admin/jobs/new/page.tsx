import type { Metadata } from "next";
import { AdminFrame } from "@/components/admin/admin-frame";
import { JobForm } from "@/components/admin/job-form";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { saveJobAction } from "@/lib/actions/admin";
import { adminPageUser } from "@/lib/admin/guard";

export const metadata: Metadata = { title: "New job posting · Administration", alternates: { canonical: "/admin/jobs/new" }, robots: { index: false } };

export default async function NewJobPage() {
  const user = await adminPageUser("EDITOR");
  if (!user) return <SignedOutNotice title="New job posting" text="Editors and administrators sign in here to post jobs." returnTo="/admin/jobs/new" />;
  return (
    <AdminFrame user={user} title="New job posting" intro="It appears in job search at once, labelled with its company and occupation.">
      <JobForm action={saveJobAction} posting={null} today={new Date().toISOString().slice(0, 10)} />
    </AdminFrame>
  );
}
