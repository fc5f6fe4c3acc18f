import type { Metadata } from "next";
import { accountLinks, sections } from "@/components/site/sections";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Sign in" };

export default function SignInPage() {
  return (
    <ComingSoon
      title="Sign in"
      status="Coming soon: accounts are being built."
      description="Signing in with your email and password will let you save comparisons and return to them on any device. Every career, comparison and company page stays open to everyone, no account needed."
      related={[{ ...accountLinks.signUp, blurb: "Accounts need only an email address and a password." }, sections.compare, sections.careers]}
    />
  );
}
