import type { Metadata } from "next";
import Link from "next/link";
import { AdminFrame } from "@/components/admin/admin-frame";
import { InlineAction } from "@/components/admin/inline-action";
import { Pagination } from "@/components/companies/pagination";
import { buttonClass, inputClass, secondaryButtonClass } from "@/components/forms/styles";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { revertAction } from "@/lib/actions/admin";
import { adminPageUser, dateParam, pageParam, param, utcTime } from "@/lib/admin/guard";
import { AUDIT_PER_PAGE, listAudit } from "@/lib/admin/revert";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Audit log · Administration", alternates: { canonical: "/admin/audit" }, robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ACTIONS: Record<string, string> = {
  "user.role": "Role changed",
  "user.disable": "Account disabled",
  "user.enable": "Account enabled",
  "user.create": "Account created",
  "job.create": "Posting created",
  "job.update": "Posting edited",
  "job.expire": "Posting expired",
  "job.unexpire": "Posting reopened",
  "job.revert": "Posting edit reverted",
  "review.approve": "Review approved",
  "review.reject": "Review rejected",
  "review.revert": "Review decision reverted",
  "occupation.edit": "Career edited",
  "occupation.reset": "Career edits removed",
  "occupation.revert": "Career edit reverted",
  "role.create": "Role created",
  "role.update": "Role edited",
  "role.delete": "Role deleted",
  "role.revert": "Role change reverted",
};
const ENTITY_TYPES = ["User", "JobPosting", "Occupation", "Role", "CompanyReview"];
const DAY = 24 * 60 * 60 * 1000;

/** The occupation or curated role an entry changed, linked to its editor. */
function EditorialEntity({ entityType, entityId, snapshot }: { entityType: string; entityId: string; snapshot: { title?: string; slug?: string; name?: string } | null }) {
  if (entityType === "Occupation") {
    const label = `Career ${snapshot?.title ?? entityId}`;
    return snapshot?.slug ? (
      <Link href={`/admin/careers/${snapshot.slug}`} className="text-accent underline-offset-4 hover:underline">
        {label}
      </Link>
    ) : (
      <>{label}</>
    );
  }
  return (
    <Link href={`/admin/roles/${entityId}`} className="text-accent underline-offset-4 hover:underline">
      Role {snapshot?.name ?? entityId}
    </Link>
  );
}

/** The fields whose values differ between before and after, shown as "field: old → new". */
function differences(before: unknown, after: unknown): { field: string; from: string; to: string }[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const show = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : typeof v === "string" ? v : JSON.stringify(v));
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => !["updatedAt", "version", "id"].includes(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => ({ field: k, from: show(b[k]).slice(0, 300), to: show(a[k]).slice(0, 300) }));
}

export default async function AuditPage({ searchParams }: Props) {
  const user = await adminPageUser("ADMIN");
  if (!user) return <SignedOutNotice title="Audit log" text="Administrators sign in here to review every change." returnTo="/admin/audit" />;
  const params = await searchParams;
  const actor = param(params, "actor", 254);
  const entityType = ENTITY_TYPES.find((t) => t === param(params, "entity"));
  const action = Object.keys(ACTIONS).find((a) => a === param(params, "action"));
  const from = dateParam(params, "from");
  const toDay = dateParam(params, "to");
  const page = pageParam(params);
  const { total, entries } = await listAudit(await db(), { actor, entityType, action, from, to: toDay ? new Date(toDay.getTime() + DAY) : undefined, page });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PER_PAGE));
  const query = { ...(actor ? { actor } : {}), ...(entityType ? { entity: entityType } : {}), ...(action ? { action } : {}), ...(from ? { from: param(params, "from")! } : {}), ...(toDay ? { to: param(params, "to")! } : {}) };
  const href = (p: number) => `/admin/audit?${new URLSearchParams({ ...query, ...(p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <AdminFrame user={user} title="Audit log" intro="Every change made through the admin area, newest first. Times are UTC. A revert is itself a new entry.">
      <form method="get" aria-label="Filter the audit log" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end">
        <div className="lg:col-span-2">
          <label htmlFor="audit-actor" className="block font-medium">
            Who (email)
          </label>
          <input id="audit-actor" name="actor" type="search" defaultValue={actor} className={inputClass} />
        </div>
        <div>
          <label htmlFor="audit-entity" className="block font-medium">
            Record type
          </label>
          <select id="audit-entity" name="entity" defaultValue={entityType ?? ""} className={inputClass}>
            <option value="">Any</option>
            <option value="User">Account</option>
            <option value="JobPosting">Job posting</option>
            <option value="CompanyReview">Company review</option>
          </select>
        </div>
        <div>
          <label htmlFor="audit-action" className="block font-medium">
            Change
          </label>
          <select id="audit-action" name="action" defaultValue={action ?? ""} className={inputClass}>
            <option value="">Any</option>
            {Object.entries(ACTIONS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-from" className="block font-medium">
            From (UTC)
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={from ? param(params, "from") : undefined} className={inputClass} />
        </div>
        <div>
          <label htmlFor="audit-to" className="block font-medium">
            To (UTC)
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={toDay ? param(params, "to") : undefined} className={inputClass} />
        </div>
        <div className="flex gap-3 lg:col-span-6">
          <button type="submit" className={buttonClass}>
            Filter
          </button>
          <Link href="/admin/audit" className={`${secondaryButtonClass} no-underline`}>
            Clear
          </Link>
        </div>
      </form>
      <p className="mt-6 text-sm text-ink-muted" role="status">
        {total.toLocaleString("en-US")} {total === 1 ? "change" : "changes"}
      </p>
      <ol className="mt-3 grid gap-3">
        {entries.map((e) => {
          const diff = differences(e.before, e.after);
          return (
            <li key={e.id} className="rounded-xl border border-line bg-surface p-4 shadow-xs">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-semibold">
                  {ACTIONS[e.action] ?? e.action}
                  {e.revertOf ? <span className="ml-2 text-sm font-normal text-ink-muted">(a revert)</span> : null}
                  {e.reverted ? <span className="ml-2 text-sm font-normal text-ink-muted">(reverted)</span> : null}
                </p>
                <p className="text-sm text-ink-muted">
                  <time dateTime={e.createdAt.toISOString()}>{utcTime(e.createdAt)}</time> · {e.actorEmail}
                  {e.actorId ? null : " (account deleted or command line)"}
                </p>
              </div>
              <p className="mt-1 text-sm break-all">
                {e.entityType === "JobPosting" ? (
                  <Link href={`/admin/jobs/${e.entityId}/edit`} className="text-accent underline-offset-4 hover:underline">
                    Job posting {e.entityId}
                  </Link>
                ) : e.entityType === "CompanyReview" ? (
                  <>
                    Review {e.entityId} of {(e.after as { company?: string } | null)?.company ?? "a company"}
                  </>
                ) : e.entityType === "Occupation" || e.entityType === "Role" ? (
                  <EditorialEntity entityType={e.entityType} entityId={e.entityId} snapshot={(e.after ?? e.before) as { title?: string; slug?: string; name?: string } | null} />
                ) : (
                  <>Account {(e.after as { email?: string } | null)?.email ?? e.entityId}</>
                )}
              </p>
              {diff.length ? (
                <table className="mt-2 w-full text-left text-sm">
                  <caption className="sr-only">What changed</caption>
                  <thead>
                    <tr className="text-ink-muted">
                      <th scope="col" className="py-1 pr-3 font-medium">Field</th>
                      <th scope="col" className="py-1 pr-3 font-medium">Before</th>
                      <th scope="col" className="py-1 font-medium">After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {diff.map((d) => (
                      <tr key={d.field} className="border-t border-line align-top">
                        <th scope="row" className="py-1 pr-3 font-medium">{d.field}</th>
                        <td className="py-1 pr-3 break-all">{d.from}</td>
                        <td className="py-1 break-all">{d.to}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {e.revertible ? (
                <div className="mt-3">
                  <InlineAction action={revertAction} hidden={{ auditId: e.id }} label="Revert" accessibleLabel={`this change (${ACTIONS[e.action] ?? e.action})`} pendingLabel="Reverting…" confirm="Revert this change?" />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      {entries.length === 0 ? <p className="mt-4">No change matches these filters.</p> : null}
      <Pagination page={page} pageCount={pages} href={href} label="Audit log pages" />
    </AdminFrame>
  );
}
