"use client";

import { secondaryButtonClass } from "@/components/forms/styles";

export type ConflictRow = { label: string; mine: string; theirs: string };

/**
 * Shown when a save was refused because someone else saved first: who won (their version and time), the fields
 * that differ side by side, and a button to take their version into the form. The editor's own values stay in
 * the form; saving again (now on their version) is a deliberate save over theirs.
 */
export function ConflictPanel({ what, version, updatedAt, rows, onUseTheirs }: { what: string; version: number; updatedAt: string | null; rows: ConflictRow[]; onUseTheirs: () => void }) {
  const when = updatedAt ? `, ${new Date(updatedAt).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC` : "";
  return (
    <section aria-labelledby="conflict-heading" className="rounded-xl border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50">
      <h2 id="conflict-heading" className="font-semibold">
        Someone else saved this {what} (version {version}
        {when})
      </h2>
      <p className="mt-1 text-sm">Your changes are still in the form. Compare the two versions, merge what you want to keep, then save again — that save replaces theirs.</p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Your version and the saved version, field by field</caption>
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-3">Field</th>
              <th scope="col" className="py-1 pr-3">Your version</th>
              <th scope="col" className="py-1">Saved version</th>
            </tr>
          </thead>
          <tbody>
            {rows
              .filter((r) => r.mine !== r.theirs)
              .map((r) => (
                <tr key={r.label} className="border-t border-amber-300 align-top dark:border-amber-700">
                  <th scope="row" className="py-1 pr-3 font-medium">{r.label}</th>
                  <td className="py-1 pr-3 break-words whitespace-pre-line">{r.mine || "—"}</td>
                  <td className="py-1 break-words whitespace-pre-line">{r.theirs || "—"}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      <button type="button" className={`${secondaryButtonClass} mt-3`} onClick={onUseTheirs}>
        Use the saved version instead
      </button>
    </section>
  );
}
