import type { Metadata } from "next";
import { accountLinks, sections } from "@/components/site/sections";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <ComingSoon
      title="Create an account"
      status="Coming soon: accounts are being built."
      description="An account will let you save comparisons, give each one a title and a note, and choose whether to share it by link. It takes an email address and a password, nothing more."
      related={[{ ...accountLinks.signIn, blurb: "Already have an account? Sign in here." }, sections.compare, sections.careers]}
    />
  );
}
