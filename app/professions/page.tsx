import type { Metadata } from "next";
import { sections } from "@/components/site/sections";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = {
  title: "Explore professions",
  description: "An A–Z index of job titles and the Standard Occupational Classification, group by group.",
};

export default function ProfessionsPage() {
  return (
    <ComingSoon
      title="Explore professions"
      description="An A–Z index of job titles, and the 2018 Standard Occupational Classification laid out from its major groups down to each detailed occupation, so you can find a profession by its name or by its family."
      related={[sections.careers, sections.search, sections.compare]}
    />
  );
}
