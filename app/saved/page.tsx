import type { Metadata } from "next";
import { accountLinks, sections } from "@/components/site/sections";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Saved comparisons", robots: { index: false } };

export default function SavedPage() {
  return (
    <ComingSoon
      title="Saved comparisons"
      status="Coming soon: accounts and saved comparisons are being built."
      description="The comparisons you save will be listed here with their titles and notes, ready to reopen, edit, share or delete."
      related={[sections.compare, { ...accountLinks.signIn, blurb: "Sign in to see the comparisons you saved." }, sections.careers]}
    />
  );
}
