"use client";

import { FooterLinks } from "@/components/site/footer-links";
import { accountLinks } from "@/components/site/sections";
import { useAccount } from "@/components/site/use-account";

/**
 * The footer's account links: signed in, the saved comparisons and the account; otherwise (and until the
 * browser knows) also sign-in and sign-up. A client island, so the cached page is the same for everyone.
 */
export function FooterAccountLinks() {
  const account = useAccount();
  return <FooterLinks links={account ? [accountLinks.saved, accountLinks.account] : Object.values(accountLinks)} />;
}
