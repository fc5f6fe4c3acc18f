import type { Metadata } from "next";
import { sections } from "@/components/site/sections";
import { ComingSoon } from "@/components/ui/coming-soon";

export const metadata: Metadata = {
  title: "Compare careers",
  description: "Put two to four careers side by side: pay, growth, education, skills and the work itself.",
};

export default function ComparePage() {
  return (
    <ComingSoon
      title="Compare careers"
      description="Pick two to four careers and see them side by side: pay at every level, projected growth and openings, typical education, skills and the work itself. Each comparison gets its own address, such as /compare/registered-nurses-vs-paramedics, to share or save."
      related={[sections.careers, sections.search, sections.professions]}
    />
  );
}
