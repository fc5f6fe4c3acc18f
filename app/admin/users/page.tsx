import type { Metadata } from "next";
import { AdminFrame } from "@/components/admin/admin-frame";
import { InlineAction } from "@/components/admin/inline-action";
import { Pagination } from "@/components/companies/pagination";
import { buttonClass, inputClass } from "@/components/forms/styles";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { setDisabledAction, setRoleAction } from "@/lib/actions/admin";
import { adminPageUser, pageParam, param, utcTime } from "@/lib/admin/guard";
import { ROLE_LABELS, ROLES } from "@/lib/admin/roles";
import { listUsers, USERS_PER_PAGE } from "@/lib/admin/users";
import { db } from "@/lib/db";
import type { UserRole } from "@/lib/generated/prisma/client";

export const metadata: Metadata = { title: "Users · Administration", alternates: { canonical: "/admin/users" }, robots: { index: false } };

const compactSelect = "min-h-11 rounded-lg border border-line-strong bg-surface px-3 py-2 text-base text-ink";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const user = await adminPageUser("ADMIN");
  if (!user) return <SignedOutNotice title="Users" text="Administrators sign in here to manage accounts." returnTo="/admin/users" />;
  const params = await searchParams;
  const q = param(params, "q", 100);
  const roleParam = param(params, "role");
  const role = (ROLES as readonly string[]).includes(roleParam ?? "") ? (roleParam as UserRole) : undefined;
  const page = pageParam(params);
  const { total, users } = await listUsers(await db(), { q, role, page });
  const pages = Math.max(1, Math.ceil(total / USERS_PER_PAGE));
  const href = (p: number) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), ...(role ? { role } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <AdminFrame user={user} title="Users" intro="Change a role or disable an account: a disabled account's sessions end at once. Every change is audited.">
      <form method="get" role="search" aria-label="Find users" className="flex flex-wrap items-end gap-3">
        <div className="min-w-56 flex-1">
          <label htmlFor="users-q" className="block font-medium">
            Email or name
          </label>
          <input id="users-q" name="q" type="search" defaultValue={q} maxLength={100} className={inputClass} />
        </div>
        <div>
          <label htmlFor="users-role" className="block font-medium">
            Role
          </label>
          <select id="users-role" name="role" defaultValue={role ?? ""} className={inputClass}>
            <option value="">Any role</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass}>
          Find
        </button>
      </form>
      <p className="mt-6 text-sm text-ink-muted" role="status">
        {total.toLocaleString("en-US")} {total === 1 ? "account" : "accounts"}
      </p>
      <ul className="mt-3 grid gap-3">
        {users.map((u) => (
          <li key={u.id} className="rounded-xl border border-line bg-surface p-4 shadow-xs">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-semibold break-all">
                {u.name} <span className="font-normal text-ink-muted">{u.email}</span>
              </p>
              <p className="text-sm text-ink-muted">
                {ROLE_LABELS[u.role]}
                {u.disabledAt ? <span className="ml-2 rounded bg-red-100 px-2 py-0.5 font-semibold text-red-900 dark:bg-red-950 dark:text-red-100">Disabled</span> : null} · joined{" "}
                {utcTime(u.createdAt)}
              </p>
            </div>
            <div className="mt-3 flex flex-wrap items-start gap-4">
              <InlineAction action={setRoleAction} hidden={{ userId: u.id }} label="Change role" accessibleLabel={`of ${u.email}`} pendingLabel="Saving…">
                <label htmlFor={`role-${u.id}`} className="sr-only">
                  Role of {u.email}
                </label>
                <select key={u.role} id={`role-${u.id}`} name="role" defaultValue={u.role} className={compactSelect}>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_LABELS[r]}
                    </option>
                  ))}
                </select>
              </InlineAction>
              <InlineAction
                action={setDisabledAction}
                hidden={{ userId: u.id, disabled: u.disabledAt ? "0" : "1" }}
                label={u.disabledAt ? "Enable" : "Disable"}
                accessibleLabel={u.email}
                pendingLabel="Saving…"
                confirm={u.disabledAt ? undefined : `Disable ${u.email}? Their sessions end at once.`}
              />
            </div>
          </li>
        ))}
      </ul>
      {users.length === 0 ? <p className="mt-4">No account matches. Try part of an email address or name.</p> : null}
      <Pagination page={page} pageCount={pages} href={href} label="User pages" />
    </AdminFrame>
  );
}
