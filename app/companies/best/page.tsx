import type { Metadata } from "next";
import { sections } from "@/components/site/sections";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = {
  title: "Best companies",
  description: "Ranked lists of employers, with the measure behind every ranking shown.",
};

export default function BestCompaniesPage() {
  return (
    <ComingSoon
      title="Best companies"
      description="Ranked lists of employers. Each list will say what it ranks by and where that measure comes from, so you can judge a ranking for yourself instead of taking it on trust."
      related={[sections.companies, sections.jobs, sections.careers]}
    />
  );
}
