import { CareerDescription } from "@/components/careers/editorial";
import type { ComparedCareer } from "@/lib/compare/build";

/** What each compared career is, side by side: a curated role's or the editors' description, else O*NET's. */
export function CareerDescriptions({ careers, names }: { careers: ComparedCareer[]; names: string[] }) {
  const described = careers.map((c, i) => ({ c, name: names[i] })).filter(({ c }) => c.profile.role?.description || c.profile.editorial?.description || c.profile.occupation.description);
  if (!described.length) return null;
  return (
    <section aria-labelledby="what-they-are-heading" className="mt-6 max-w-6xl">
      <h2 id="what-they-are-heading" className="sr-only">
        What each career is
      </h2>
      <div className={`grid gap-4 ${described.length > 1 ? "md:grid-cols-2" : ""}`}>
        {described.map(({ c, name }, i) => (
          <div key={`${c.resolution.slug}-${i}`} className="min-w-0 rounded-xl border border-line bg-surface p-4 text-sm">
            <h3 className="font-semibold">{name}</h3>
            <div className="mt-2">
              <CareerDescription career={c.profile} compact />
            </div>
          </div>
        ))}
      </div>
    </section>
  );
}
