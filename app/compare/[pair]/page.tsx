import type { Metadata } from "next";
import { notFound, permanentRedirect, redirect } from "next/navigation";
import { ComparisonJsonLd } from "@/components/compare/comparison-json-ld";
import { ComparisonView } from "@/components/compare/comparison-view";
import { TooManyCareers } from "@/components/compare/too-many";
import { comparisonNotFound } from "@/lib/compare/not-found-store";
import { MAX_SLUG_LENGTH, parsePair } from "@/lib/compare/slugs";
import { getComparison } from "@/lib/data/compare";
import { formatWage } from "@/lib/format";

type Props = { params: Promise<{ pair: string }> };

// Rendered on its first visit (never at build time: `next build` opens no database), then served from Next's
// page cache to everyone until an edit refreshes it (lib/data/refresh.ts) or, at the latest, a minute passes
// (a re-import by another process). See docs/decisions/008-page-cache.md.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { pair } = await params;
  const parsed = parsePair(pair);
  if (!parsed.ok) return { title: "Compare careers", robots: { index: false } };
  const result = await getComparison(parsed.slugs.join(","));
  if (!result.ok) return { title: "Comparison not found", robots: { index: false } };
  const c = result.comparison;
  const pays = c.careers
    .map((x) => (x.profile.pay && (x.profile.pay.annual.median.value != null || x.profile.pay.annual.median.topCoded) ? `${x.resolution.name} ${formatWage(x.profile.pay.annual.median)}` : null))
    .filter(Boolean);
  const description = `${c.title}: pay, growth, education, skills and who does the work, side by side${pays.length ? ` (median pay: ${pays.join(", ")})` : ""}. Every figure from BLS and O*NET with its source and year.`;
  return {
    title: `${c.title}: pay, growth and education compared`,
    description,
    alternates: { canonical: parsed.canonical },
    openGraph: { title: c.title, description, url: parsed.canonical, type: "website" },
  };
}

export default async function ComparisonPage({ params }: Props) {
  const store = comparisonNotFound();
  try {
    const { pair } = await params;
    const parsed = parsePair(pair);
    if (!parsed.ok) {
      if (parsed.reason === "too-many") return <TooManyCareers slugs={parsed.slugs} />;
      if (parsed.reason === "too-few") redirect(parsed.slugs.length ? `/compare?c=${encodeURIComponent(parsed.slugs[0])}` : "/compare");
      store.settle({ careers: [], reason: `A career name in this address is longer than ${MAX_SLUG_LENGTH} characters.` });
      notFound();
    }
    if (!parsed.isCanonical) permanentRedirect(parsed.canonical);
    const result = await getComparison(parsed.slugs.join(","));
    if (!result.ok) {
      store.settle({ careers: result.careers, reason: null });
      notFound();
    }
    return (
      <>
        <ComparisonJsonLd comparison={result.comparison} url={parsed.canonical} />
        <ComparisonView comparison={result.comparison} />
      </>
    );
  } finally {
    store.settle(null);
  }
}
