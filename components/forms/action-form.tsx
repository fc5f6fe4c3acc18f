"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/actions/authed-action";
import { FieldError, FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { inputClass } from "@/components/forms/styles";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  hint?: string;
  defaultValue?: string;
  maxLength?: number;
};

type Props<T> = {
  action: (state: ActionState<T> | undefined, form: FormData) => Promise<ActionState<T>>;
  fields: FieldSpec[];
  submitLabel: string;
  pendingLabel?: string;
  /** Hidden values sent with the form (callbackUrl, a reset token). */
  hidden?: Record<string, string>;
  submitClassName?: string;
  /** Shown under the button (links to the other account pages). */
  footer?: React.ReactNode;
  id?: string;
};

/**
 * A form whose submit runs a server action (useActionState): field errors appear next to their fields and the
 * form's answer in a live region. Text fields keep what was typed after an error; passwords are cleared.
 */
export function ActionForm<T>({ action, fields, submitLabel, pendingLabel, hidden = {}, submitClassName, footer, id }: Props<T>) {
  const [state, formAction] = useActionState<ActionState<T> | undefined, FormData>(action, undefined);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.filter((f) => f.type !== "password").map((f) => [f.name, f.defaultValue ?? ""])),
  );
  const formId = id ?? fields.map((f) => f.name).join("-");
  return (
    <form action={formAction} noValidate className="space-y-5" id={formId}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const inputId = `${formId}-${field.name}`;
        const error = state?.fields?.[field.name];
        const described = [field.hint ? `${inputId}-hint` : "", `${inputId}-error`].filter(Boolean).join(" ");
        const controlled = field.type !== "password";
        return (
          <div key={field.name}>
            <label htmlFor={inputId} className="block font-medium text-ink">
              {field.label}
            </label>
            {field.hint ? (
              <p id={`${inputId}-hint`} className="text-sm text-ink-muted">
                {field.hint}
              </p>
            ) : null}
            <input
              id={inputId}
              name={field.name}
              type={field.type ?? "text"}
              autoComplete={field.autoComplete}
              maxLength={field.maxLength}
              aria-invalid={error ? true : undefined}
              aria-describedby={described}
              className={inputClass}
              {...(controlled
                ? { value: values[field.name] ?? "", onChange: (e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [field.name]: e.target.value }) }
                : {})}
            />
            <FieldError id={`${inputId}-error`} message={error} />
          </div>
        );
      })}
      <FormMessage ok={state?.ok} message={state?.message} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel={pendingLabel} className={submitClassName}>
          {submitLabel}
        </SubmitButton>
        {footer}
      </div>
    </form>
  );
}
