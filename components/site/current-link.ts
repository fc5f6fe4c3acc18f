import { navTargets } from "@/components/site/sections";

/**
 * How a navigation link relates to the current path: "page" when it is the page itself, "true" when the page
 * lies inside that link's section (e.g. /careers/nurses under /careers), otherwise undefined.
 * The most specific target wins, so /companies/best marks "Best companies", not "Explore companies".
 */
export function currentState(pathname: string, href: string): "page" | "true" | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, "") : pathname;
  const inside = (target: string) => path === target || path.startsWith(`${target}/`);
  const best = navTargets.filter(inside).sort((a, b) => b.length - a.length)[0];
  if (best !== href) return undefined;
  return path === href ? "page" : "true";
}
