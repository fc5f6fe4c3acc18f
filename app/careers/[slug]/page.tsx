import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CareerProfileView } from "@/components/careers/career-profile";
import { OccupationJsonLd } from "@/components/careers/occupation-json-ld";
import { PopularComparisons } from "@/components/compare/popular-comparisons";
import { careerName, careerPath, getCareer } from "@/lib/data/careers";
import { formatWage } from "@/lib/format";

type Props = { params: Promise<{ slug: string }> };

// Rendered on its first visit (never at build time: `next build` opens no database), then served from Next's
// page cache to everyone until an edit refreshes it (lib/data/refresh.ts) or, at the latest, a minute passes
// (a re-import by another process). See docs/decisions/008-page-cache.md.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const career = await getCareer(slug);
  if (!career) return { title: "Career not found" };
  const pay = career.pay;
  const name = careerName(career);
  const median = pay && (pay.annual.median.value != null || pay.annual.median.topCoded) ? formatWage(pay.annual.median) : null;
  const description = median
    ? `${name}: median pay ${median} a year (${pay!.source}, ${pay!.period}), job outlook, education, skills and who does the work.`
    : `${name}: what they do, job outlook, education, skills and who does the work.`;
  return {
    title: `${name}: pay, outlook and education`,
    description,
    alternates: { canonical: careerPath(career) },
  };
}

export default async function CareerProfilePage({ params }: Props) {
  const { slug } = await params;
  const career = await getCareer(slug);
  if (!career) notFound();
  return (
    <>
      <OccupationJsonLd career={career} />
      <CareerProfileView career={career} />
      <PopularComparisons career={career} />
    </>
  );
}
