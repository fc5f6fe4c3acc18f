"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/authed-action";
import { FieldError, FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { inputClass } from "@/components/forms/styles";
import { SUB_RATINGS, TEXT_MAX, TEXT_MIN, TITLE_MAX } from "@/lib/reviews/fields";

type Result = { id: string; careerTitle: string | null };
type Props = {
  action: (state: ActionState<Result> | undefined, form: FormData) => Promise<ActionState<Result>>;
  company: { slug: string; name: string };
};

const RATINGS = [{ key: "overall", label: "Overall" }, ...SUB_RATINGS] as const;
const WORDS = ["", "Very poor", "Poor", "OK", "Good", "Excellent"];

/** Radio buttons 1–5 in a fieldset: keyboard (arrow keys) and screen readers work as for any radio group. */
function RatingField({ name, label, error, value }: { name: string; label: string; error?: string; value?: string }) {
  const errorId = `${name}-error`;
  return (
    <fieldset aria-describedby={errorId} aria-invalid={error ? true : undefined}>
      <legend className="font-medium">{label}</legend>
      <div className="mt-1 flex flex-wrap gap-1.5">
        {[1, 2, 3, 4, 5].map((n) => (
          <label
            key={n}
            className="inline-flex min-h-11 cursor-pointer items-center gap-1.5 rounded-lg border border-line-strong bg-surface px-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent"
          >
            <input type="radio" name={name} value={n} defaultChecked={value === String(n)} className="sr-only" />
            <span aria-hidden className="text-amber-600 dark:text-amber-400">
              ★
            </span>
            <span className="tabular-nums">{n}</span>
            <span className="sr-only">: {WORDS[n]}</span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}

function TextField({ name, label, hint, error, value, multiline, max }: { name: string; label: string; hint: string; error?: string; value?: string; multiline?: boolean; max: number }) {
  const common = {
    id: `review-${name}`,
    name,
    defaultValue: value,
    maxLength: max,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": `review-${name}-hint review-${name}-error`,
    className: inputClass,
  };
  return (
    <div>
      <label htmlFor={`review-${name}`} className="block font-medium">
        {label}
      </label>
      <p id={`review-${name}-hint`} className="text-sm text-ink-muted">
        {hint}
      </p>
      {multiline ? <textarea rows={5} {...common} /> : <input type="text" autoComplete="organization-title" {...common} />}
      <FieldError id={`review-${name}-error`} message={error} />
    </div>
  );
}

/**
 * The review form. After an error every field keeps what was typed (the form is re-rendered with the submitted
 * values) and each message sits next to its field; after success it says the review waits for moderation.
 */
export function ReviewForm({ action, company }: Props) {
  const [state, formAction] = useActionState<ActionState<Result> | undefined, FormData>(async (prev, form) => {
    const result = await action(prev, form);
    return { ...result, data: result.data, values: Object.fromEntries([...form.entries()].map(([k, v]) => [k, String(v)])) } as ActionState<Result>;
  }, undefined);
  const values = ((state as { values?: Record<string, string> } | undefined)?.values ?? {}) as Record<string, string>;
  const errors = state?.fields ?? {};
  if (state?.ok) {
    return (
      <div role="status" className="rounded-xl border border-accent bg-accent-soft p-5">
        <h2 className="text-xl font-semibold text-accent-strong">Review sent: waiting for moderation</h2>
        <p className="mt-2">{state.message}</p>
        {state.data?.careerTitle ? <p className="mt-2">Your job title is mapped to {state.data.careerTitle}.</p> : null}
        <p className="mt-3">
          <Link href={`/companies/${company.slug}`} className="font-semibold text-accent underline underline-offset-4">
            Back to {company.name}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="company" value={company.slug} />
      <div className="grid gap-5 md:grid-cols-2">
        {RATINGS.map((r) => (
          <RatingField key={`${r.key}-${state?.at ?? 0}`} name={r.key} label={r.label} error={errors[r.key]} value={values[r.key]} />
        ))}
      </div>
      <TextField key={`pros-${state?.at ?? 0}`} name="pros" label="Pros" hint={`What is good about working here (${TEXT_MIN}–${TEXT_MAX.toLocaleString("en-US")} characters, plain text).`} error={errors.pros} value={values.pros} multiline max={TEXT_MAX} />
      <TextField key={`cons-${state?.at ?? 0}`} name="cons" label="Cons" hint={`What could be better (${TEXT_MIN}–${TEXT_MAX.toLocaleString("en-US")} characters, plain text).`} error={errors.cons} value={values.cons} multiline max={TEXT_MAX} />
      <TextField key={`title-${state?.at ?? 0}`} name="jobTitle" label="Your job title" hint="As you would write it; we map it to a career with the site's title search and show that next to your review." error={errors.jobTitle} value={values.jobTitle} max={TITLE_MAX} />
      <fieldset key={`current-${state?.at ?? 0}`} aria-describedby="currentEmployee-error" aria-invalid={errors.currentEmployee ? true : undefined}>
        <legend className="font-medium">Do you still work there?</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {[
            ["yes", "Yes, I work there now"],
            ["no", "No, I used to"],
          ].map(([v, label]) => (
            <label key={v} className="inline-flex min-h-11 items-center gap-2">
              <input type="radio" name="currentEmployee" value={v} defaultChecked={values.currentEmployee === v} className="size-5 accent-(--color-accent)" />
              {label}
            </label>
          ))}
        </div>
        <FieldError id="currentEmployee-error" message={errors.currentEmployee} />
      </fieldset>
      <p className="text-sm text-ink-muted">
        Reviews are published after an editor checks them. One review per company every 12 months. Pros and cons are stored as plain text.
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Sending…">Send review</SubmitButton>
        <FormMessage ok={state?.ok} message={state?.message} />
      </div>
    </form>
  );
}
