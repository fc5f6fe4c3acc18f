import type { Metadata } from "next";
import { sections } from "@/components/site/sections";
import { slugLabel } from "@/components/site/slug-label";
import { ComingSoon } from "@/components/ui/coming-soon";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Job posting" };

export default async function JobPostingPage({ params }: Props) {
  const { id } = await params;
  return (
    <ComingSoon
      title={`Job posting ${slugLabel(id, 40)}`}
      parent={sections.jobs}
      description="This page will show the posting in full: the employer, location and pay offered, what the job involves, and how to apply, next to the official pay and outlook for the occupation it belongs to."
      related={[sections.jobs, sections.companies, sections.careers]}
    />
  );
}
