import type { Metadata } from "next";
import Link from "next/link";
import { AdminFrame } from "@/components/admin/admin-frame";
import { Pagination } from "@/components/companies/pagination";
import { ModerationDecision } from "@/components/reviews/moderation-decision";
import { SampleReviewBadge } from "@/components/reviews/stars";
import { SignedOutNotice } from "@/components/saved/signed-out-notice";
import { moderateReviewAction } from "@/lib/actions/reviews";
import { adminPageUser, pageParam, param, utcTime } from "@/lib/admin/guard";
import { getModerationQueue } from "@/lib/data/reviews";
import { SUB_RATINGS } from "@/lib/reviews/fields";

export const metadata: Metadata = { title: "Moderation · Administration", alternates: { canonical: "/admin/moderation" }, robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const KINDS = [
  { key: undefined, label: "Everything waiting" },
  { key: "pending", label: "New reviews" },
  { key: "reported", label: "Reported" },
] as const;

export default async function ModerationPage({ searchParams }: Props) {
  const user = await adminPageUser("EDITOR");
  if (!user) return <SignedOutNotice title="Moderation" text="Editors and administrators sign in here to approve or reject company reviews." returnTo="/admin/moderation" />;
  const params = await searchParams;
  const kindParam = param(params, "kind", 20);
  const kind = kindParam === "pending" || kindParam === "reported" ? kindParam : undefined;
  const page = pageParam(params);
  const queue = await getModerationQueue({ kind, page });
  const href = (p: number) => {
    const q = new URLSearchParams({ ...(kind ? { kind } : {}), ...(p > 1 ? { page: String(p) } : {}) }).toString();
    return `/admin/moderation${q ? `?${q}` : ""}`;
  };
  return (
    <AdminFrame
      user={user}
      title="Moderation"
      intro="New company reviews wait here until an editor approves them; published reviews come back when someone reports them. Oldest first. Every decision is recorded in the audit log, where an administrator can revert it."
    >
      <nav aria-label="Queue" className="flex flex-wrap gap-2">
        {KINDS.map((k) => {
          const current = k.key === kind;
          const count = k.key === "pending" ? queue.pendingCount : k.key === "reported" ? queue.reportedCount : undefined;
          return (
            <Link
              key={k.label}
              href={k.key ? `/admin/moderation?kind=${k.key}` : "/admin/moderation"}
              aria-current={current ? "page" : undefined}
              className={`inline-flex min-h-11 items-center rounded-lg px-3 font-medium ${current ? "bg-accent-soft text-accent-strong" : "text-accent underline underline-offset-4"}`}
            >
              {k.label}
              {count !== undefined ? ` (${count})` : ""}
            </Link>
          );
        })}
      </nav>
      <p role="status" className="mt-4 font-semibold">
        {queue.total === 0 ? "Nothing is waiting. Well done." : `${queue.total.toLocaleString("en-US")} ${queue.total === 1 ? "review is" : "reviews are"} waiting.`}
      </p>
      <ul className="mt-4 space-y-4">
        {queue.reviews.map((r) => {
          const label = `the review of ${r.company.name} by ${r.author.email}`;
          return (
            <li key={r.id} className="rounded-xl border border-line bg-surface p-4 shadow-xs sm:p-5">
              <article aria-labelledby={`q-${r.id}`}>
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 id={`q-${r.id}`} className="text-lg font-semibold">
                    <Link href={`/companies/${r.company.slug}`} className="text-accent underline-offset-4 hover:underline">
                      {r.company.name}
                    </Link>{" "}
                    · {r.overall}/5 overall
                  </h2>
                  <span className="flex flex-wrap gap-2">
                    {r.isSample ? <SampleReviewBadge /> : null}
                    <span className="rounded-full border border-line-strong px-2 py-0.5 text-xs font-semibold">
                      {r.status === "PENDING" ? "New" : r.status === "APPROVED" ? "Published, reported" : "Rejected, reported"}
                    </span>
                  </span>
                </div>
                <p className="mt-1 text-sm text-ink-muted">
                  By {r.author.name} ({r.author.email}) · {r.jobTitle}
                  {r.careerTitle ? ` (mapped to ${r.careerTitle})` : " (not mapped to a career)"} · {r.currentEmployee ? "current" : "former"} employee · written {utcTime(r.createdAt)}
                </p>
                <dl className="mt-3 grid gap-3 sm:grid-cols-2">
                  <div>
                    <dt className="text-sm font-semibold">Pros</dt>
                    <dd className="mt-1 whitespace-pre-line break-words">{r.pros}</dd>
                  </div>
                  <div>
                    <dt className="text-sm font-semibold">Cons</dt>
                    <dd className="mt-1 whitespace-pre-line break-words">{r.cons}</dd>
                  </div>
                </dl>
                <p className="mt-2 text-sm text-ink-muted">{SUB_RATINGS.map((s) => `${s.label} ${r[s.key]}/5`).join(" · ")}</p>
                {r.flaggedAt ? (
                  <div className="mt-3 rounded-lg border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
                    <p className="font-semibold">
                      Reported {r.reportCount} {r.reportCount === 1 ? "time" : "times"}, last {utcTime(r.flaggedAt)}
                    </p>
                    <ul className="mt-1 list-disc pl-5">
                      {r.reports.map((rep, i) => (
                        <li key={i} className="break-words">
                          {rep.reason}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                <ModerationDecision action={moderateReviewAction} reviewId={r.id} version={r.version} label={label} />
              </article>
            </li>
          );
        })}
      </ul>
      <Pagination page={page} pageCount={queue.pageCount} href={href} label="Pages of the queue" />
    </AdminFrame>
  );
}
