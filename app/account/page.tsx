import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { dangerButtonClass, secondaryButtonClass } from "@/components/forms/styles";
import { changePasswordAction, deleteAccountAction, signOutEverywhereAction } from "@/lib/actions/account";
import { requireUser } from "@/lib/auth/session";
import { PASSWORD_MIN } from "@/lib/auth/password";

export const metadata: Metadata = {
  title: "Your account",
  description: "Change your password, sign out everywhere, export or delete your Careerlens data.",
  alternates: { canonical: "/account" },
  robots: { index: false },
};

function Section({ id, title, children, intro }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-xl border border-line bg-surface p-5 shadow-xs sm:p-6">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {intro ? <p className="mt-2 text-ink-muted">{intro}</p> : null}
      <div className="mt-5">{children}</div>
    </section>
  );
}

export default async function AccountPage() {
  const user = await requireUser("/account");
  return (
    <div className="page-width py-10 sm:py-14">
      <div className="mx-auto max-w-2xl space-y-6">
        <div>
          <h1 className="text-3xl font-semibold tracking-tight">Your account</h1>
          <p className="mt-3 text-ink-muted">
            Signed in as <span className="font-medium text-ink">{user.name}</span> ({user.email}).
          </p>
        </div>

        <Section id="password-heading" title="Change password" intro="Other devices signed in to your account are signed out when it changes.">
          <ActionForm
            id="change-password"
            action={changePasswordAction}
            submitLabel="Change password"
            pendingLabel="Changing…"
            fields={[
              { name: "current", label: "Current password", type: "password", autoComplete: "current-password" },
              { name: "password", label: "New password", type: "password", autoComplete: "new-password", hint: `At least ${PASSWORD_MIN} characters; common passwords are refused.` },
            ]}
          />
        </Section>

        <Section id="sessions-heading" title="Sign out everywhere" intro="Ends every session of this account, on every device and browser, including this one.">
          <ActionForm id="sign-out-everywhere" action={signOutEverywhereAction} fields={[]} submitLabel="Sign out everywhere" submitClassName={secondaryButtonClass} />
        </Section>

        <Section id="export-heading" title="Your data" intro="Download everything your account holds, or just your saved comparisons as a spreadsheet.">
          <div className="flex flex-wrap gap-3">
            <a href="/api/v1/account/export" download className={secondaryButtonClass}>
              Export all data (JSON)
            </a>
            <a href="/api/v1/account/export?format=csv" download className={secondaryButtonClass}>
              Export comparisons (CSV)
            </a>
          </div>
        </Section>

        <Section
          id="delete-heading"
          title="Delete account"
          intro="Deletes your account and everything it holds: saved comparisons, notes and share links. This cannot be undone."
        >
          <ActionForm
            id="delete-account"
            action={deleteAccountAction}
            submitLabel="Delete my account"
            pendingLabel="Deleting…"
            submitClassName={dangerButtonClass}
            fields={[{ name: "confirm", label: `Type your email address (${user.email}) to confirm`, type: "email", autoComplete: "off" }]}
          />
        </Section>
      </div>
    </div>
  );
}
