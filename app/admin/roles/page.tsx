import type { Metadata } from "next";
import Link from "next/link";
import { AdminFrame } from "@/components/admin/admin-frame";
import { buttonClass } from "@/components/forms/styles";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { listRoles } from "@/lib/admin/curated-roles";
import { adminPageUser, utcTime } from "@/lib/admin/guard";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Curated roles · Administration", alternates: { canonical: "/admin/roles" }, robots: { index: false } };

export default async function AdminRolesPage() {
  const user = await adminPageUser("EDITOR");
  if (!user) return <SignedOutNotice title="Curated roles" text="Editors and administrators sign in here to curate roles." returnTo="/admin/roles" />;
  const roles = await listRoles(await db());
  return (
    <AdminFrame
      user={user}
      title="Curated roles"
      intro="Careers people know by a name of their own (“Lead Technician”), each based on one occupation: its own page, description and titles; the occupation's official figures."
    >
      <Link href="/admin/roles/new" className={`${buttonClass} no-underline`}>
        New role
      </Link>
      <p className="mt-6 text-sm text-ink-muted" role="status">
        {roles.length} {roles.length === 1 ? "role" : "roles"}
      </p>
      <ul className="mt-3 grid gap-3">
        {roles.map((r) => (
          <li key={r.id} className="rounded-xl border border-line bg-surface p-4 shadow-xs">
            <p className="font-semibold">
              <Link href={`/admin/roles/${r.id}`} className="text-accent underline-offset-4 hover:underline">
                {r.name}
              </Link>{" "}
              <span className="font-normal text-ink-muted">/careers/{r.slug}</span>
            </p>
            <p className="mt-1 text-sm text-ink-muted">
              {r.occupation ? `Based on ${r.occupation.title}` : `Based on ${r.onetCode}, which the current data no longer has: its page is not shown`} · version {r.version} · {utcTime(r.updatedAt)}
              {r.titles.length ? ` · also: ${r.titles.join(", ")}` : ""}
            </p>
          </li>
        ))}
      </ul>
    </AdminFrame>
  );
}
