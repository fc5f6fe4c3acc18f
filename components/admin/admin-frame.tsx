import Link from "next/link";
import { NavLink } from "@/components/site/nav-link";
import { hasRole, type SessionUser } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/admin/roles";

const tab =
  "inline-flex min-h-11 items-center rounded-lg px-3 font-medium text-ink no-underline hover:bg-subtle [&[aria-current]]:bg-accent-soft [&[aria-current]]:text-accent-strong";

/** The admin area's links; editors see the editor parts only. */
export function adminLinks(user: SessionUser) {
  return [
    { href: "/admin/careers", label: "Careers", role: "EDITOR" as const, text: "Edit an occupation's description, responsibilities, top skills, search titles and editorial figures." },
    { href: "/admin/roles", label: "Curated roles", role: "EDITOR" as const, text: "Create and edit roles such as “Lead Technician”, each based on one occupation." },
    { href: "/admin/jobs", label: "Job postings", role: "EDITOR" as const, text: "Create, correct and expire job postings." },
    { href: "/admin/moderation", label: "Moderation", role: "EDITOR" as const, text: "Approve or reject new and reported company reviews." },
    { href: "/admin/users", label: "Users", role: "ADMIN" as const, text: "Find accounts, change roles, disable or enable an account." },
    { href: "/admin/audit", label: "Audit log", role: "ADMIN" as const, text: "Every change: who, what, before, after, when; revert a change." },
  ].filter((l) => hasRole(user.role, l.role));
}

/** Heading, breadcrumb and the admin area's navigation around each admin page. */
export function AdminFrame({ user, title, intro, children }: { user: SessionUser; title: string; intro?: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="page-width py-10 sm:py-14">
      <nav aria-label="Administration" className="flex flex-wrap gap-1 border-b border-line pb-3">
        <NavLink href="/admin" className={tab}>
          Overview
        </NavLink>
        {adminLinks(user).map((l) => (
          <NavLink key={l.href} href={l.href} className={tab}>
            {l.label}
          </NavLink>
        ))}
      </nav>
      <h1 className="mt-6 text-3xl font-semibold tracking-tight sm:text-4xl">{title}</h1>
      {intro ? <p className="mt-3 max-w-3xl text-ink-muted">{intro}</p> : null}
      <p className="mt-2 text-sm text-ink-muted">
        Signed in as {user.email} ({ROLE_LABELS[user.role]}). <Link href="/account" className="text-accent underline-offset-4 hover:underline">Your account</Link>
      </p>
      <div className="mt-8">{children}</div>
    </div>
  );
}
