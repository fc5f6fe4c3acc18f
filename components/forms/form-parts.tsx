"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "@/components/forms/styles";

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
