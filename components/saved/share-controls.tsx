"use client";

import { useState, useTransition } from "react";
import { setVisibility } from "@/lib/actions/saved";
import { inputClass, secondaryButtonClass } from "@/components/forms/styles";

/** "Anyone with the link" on or off, the read-only share address, and copying it. */
export function ShareControls({ id, shareSlug: initial, origin }: { id: string; shareSlug: string | null; origin: string }) {
  const [shareSlug, setShareSlug] = useState(initial);
  const [message, setMessage] = useState("");
  const [pending, startTransition] = useTransition();
  const url = shareSlug ? `${origin}/shared/${shareSlug}` : null;

  const toggle = () =>
    startTransition(async () => {
      const result = await setVisibility(undefined, { id, visibility: shareSlug ? "PRIVATE" : "LINK" });
      if (result.ok) setShareSlug(result.data?.shareSlug ?? null);
      setMessage(result.message ?? "");
    });

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setMessage("Link copied");
    } catch {
      setMessage("Select the link and copy it");
    }
  };

  return (
    <div className="space-y-4">
      <p className="text-ink-muted">
        {url ? "Anyone with the link can view this comparison (read-only). Turn the link off to make it private again; the old link then stops working." : "Private: only you can see it."}
      </p>
      {url ? (
        <div>
          <label htmlFor={`share-${id}`} className="block font-medium">
            Share link
          </label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input id={`share-${id}`} readOnly value={url} className={`${inputClass} mt-0 min-w-0 flex-1`} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={copy} className={secondaryButtonClass}>
              Copy link
            </button>
          </div>
        </div>
      ) : null}
      <button type="button" onClick={toggle} disabled={pending} aria-disabled={pending} className={secondaryButtonClass}>
        {pending ? "Working…" : url ? "Stop sharing" : "Share: anyone with the link"}
      </button>
      <p role="status" aria-live="polite" className="text-sm font-medium text-accent-strong empty:hidden">
        {message}
      </p>
    </div>
  );
}
