import type { CareerProfile, Wage } from "@/lib/data/careers";

/** schema.org Occupation for search engines: title, codes, description and the OEWS pay distribution. */
export function occupationJsonLd(career: CareerProfile) {
  const { occupation, pay, projection } = career;
  const num = (w: Wage | undefined) => (w && w.value != null && !w.topCoded ? w.value : undefined);
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "Occupation",
    name: occupation.title,
    occupationalCategory: [occupation.socCode, occupation.onetCode],
    description: occupation.description ?? career.summary,
    occupationLocation: { "@type": "Country", name: "United States" },
  };
  if (projection?.education) data.educationRequirements = projection.education;
  if (projection?.experience) data.experienceRequirements = projection.experience;
  if (pay && num(pay.annual.median) != null) {
    data.estimatedSalary = {
      "@type": "MonetaryAmountDistribution",
      name: `Annual wages, ${pay.source} ${pay.period}`,
      currency: "USD",
      duration: "P1Y",
      percentile10: num(pay.annual.p10),
      percentile25: num(pay.annual.p25),
      median: num(pay.annual.median),
      percentile75: num(pay.annual.p75),
      percentile90: num(pay.annual.p90),
    };
  }
  return data;
}

export function OccupationJsonLd({ career }: { career: CareerProfile }) {
  const json = JSON.stringify(occupationJsonLd(career)).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
