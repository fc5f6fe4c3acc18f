import type { Metadata } from "next";
import Link from "next/link";
import { AdminFrame } from "@/components/admin/admin-frame";
import { Pagination } from "@/components/companies/pagination";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/forms/styles";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { adminPageUser, pageParam, param, utcTime } from "@/lib/admin/guard";
import { JOBS_PER_PAGE, listPostings } from "@/lib/admin/jobs";
import { db } from "@/lib/db";
import { isExpired } from "@/lib/jobs/posting";

export const metadata: Metadata = { title: "Job postings · Administration", alternates: { canonical: "/admin/jobs" }, robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminJobsPage({ searchParams }: Props) {
  const user = await adminPageUser("EDITOR");
  if (!user) return <SignedOutNotice title="Job postings" text="Editors and administrators sign in here to maintain job postings." returnTo="/admin/jobs" />;
  const params = await searchParams;
  const q = param(params, "q", 100);
  const s = param(params, "status");
  const status = s === "active" || s === "expired" ? s : undefined;
  const page = pageParam(params);
  const { total, postings } = await listPostings(await db(), { q, status, page });
  const pages = Math.max(1, Math.ceil(total / JOBS_PER_PAGE));
  const href = (p: number) => `/admin/jobs?${new URLSearchParams({ ...(q ? { q } : {}), ...(status ? { status } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  const now = new Date();
  return (
    <AdminFrame user={user} title="Job postings" intro="Recently changed first. Edits show on the public job page at once and are recorded in the audit log.">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <form method="get" role="search" aria-label="Find postings" className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="jobs-q" className="block font-medium">
              Title or company
            </label>
            <input id="jobs-q" name="q" type="search" defaultValue={q} maxLength={100} className={inputClass} />
          </div>
          <div>
            <label htmlFor="jobs-status" className="block font-medium">
              Status
            </label>
            <select id="jobs-status" name="status" defaultValue={status ?? ""} className={inputClass}>
              <option value="">Any</option>
              <option value="active">Open</option>
              <option value="expired">Expired</option>
            </select>
          </div>
          <button type="submit" className={secondaryButtonClass}>
            Find
          </button>
        </form>
        <Link href="/admin/jobs/new" className={`${buttonClass} no-underline`}>
          New posting
        </Link>
      </div>
      <p className="mt-6 text-sm text-ink-muted" role="status">
        {total.toLocaleString("en-US")} {total === 1 ? "posting" : "postings"}
      </p>
      <ul className="mt-3 grid gap-3">
        {postings.map((p) => (
          <li key={p.id} className="rounded-xl border border-line bg-surface p-4 shadow-xs">
            <p className="font-semibold">
              <Link href={`/admin/jobs/${p.id}/edit`} className="text-accent underline-offset-4 hover:underline">
                {p.title}
              </Link>{" "}
              <span className="font-normal text-ink-muted">at {p.companyName}</span>
            </p>
            <p className="mt-1 text-sm text-ink-muted">
              {p.occupation?.title ?? "Not classified"} · posted {utcTime(p.postedAt)}
              {isExpired(p, now) ? " · expired" : ""}
              {p.isSample ? " · sample posting" : ""} · version {p.version}
            </p>
          </li>
        ))}
      </ul>
      {postings.length === 0 ? <p className="mt-4">No posting matches.</p> : null}
      <Pagination page={page} pageCount={pages} href={href} label="Posting pages" />
    </AdminFrame>
  );
}
