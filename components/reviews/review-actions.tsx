"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/authed-action";
import { FieldError, FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { inputClass, secondaryButtonClass } from "@/components/forms/styles";
import { REASON_MAX } from "@/lib/reviews/fields";

type Action = (state: ActionState | undefined, form: FormData) => Promise<ActionState>;

const small = `${secondaryButtonClass} text-sm`;

/** "Helpful" and "Report" for a signed-in reader; each shows its answer in place. */
export function ReviewActions({ reviewId, helpful, report, marked, reported }: { reviewId: string; helpful: Action; report: Action; marked: boolean; reported: boolean }) {
  const [voteState, vote] = useActionState<ActionState | undefined, FormData>(helpful, undefined);
  const [reportState, send] = useActionState<ActionState | undefined, FormData>(report, undefined);
  const reasonId = `report-reason-${reviewId}`;
  return (
    <div className="mt-3 flex flex-wrap items-start gap-3 border-t border-line pt-3">
      {marked || voteState?.ok ? (
        <p className="text-sm text-ink-muted">You found this helpful.</p>
      ) : (
        <form action={vote} className="flex flex-wrap items-center gap-2">
          <input type="hidden" name="reviewId" value={reviewId} />
          <SubmitButton className={small} pendingLabel="Saving…">
            Helpful<span className="sr-only"> (this review)</span>
          </SubmitButton>
          <FormMessage ok={voteState?.ok} message={voteState?.message} />
        </form>
      )}
      {reported || reportState?.ok ? (
        <p className="text-sm text-ink-muted" role="status">
          {reportState?.message ?? "You reported this review. An editor will look at it."}
        </p>
      ) : (
        <details className="min-w-0 flex-1">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-semibold text-accent underline underline-offset-4">Report this review</summary>
          <form action={send} noValidate className="mt-2 space-y-2">
            <input type="hidden" name="reviewId" value={reviewId} />
            <label htmlFor={reasonId} className="block text-sm font-medium">
              What is wrong with it?
            </label>
            <textarea id={reasonId} name="reason" rows={2} maxLength={REASON_MAX} className={inputClass} aria-invalid={reportState?.fields?.reason ? true : undefined} aria-describedby={`${reasonId}-error`} />
            <FieldError id={`${reasonId}-error`} message={reportState?.fields?.reason} />
            <div className="flex flex-wrap items-center gap-2">
              <SubmitButton className={small} pendingLabel="Sending…">
                Send report
              </SubmitButton>
              <FormMessage ok={reportState?.ok} message={reportState?.message} />
            </div>
          </form>
        </details>
      )}
    </div>
  );
}
