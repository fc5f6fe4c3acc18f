import Link from "next/link";
import { comparePath, MAX_CAREERS, slugToName } from "@/lib/compare/slugs";

/** An address with more than four careers: say so and offer the first four. */
export function TooManyCareers({ slugs }: { slugs: string[] }) {
  const first = slugs.slice(0, MAX_CAREERS);
  return (
    <div className="page-width py-14 sm:py-20">
      <div className="max-w-3xl">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">Compare up to four careers at a time</h1>
        <p className="mt-4 text-lg text-ink-muted">
          This address names {slugs.length} careers: {slugs.map(slugToName).join(", ")}. A comparison shows two to four side by side so
          every column stays readable.
        </p>
        <p className="mt-6">
          <Link href={comparePath(first)} prefetch={false} className="font-semibold text-accent underline underline-offset-4">
            Compare the first four: {first.map(slugToName).join(" vs ")}
          </Link>
        </p>
        <p className="mt-3">
          <Link href="/compare" className="text-accent underline underline-offset-4">
            Or choose careers in the comparison builder
          </Link>
        </p>
      </div>
    </div>
  );
}
