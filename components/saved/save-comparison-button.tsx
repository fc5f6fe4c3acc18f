"use client";

import Link from "next/link";
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { saveComparison } from "@/lib/actions/saved";
import type { ActionState } from "@/lib/actions/authed-action";
import { buttonClass } from "@/components/forms/styles";
import { saveReturnPath } from "@/lib/saved/return-path";

/**
 * "Save comparison". Signed in: saves and says "Saved" with a link to it. Signed out: goes to sign in and comes
 * back to /saved/new, which completes the save (`autoSave`).
 */
export function SaveComparisonButton({ slugs, title, autoSave = false }: { slugs: string[]; title: string; autoSave?: boolean }) {
  const router = useRouter();
  const [state, setState] = useState<ActionState<{ id: string }>>();
  const [pending, startTransition] = useTransition();
  const started = useRef(false);

  const save = () =>
    startTransition(async () => {
      const result = await saveComparison(undefined, { slugs, title });
      if (result.status === 401) {
        router.push(`/signin?callbackUrl=${encodeURIComponent(saveReturnPath(slugs, title))}`);
        return;
      }
      setState(result);
    });

  useEffect(() => {
    if (!autoSave || started.current) return;
    started.current = true;
    save();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- run once, on arrival
  }, [autoSave]);

  return (
    <div className="flex flex-wrap items-center gap-3">
      {state?.ok && state.data ? (
        <p className="flex flex-wrap items-center gap-3">
          <span className="inline-flex min-h-11 items-center rounded-lg bg-accent-soft px-4 font-semibold text-accent-strong">Saved</span>
          <Link href={`/saved/${state.data.id}`} className="font-medium text-accent underline-offset-4 hover:underline">
            Open your saved comparison
          </Link>
        </p>
      ) : (
        <button type="button" className={buttonClass} onClick={save} disabled={pending} aria-disabled={pending}>
          {pending ? "Saving…" : "Save comparison"}
        </button>
      )}
      <p role="status" aria-live="polite" className="text-sm font-medium text-red-700 empty:hidden dark:text-red-300">
        {state && !state.ok ? (state.fields ? Object.values(state.fields).join(" ") : state.message) : ""}
      </p>
    </div>
  );
}
