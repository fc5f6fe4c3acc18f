import Link from "next/link";

/** The frame of the small account pages (sign in, sign up, reset): heading, one line of context, the form. */
export function AccountPage({ title, intro, notice, children }: { title: string; intro?: React.ReactNode; notice?: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="page-width py-10 sm:py-14">
      <div className="mx-auto max-w-md">
        <h1 className="text-3xl font-semibold tracking-tight">{title}</h1>
        {intro ? <p className="mt-3 text-ink-muted">{intro}</p> : null}
        {notice ? (
          <p role="status" className="mt-5 rounded-lg bg-accent-soft px-3 py-2 text-sm font-medium text-accent-strong">
            {notice}
          </p>
        ) : null}
        <div className="mt-8 rounded-xl border border-line bg-surface p-5 shadow-xs sm:p-6">{children}</div>
      </div>
    </div>
  );
}

export function TextLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="font-medium text-accent underline-offset-4 hover:underline">
      {children}
    </Link>
  );
}
