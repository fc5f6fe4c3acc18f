import type { Metadata } from "next";
import { sections } from "@/components/site/sections";
import { slugLabel } from "@/components/site/slug-label";
import { ComingSoon } from "@/components/ui/coming-soon";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: `${slugLabel(slug)}: company profile` };
}

export default async function CompanyPage({ params }: Props) {
  const { slug } = await params;
  return (
    <ComingSoon
      title={slugLabel(slug)}
      parent={sections.companies}
      description="This company profile will show the company's sector, industry, headquarters and founding year, its open positions, and the careers it hires for."
      related={[sections.companies, sections.bestCompanies, sections.jobs]}
    />
  );
}
