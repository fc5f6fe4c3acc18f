import type { Metadata } from "next";
import { sections } from "@/components/site/sections";
import { comparedLabels } from "@/components/site/slug-label";
import { ComingSoon } from "@/components/ui/coming-soon";

type Props = { params: Promise<{ pair: string }> };

function titleFor(labels: string[]): string {
  return labels.length >= 2 ? labels.join(" vs ") : "Compare careers";
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { pair } = await params;
  return { title: titleFor(comparedLabels(pair)) };
}

export default async function ComparisonPage({ params }: Props) {
  const { pair } = await params;
  const labels = comparedLabels(pair);
  const description =
    labels.length >= 2
      ? "This comparison will set these careers side by side: pay at every level, projected growth and openings, typical education and training, skills, and the work itself, each figure with its source and year."
      : "Comparison pages name two to four careers joined by “-vs-”, for example /compare/registered-nurses-vs-paramedics. Once careers are loaded, this address will point to the right comparison.";
  return (
    <ComingSoon
      title={titleFor(labels)}
      parent={sections.compare}
      description={description}
      related={[sections.compare, sections.careers, sections.search]}
    />
  );
}
