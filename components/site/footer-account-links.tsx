"use client";

import Link from "next/link";
import { accountLinks } from "@/components/site/sections";
import { useAccount } from "@/components/site/use-account";

/**
 * The footer's account links: signed in, the saved comparisons and the account; otherwise (and until the
 * browser knows) also sign-in and sign-up. A client island, so the cached page is the same for everyone.
 */
export function FooterAccountLinks({ className }: { className: string }) {
  const account = useAccount();
  const links = account ? [accountLinks.saved, accountLinks.account] : Object.values(accountLinks);
  return (
    <ul className="space-y-2">
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href} className={className}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
