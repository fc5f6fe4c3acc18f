import Link from "next/link";
import type { PostingSummary } from "@/lib/jobs/search";
import { employmentText, locationText, payText, postedText } from "./format";
import { SampleBadge } from "./sample-badge";

/** One posting in a result list: title (the link), company, place, pay, type, when posted, its career. */
export function PostingCard({ posting, now }: { posting: PostingSummary; now: Date }) {
  return (
    <article className="rounded-xl border border-line bg-surface p-4 shadow-xs sm:p-5" aria-labelledby={`posting-${posting.id}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={`posting-${posting.id}`} className="min-w-0 text-lg font-semibold break-words">
          <Link href={`/jobs/${posting.id}`} className="text-ink underline-offset-4 hover:text-accent-strong hover:underline">
            {posting.title}
          </Link>
        </h3>
        {posting.isSample ? <SampleBadge /> : null}
      </div>
      <p className="mt-1 text-ink">
        {posting.company ? (
          <Link href={`/companies/${posting.company.slug}`} className="text-accent underline-offset-4 hover:underline">
            {posting.companyName}
          </Link>
        ) : (
          posting.companyName
        )}
        <span className="text-ink-muted"> · {locationText(posting.locations)}</span>
      </p>
      <p className="mt-1 text-sm">
        <span className="font-medium tabular-nums">{payText(posting)}</span>
        <span className="text-ink-muted">
          {" "}
          · {employmentText(posting.employmentType)} · posted {postedText(posting.postedAt, now)}
        </span>
      </p>
      {posting.occupation ? (
        <p className="mt-1 text-sm text-ink-muted">
          Career:{" "}
          <Link href={`/careers/${posting.occupation.slug}`} className="text-accent underline-offset-4 hover:underline">
            {posting.occupation.title}
          </Link>
        </p>
      ) : null}
    </article>
  );
}
