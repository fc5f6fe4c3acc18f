import type { Metadata } from "next";
import { sections } from "@/components/site/sections";
import { slugLabel } from "@/components/site/slug-label";
import { ComingSoon } from "@/components/ui/coming-soon";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: `${slugLabel(slug)}: career profile` };
}

export default async function CareerProfilePage({ params }: Props) {
  const { slug } = await params;
  return (
    <ComingSoon
      title={slugLabel(slug)}
      parent={sections.careers}
      description="This career profile will show what the job pays (from entry level to the top, nationally and by state, and over recent years), how fast it is growing, the education and training it usually takes, its skills and daily tasks, who does the work, and related careers. Every figure will name its source and year."
      related={[sections.careers, sections.compare, sections.professions]}
    />
  );
}
