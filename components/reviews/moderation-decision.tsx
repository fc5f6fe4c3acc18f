"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/actions/authed-action";
import { FieldError, FormMessage } from "@/components/forms/form-parts";
import { buttonClass, dangerButtonClass, inputClass } from "@/components/forms/styles";
import { REASON_MAX } from "@/lib/reviews/fields";

type Action = (state: ActionState | undefined, form: FormData) => Promise<ActionState>;

/** Approve or reject one review, with a reason (required to reject); the queue reloads once it is decided. */
export function ModerationDecision({ action, reviewId, version, label }: { action: Action; reviewId: string; version: number; label: string }) {
  const [state, formAction] = useActionState<ActionState | undefined, FormData>(action, undefined);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const id = `reason-${reviewId}`;
  return (
    <form action={formAction} noValidate className="mt-4 space-y-2 border-t border-line pt-4">
      <input type="hidden" name="reviewId" value={reviewId} />
      <input type="hidden" name="version" value={version} />
      <label htmlFor={id} className="block text-sm font-medium">
        Reason <span className="font-normal text-ink-muted">(required to reject; the author sees it)</span>
      </label>
      <textarea id={id} name="reason" rows={2} maxLength={REASON_MAX} className={inputClass} aria-invalid={state?.fields?.reason ? true : undefined} aria-describedby={`${id}-error`} />
      <FieldError id={`${id}-error`} message={state?.fields?.reason} />
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" name="decision" value="approve" className={buttonClass}>
          Approve<span className="sr-only"> {label}</span>
        </button>
        <button type="submit" name="decision" value="reject" className={dangerButtonClass}>
          Reject<span className="sr-only"> {label}</span>
        </button>
        <FormMessage ok={state?.ok} message={state?.message} />
      </div>
    </form>
  );
}
