import type { ReactNode } from "react";
import "./career.css";

/** "Source: BLS OEWS, May 2025" under a figure or group. */
export function SourceNote({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <p className={`text-xs text-ink-muted ${className}`}>Source: {children}</p>;
}

/** One page section with its heading (h2) and an anchor for the on-page navigation. */
export function ProfileSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="scroll-mt-20 border-t border-line pt-10">
      <h2 id={`${id}-heading`} className="text-2xl font-semibold tracking-tight">
        {title}
      </h2>
      {intro ? <div className="mt-2 max-w-3xl text-ink-muted">{intro}</div> : null}
      <div className="mt-6">{children}</div>
    </section>
  );
}

/** A framed block inside a section, with a small heading (h3). */
export function Panel({ title, children, className = "" }: { title: string; children: ReactNode; className?: string }) {
  return (
    <div className={className ? `panel ${className}` : "panel"}>
      <h3 className="text-base font-semibold">{title}</h3>
      <div className="mt-4">{children}</div>
    </div>
  );
}

/** Shown where a figure or group is missing: says so plainly. */
export function Missing({ children }: { children: ReactNode }) {
  return <p className="text-sm text-ink-muted italic">{children}</p>;
}
