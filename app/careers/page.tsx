import type { Metadata } from "next";
import { sections } from "@/components/site/sections";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = {
  title: "Explore careers",
  description: "Browse every U.S. occupation by group and filter by pay, growth, education and preparation.",
};

export default function CareersPage() {
  return (
    <ComingSoon
      title="Explore careers"
      description="Browse every U.S. occupation by its major group, narrow the list by pay, projected growth, typical education and preparation level, and sort by what matters to you. Each career opens a full profile."
      related={[sections.search, sections.professions, sections.compare]}
    />
  );
}
