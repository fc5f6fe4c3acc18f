import type { Metadata } from "next";
import { sections } from "@/components/site/sections";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = {
  title: "Explore jobs",
  description: "Browse job postings by career, location and pay.",
};

export default function JobsPage() {
  return (
    <ComingSoon
      title="Explore jobs"
      description="Browse job postings and narrow them by career, location and pay. Every posting will link to the occupation it belongs to, so you can see how its pay compares with the official figures for that work."
      related={[sections.search, sections.companies, sections.careers]}
    />
  );
}
