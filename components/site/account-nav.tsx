"use client";

import { MenuDisclosure } from "@/components/site/menu-disclosure";
import { NavLink } from "@/components/site/nav-link";
import { accountLinks } from "@/components/site/sections";
import { forgetAccount, useAccount } from "@/components/site/use-account";
import { signOutAction } from "@/lib/actions/account";

const barButton =
  "ml-auto hidden h-10 items-center rounded-lg border border-line-strong px-4 text-sm font-semibold text-ink no-underline hover:bg-subtle lg:inline-flex [&[aria-current]]:border-accent";
const itemClass =
  "flex min-h-11 w-full items-center rounded-lg px-3 text-left font-medium text-ink no-underline hover:bg-subtle [&[aria-current]]:bg-accent-soft [&[aria-current]]:text-accent-strong";

async function signOut() {
  forgetAccount();
  await signOutAction();
}

function SignOutButton() {
  return (
    <form action={signOut}>
      <button type="submit" className={itemClass}>
        Sign out
      </button>
    </form>
  );
}

/**
 * The account corner of the header: "Sign in", or the signed-in person's menu (saved comparisons, account,
 * sign out). The only per-user part of the header: it asks the browser's session from /api/v1/account/me, so
 * every page's HTML is the same for everyone and can be cached. Until the answer arrives (and without
 * JavaScript) it shows "Sign in".
 */
export function AccountNav({ variant }: { variant: "bar" | "menu" }) {
  const user = useAccount();
  if (!user) {
    return variant === "bar" ? (
      <NavLink href={accountLinks.signIn.href} className={barButton}>
        {accountLinks.signIn.label}
      </NavLink>
    ) : (
      <NavLink href={accountLinks.signIn.href} className={itemClass}>
        {accountLinks.signIn.label}
      </NavLink>
    );
  }
  const links = (
    <>
      <li>
        <NavLink href={accountLinks.saved.href} className={itemClass}>
          {accountLinks.saved.label}
        </NavLink>
      </li>
      <li>
        <NavLink href={accountLinks.account.href} className={itemClass}>
          {accountLinks.account.label}
        </NavLink>
      </li>
      {user.editor ? (
        <li>
          <NavLink href="/admin" className={itemClass}>
            Administration
          </NavLink>
        </li>
      ) : null}
      <li>
        <SignOutButton />
      </li>
    </>
  );
  if (variant === "menu") {
    return (
      <div>
        <p className="px-3 text-sm text-ink-muted">
          Signed in as <span className="font-medium text-ink">{user.name}</span>
        </p>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">{links}</ul>
      </div>
    );
  }
  return (
    <MenuDisclosure className="relative ml-auto hidden lg:block">
      <summary className="inline-flex h-10 max-w-56 items-center gap-2 rounded-lg border border-line-strong px-4 text-sm font-semibold text-ink hover:bg-subtle">
        <span className="sr-only">Your account: </span>
        <span className="truncate">{user.name}</span>
        <span aria-hidden>▾</span>
      </summary>
      <div className="absolute right-0 top-full z-40 mt-2 w-64 rounded-xl border border-line bg-surface p-2 shadow-lg">
        <p className="px-3 py-1 text-xs text-ink-muted break-all">{user.email}</p>
        <ul className="grid gap-1">{links}</ul>
      </div>
    </MenuDisclosure>
  );
}
