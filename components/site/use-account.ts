"use client";

import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";

/** The signed-in person as the header shows them; `editor` is true for editors and admins. */
export type Account = { name: string; email: string; editor: boolean };

const CHANGED = "careerlens:account-changed";
let current: { key: string; promise: Promise<Account | null> } | null = null;

// One request per page address, shared by the header's two account corners (bar and phone menu).
function load(key: string): Promise<Account | null> {
  if (current?.key !== key) {
    const promise = fetch("/api/v1/account/me", { cache: "no-store", credentials: "same-origin" })
      .then((r) => (r.ok ? (r.json() as Promise<{ user: Account | null }>) : { user: null }))
      .then((body) => body.user ?? null)
      .catch(() => null);
    current = { key, promise };
  }
  return current.promise;
}

/** Tells every account corner that the visitor signed out (the page address may not change). */
export function forgetAccount() {
  current = { key: current?.key ?? "", promise: Promise.resolve(null) };
  window.dispatchEvent(new Event(CHANGED));
}

/**
 * Who is signed in, asked from the browser (GET /api/v1/account/me) after each navigation, so the pages
 * themselves stay the same for everyone and can be cached. `undefined` until the answer arrives.
 */
export function useAccount(): Account | null | undefined {
  const pathname = usePathname() ?? "/";
  const [account, setAccount] = useState<Account | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const refresh = () => void load(pathname).then((a) => live && setAccount(a));
    refresh();
    window.addEventListener(CHANGED, refresh);
    return () => {
      live = false;
      window.removeEventListener(CHANGED, refresh);
    };
  }, [pathname]);
  return account;
}
