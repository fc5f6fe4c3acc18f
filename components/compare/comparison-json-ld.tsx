import { occupationJsonLd } from "@/components/careers/occupation-json-ld";
import type { Comparison } from "@/lib/compare/build";

/** schema.org ItemList of the compared occupations, in the order of the address. */
export function ComparisonJsonLd({ comparison, url }: { comparison: Comparison; url: string }) {
  const data = {
    "@context": "https://schema.org",
    "@type": "ItemList",
    name: comparison.title,
    url,
    numberOfItems: comparison.careers.length,
    itemListElement: comparison.careers.map((c, i) => {
      const { "@context": _context, ...occupation } = occupationJsonLd(c.profile);
      void _context;
      return { "@type": "ListItem", position: i + 1, name: c.resolution.name, item: occupation };
    }),
  };
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
