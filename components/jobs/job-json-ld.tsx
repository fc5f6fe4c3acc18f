import type { PostingDetail } from "@/lib/jobs/posting";
import { stateName } from "@/lib/jobs/states";

/** schema.org JobPosting, in the shape Google's job rich results read. */
export function jobPostingJsonLd(p: PostingDetail, url: string) {
  const places = p.locations.filter((l) => !l.remote);
  const remote = p.locations.filter((l) => l.remote);
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: p.title,
    description: p.description ?? p.title,
    datePosted: p.postedAt.toISOString(),
    hiringOrganization: { "@type": "Organization", name: p.companyName },
    employmentType: p.employmentType,
    url,
    identifier: { "@type": "PropertyValue", name: p.companyName, value: p.sourceId ?? p.id },
    directApply: false,
  };
  if (p.expiresAt) data.validThrough = p.expiresAt.toISOString();
  if (places.length)
    data.jobLocation = places.map((l) => ({
      "@type": "Place",
      address: { "@type": "PostalAddress", ...(l.city ? { addressLocality: l.city } : {}), addressRegion: l.state, addressCountry: "US" },
    }));
  if (remote.length) {
    data.jobLocationType = "TELECOMMUTE";
    data.applicantLocationRequirements = remote.some((l) => !l.state)
      ? { "@type": "Country", name: "US" }
      : remote.map((l) => ({ "@type": "State", name: stateName(l.state) ?? l.state }));
  }
  if (p.payPeriod && (p.payMin != null || p.payMax != null)) {
    data.baseSalary = {
      "@type": "MonetaryAmount",
      currency: p.payCurrency ?? "USD",
      value: { "@type": "QuantitativeValue", minValue: p.payMin ?? p.payMax, maxValue: p.payMax ?? p.payMin, unitText: p.payPeriod },
    };
  }
  if (p.occupation) data.occupationalCategory = p.occupation.onetCode;
  return data;
}

export function JobPostingJsonLd({ posting, url }: { posting: PostingDetail; url: string }) {
  const json = JSON.stringify(jobPostingJsonLd(posting, url)).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
