import Link from "next/link";
import { ComparisonFigures } from "@/components/saved/comparison-figures";
import { buttonClass } from "@/components/forms/styles";
import { comparePath } from "@/lib/compare/slugs";
import type { CareerFigures } from "@/lib/saved/snapshot";
import type { SavedItem } from "@/lib/data/saved";

/** A saved comparison as its owner and a share-link visitor both see it: title, note, link, figures then and now. */
export function SavedComparisonBody({ item, now }: { item: Pick<SavedItem, "title" | "note" | "slugs" | "snapshot">; now: CareerFigures[] }) {
  return (
    <>
      <h1 className="text-3xl font-semibold tracking-tight break-words sm:text-4xl">{item.title}</h1>
      {item.note ? <p className="mt-4 max-w-3xl whitespace-pre-line break-words text-lg">{item.note}</p> : null}
      <p className="mt-6">
        <Link href={comparePath(item.slugs)} className={`${buttonClass} no-underline`}>
          Open the full comparison
        </Link>
      </p>
      <section aria-labelledby="figures-heading" className="mt-10">
        <h2 id="figures-heading" className="text-xl font-semibold">
          Then and now
        </h2>
        <div className="mt-4">
          <ComparisonFigures saved={item.snapshot.careers} now={now} savedAt={item.snapshot.savedAt} />
        </div>
      </section>
    </>
  );
}
