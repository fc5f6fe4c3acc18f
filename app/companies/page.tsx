import type { Metadata } from "next";
import { sections } from "@/components/site/sections";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = {
  title: "Explore companies",
  description: "Employer profiles: sector, industry, headquarters, open positions and the careers they hire for.",
};

export default function CompaniesPage() {
  return (
    <ComingSoon
      title="Explore companies"
      description="Browse employers by sector and industry. Each company profile will give its headquarters and founding year, its open positions, and the careers it hires for, with links to those careers' pay and outlook."
      related={[sections.bestCompanies, sections.jobs, sections.careers]}
    />
  );
}
