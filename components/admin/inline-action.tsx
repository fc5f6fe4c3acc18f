"use client";

import { useActionState, useEffect } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/actions/authed-action";
import { FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { secondaryButtonClass } from "@/components/forms/styles";

type Props<T> = {
  action: (state: ActionState<T> | undefined, form: FormData) => Promise<ActionState<T>>;
  hidden: Record<string, string>;
  label: string;
  /** Names what the button acts on, for screen readers (" for ana@example.org"). */
  accessibleLabel?: string;
  pendingLabel?: string;
  className?: string;
  /** Extra controls inside the form (a role select). */
  children?: React.ReactNode;
  confirm?: string;
};

/** A one-button form (revert, disable, change role) that reloads the page's data once the action succeeds. */
export function InlineAction<T>({ action, hidden, label, accessibleLabel, pendingLabel, className = secondaryButtonClass, children, confirm }: Props<T>) {
  const [state, formAction] = useActionState<ActionState<T> | undefined, FormData>(action, undefined);
  const router = useRouter();
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form
      action={formAction}
      className="flex flex-wrap items-center gap-2"
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <SubmitButton className={className} pendingLabel={pendingLabel}>
        {label}
        {accessibleLabel ? <span className="sr-only"> {accessibleLabel}</span> : null}
      </SubmitButton>
      <FormMessage ok={state?.ok} message={state?.message} />
    </form>
  );
}
