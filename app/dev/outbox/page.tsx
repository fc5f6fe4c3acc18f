import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { currentUser, hasRole } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { outbox } from "@/lib/mail";

export const metadata: Metadata = { title: "Dev outbox", robots: { index: false, follow: false } };

/**
 * Mail written while no SMTP server is configured. Outside production anyone running the site locally can read
 * it; in production only admins (a reset link in the wrong hands is an account takeover).
 */
export default async function OutboxPage() {
  if (env().SMTP_URL) notFound();
  if (process.env.NODE_ENV === "production" && !hasRole((await currentUser())?.role, "ADMIN")) notFound();
  const mails = await outbox();
  return (
    <div className="page-width py-10 sm:py-14">
      <h1 className="text-3xl font-semibold tracking-tight">Dev outbox</h1>
      <p className="mt-3 text-ink-muted">No SMTP_URL is set, so mail is kept here instead of being sent. Newest first.</p>
      {mails.length === 0 ? <p className="mt-6">No mail yet.</p> : null}
      <ol className="mt-6 space-y-4">
        {mails.map((m) => (
          <li key={m.id} className="rounded-xl border border-line bg-surface p-5">
            <h2 className="font-semibold">{m.subject}</h2>
            <p className="text-sm text-ink-muted">
              To {m.to} · <time dateTime={m.createdAt.toISOString()}>{m.createdAt.toISOString()}</time>
            </p>
            <pre className="mt-3 overflow-x-auto whitespace-pre-wrap break-all font-sans text-sm">{m.text}</pre>
          </li>
        ))}
      </ol>
    </div>
  );
}
