import type { Metadata } from "next";
import { accountLinks, sections } from "@/components/site/sections";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = { title: "Saved comparison", robots: { index: false } };

export default function SavedComparisonPage() {
  return (
    <ComingSoon
      title="Saved comparison"
      parent={{ href: accountLinks.saved.href, label: accountLinks.saved.label }}
      status="Coming soon: accounts and saved comparisons are being built."
      description="A saved comparison will open here with the careers you picked, your title and your note. Private comparisons are visible only to you; shared ones to anyone with the link."
      related={[sections.compare, sections.careers, sections.search]}
    />
  );
}
