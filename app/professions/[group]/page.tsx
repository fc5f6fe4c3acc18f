import type { Metadata } from "next";
import { sections } from "@/components/site/sections";
import { slugLabel } from "@/components/site/slug-label";
import { ComingSoon } from "@/components/ui/coming-soon";

type Props = { params: Promise<{ group: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { group } = await params;
  return { title: `${slugLabel(group)}: professions` };
}

export default async function ProfessionGroupPage({ params }: Props) {
  const { group } = await params;
  return (
    <ComingSoon
      title={slugLabel(group)}
      parent={sections.professions}
      description="This page will list the occupations in this group of the Standard Occupational Classification, with the smaller groups inside it, each occupation's typical pay and outlook, and a link to its career profile."
      related={[sections.professions, sections.careers, sections.compare]}
    />
  );
}
