"use client";

import { useFormStatus } from "react-dom";

export const inputClass =
  "mt-1 block w-full rounded-lg border border-line-strong bg-surface px-3 py-2 text-base text-ink placeholder:text-ink-muted aria-[invalid=true]:border-red-700 dark:aria-[invalid=true]:border-red-300";

export const buttonClass =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink hover:bg-accent-strong disabled:opacity-60";

export const secondaryButtonClass =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg border border-line-strong bg-surface px-4 py-2 font-semibold text-ink hover:bg-subtle disabled:opacity-60";

export const dangerButtonClass =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60 dark:bg-red-300 dark:text-red-950 dark:hover:bg-red-200";

/** A field's error, announced when it appears and tied to the input by aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm font-medium text-red-700 empty:hidden dark:text-red-300">
      {message}
    </p>
  );
}

/** The form-wide answer ("Saved", "Too many attempts…"), in a live region that is always present. */
export function FormMessage({ ok, message }: { ok?: boolean; message?: string }) {
  return (
    <p
      role="status"
      aria-live="polite"
      className={`text-sm font-medium empty:hidden ${ok ? "text-accent-strong" : "text-red-700 dark:text-red-300"}`}
    >
      {message}
    </p>
  );
}

/** A submit button that says it is working while the form's action runs. */
export function SubmitButton({ children, pendingLabel, className = buttonClass }: { children: React.ReactNode; pendingLabel?: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? (pendingLabel ?? "Working…") : children}
    </button>
  );
}
