"use client";

import { useState } from "react";

/** Print and copy-link buttons for a comparison (they need the browser); hidden when printing. */
export function PrintButton({ className }: { className: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={className}>
      Print
    </button>
  );
}

export function CopyLinkButton({ path, className }: { path: string; className: string }) {
  const [status, setStatus] = useState("");
  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => {
          const url = new URL(path, window.location.origin).toString();
          if (!navigator.clipboard) return setStatus(`Copy this link: ${url}`);
          navigator.clipboard.writeText(url).then(
            () => setStatus("Link copied."),
            () => setStatus(`Copy this link: ${url}`),
          );
        }}
      >
        Copy link
      </button>
      <span aria-live="polite" className="text-sm text-ink-muted">
        {status}
      </span>
    </>
  );
}
