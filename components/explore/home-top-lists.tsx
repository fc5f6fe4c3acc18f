import Link from "next/link";
import { getExploreData, topLists } from "@/lib/data/explore";
import { TopLists } from "./top-lists";

const HOME_N = 5;

/** The home page's short top lists. Read when the page is first rendered and cached, never at build time. */
export async function HomeTopLists() {
  const data = await getExploreData();
  const lists = topLists(data, HOME_N).filter((l) => l.key !== "employment");
  return <TopLists lists={lists} data={data} headingLevel={3} compact />;
}

/** Shown while the lists load, and the same size, so nothing jumps. */
export function HomeTopListsFallback() {
  return (
    <p className="rounded-xl border border-line bg-surface p-5 text-ink-muted">
      Loading the top lists… or go straight to{" "}
      <Link href="/careers#top-lists" className="font-medium text-accent underline hover:text-accent-strong">
        the top lists on Explore careers
      </Link>
      .
    </p>
  );
}
