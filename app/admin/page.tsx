import type { Metadata } from "next";
import Link from "next/link";
import { AdminFrame, adminLinks } from "@/components/admin/admin-frame";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { adminPageUser, utcTime } from "@/lib/admin/guard";
import { adminCounts } from "@/lib/data/admin";

export const metadata: Metadata = {
  title: "Administration",
  description: "Editors and administrators maintain job postings, manage accounts and review every change in the audit log.",
  alternates: { canonical: "/admin" },
  robots: { index: false },
};

export default async function AdminPage() {
  const user = await adminPageUser("EDITOR");
  if (!user) {
    return (
      <SignedOutNotice
        title="Administration"
        text="Editors and administrators sign in here to maintain job postings, manage accounts and review the audit log."
        returnTo="/admin"
      />
    );
  }
  const counts = await adminCounts(user.role === "ADMIN");
  return (
    <AdminFrame user={user} title="Administration" intro="Every change made here is recorded in the audit log: who, what, before, after and when (UTC).">
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {adminLinks(user).map((l) => (
          <li key={l.href} className="rounded-xl border border-line bg-surface p-5 shadow-xs">
            <h2 className="text-lg font-semibold">
              <Link href={l.href} className="text-accent underline-offset-4 hover:underline">
                {l.label}
              </Link>
            </h2>
            <p className="mt-2 text-ink-muted">{l.text}</p>
            <p className="mt-3 text-sm text-ink">
              {l.href === "/admin/jobs" ? `${counts.postings.toLocaleString("en-US")} postings, ${counts.editorPostings.toLocaleString("en-US")} written by editors` : null}
              {l.href === "/admin/users" && counts.users ? `${counts.users.total.toLocaleString("en-US")} ${counts.users.total === 1 ? "account" : "accounts"}: ${counts.users.admins} admins, ${counts.users.editors} editors, ${counts.users.disabled} disabled` : null}
              {l.href === "/admin/audit" && counts.lastChange ? `Last change ${utcTime(counts.lastChange)}` : null}
              {l.href === "/admin/audit" && counts.users && !counts.lastChange ? "No changes recorded yet." : null}
            </p>
          </li>
        ))}
      </ul>
    </AdminFrame>
  );
}
