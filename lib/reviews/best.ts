/** /companies/best: the overall ranking and the rankings per sector and per headquarters state (lib/reviews/ranking). */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ratingTotals } from "./read";
import { METHOD, rankCompanies, rankGroups, siteMean, type Candidate } from "./ranking";

export type BestCandidate = Candidate & { sector: string | null; hqState: string | null };

export async function readBest(prisma: PrismaClient) {
  const [companies, totals] = await Promise.all([
    prisma.company.findMany({ select: { id: true, slug: true, name: true, sector: true, hqState: true } }),
    ratingTotals(prisma),
  ]);
  const candidates: BestCandidate[] = companies.map((c) => ({
    slug: c.slug,
    name: c.name,
    sector: c.sector,
    hqState: c.hqState,
    ...(totals.get(c.id) ?? { count: 0, sum: 0 }),
  }));
  const mean = siteMean([...totals.values()]);
  const reviews = [...totals.values()].reduce((a, t) => a + t.count, 0);
  return {
    method: METHOD,
    mean,
    reviews,
    reviewedCompanies: totals.size,
    overall: rankCompanies(candidates, mean),
    sectors: rankGroups(candidates, (c) => c.sector, mean),
    states: rankGroups(candidates, (c) => c.hqState, mean),
  };
}
export type Best = Awaited<ReturnType<typeof readBest>>;
