"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { deleteSaved, moveSaved, restoreSaved } from "@/lib/actions/saved";
import { secondaryButtonClass } from "@/components/forms/styles";
import { EditSavedForm } from "@/components/saved/edit-saved-form";

export type SavedListItem = {
  id: string;
  title: string;
  note: string;
  careers: { slug: string; title: string }[];
  comparePath: string;
  shared: boolean;
  version: number;
  updatedAt: string;
  updatedLabel: string;
};

const smallButton = `${secondaryButtonClass} min-h-10 px-3 py-1 text-sm`;

/** The saved comparisons with their controls: edit, move up/down, delete with undo. */
export function SavedList({ items }: { items: SavedListItem[] }) {
  const [message, setMessage] = useState("");
  const [undo, setUndo] = useState<{ id: string; title: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (fn: () => Promise<{ ok: boolean; message?: string }>, after?: () => void) =>
    startTransition(async () => {
      const result = await fn();
      setMessage(result.message ?? "");
      if (result.ok) after?.();
    });

  return (
    <div>
      <div role="status" aria-live="polite" className="min-h-6 text-sm font-medium text-accent-strong">
        {undo ? (
          <span className="inline-flex flex-wrap items-center gap-3 rounded-lg bg-accent-soft px-3 py-2">
            Deleted “{undo.title}”.
            <button
              type="button"
              className="font-semibold underline underline-offset-4"
              onClick={() => run(() => restoreSaved(undefined, { id: undo.id }), () => setUndo(null))}
            >
              Undo
            </button>
          </span>
        ) : (
          message
        )}
      </div>
      <ol className="mt-3 space-y-4">
        {items.map((item, index) => (
          <li key={item.id} className="rounded-xl border border-line bg-surface p-5 shadow-xs">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0">
                <h2 className="text-lg font-semibold break-words">
                  <Link href={`/saved/${item.id}`} className="text-ink underline-offset-4 hover:underline">
                    {item.title}
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-ink-muted">
                  {item.careers.map((c) => c.title).join(" vs ")}
                  {item.shared ? " · shared by link" : ""}
                </p>
              </div>
              <p className="text-sm text-ink-muted">
                Last changed <time dateTime={item.updatedAt}>{item.updatedLabel}</time>
              </p>
            </div>
            {item.note ? <p className="mt-3 whitespace-pre-line break-words">{item.note}</p> : <p className="mt-3 text-sm text-ink-muted">No note yet.</p>}
            <div className="mt-4 flex flex-wrap items-center gap-2">
              <Link href={item.comparePath} className={smallButton}>
                Open comparison
              </Link>
              <button
                type="button"
                className={smallButton}
                disabled={pending || index === 0}
                aria-label={`Move “${item.title}” up`}
                onClick={() => run(() => moveSaved(undefined, { id: item.id, direction: "up" }))}
              >
                Move up
              </button>
              <button
                type="button"
                className={smallButton}
                disabled={pending || index === items.length - 1}
                aria-label={`Move “${item.title}” down`}
                onClick={() => run(() => moveSaved(undefined, { id: item.id, direction: "down" }))}
              >
                Move down
              </button>
              <button
                type="button"
                className={smallButton}
                disabled={pending}
                aria-label={`Delete “${item.title}”`}
                onClick={() => run(() => deleteSaved(undefined, { id: item.id }), () => setUndo({ id: item.id, title: item.title }))}
              >
                Delete
              </button>
            </div>
            <details className="mt-4 rounded-lg border border-line">
              <summary className="px-4 py-2 font-medium">
                Edit title and note<span className="sr-only"> of “{item.title}”</span>
              </summary>
              <div className="border-t border-line p-4">
                <EditSavedForm id={item.id} version={item.version} title={item.title} note={item.note} />
              </div>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
