/**
 * Sample reviews for a new install, so company profiles and /companies/best have something to show: written by
 * clearly marked sample accounts ("Sample reviewer 01", no password: they cannot sign in), flagged isSample and
 * labelled "Sample review" wherever they show. Deterministic (same seed, same date: same reviews, same ids), and
 * spread on purpose: per GICS sector two or three well-reviewed companies, a few with fewer reviews than the
 * ranking's minimum (thin data), and one company with a single 5-star review. `removeSamples` deletes them all.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { TitleIndex } from "@/lib/search/title-index";
import { MIN_REVIEWS } from "./ranking";
import { mapJobTitle } from "./write";
import { seededRandom } from "@/lib/seeded-random";

export const SAMPLE_ACCOUNTS = 15;
const SAMPLE_DOMAIN = "sample.careerlens.invalid";
const DAY = 86_400_000;

const TITLES = [
  "Software Engineer",
  "Registered Nurse",
  "Accountant",
  "Customer Service Representative",
  "Sales Manager",
  "Warehouse Associate",
  "Data Analyst",
  "Project Manager",
  "Mechanical Engineer",
  "Administrative Assistant",
  "Financial Analyst",
  "Electrician",
];

const PROS = [
  "Colleagues who help each other out and a manager who gives clear priorities for the week.",
  "Good health insurance, a fair 401(k) match and paid time off that people actually take.",
  "Plenty of training budget and a clear path to the next level if you ask for it.",
  "Interesting projects with real customers, and the tools to do the work properly.",
  "Flexible hours and the option to work from home two days a week.",
  "Stable company with steady work and pay that arrives on time, every time.",
];
const CONS = [
  "Busy seasons mean long weeks, and overtime is expected more often than it should be.",
  "Promotions are slow and depend a lot on which team you land in.",
  "Pay raises barely keep up with inflation unless you change roles.",
  "Too many meetings and reorganizations; priorities change every quarter.",
  "Older systems and tools that make simple tasks take longer than they need to.",
  "Communication from senior leadership is thin and often arrives late.",
];

const clamp = (v: number) => Math.min(5, Math.max(1, Math.round(v)));

export type SampleReview = {
  id: string;
  companyId: number;
  authorIndex: number;
  overall: number;
  payBenefits: number;
  workLife: number;
  careerGrowth: number;
  management: number;
  culture: number;
  pros: string;
  cons: string;
  jobTitle: string;
  currentEmployee: boolean;
  helpfulCount: number;
  createdAt: Date;
};

/** The plan (not written): which companies get how many reviews, and each review. */
export async function buildSampleReviews(prisma: PrismaClient, opts: { seed?: number; now?: Date } = {}): Promise<SampleReview[]> {
  const random = seededRandom(opts.seed ?? 20261129);
  const today = Math.floor((opts.now ?? new Date()).getTime() / DAY) * DAY;
  const companies = await prisma.company.findMany({ where: { sector: { not: null } }, select: { id: true, sector: true }, orderBy: { slug: "asc" } });
  const bySector = new Map<string, number[]>();
  for (const c of companies) bySector.set(c.sector!, [...(bySector.get(c.sector!) ?? []), c.id]);
  const sectors = [...bySector.keys()].sort();
  // per sector: two or three companies with enough reviews to be ranked, then thin ones
  const plan: { companyId: number; count: number; mean: number }[] = [];
  sectors.forEach((sector, i) => {
    const pool = [...bySector.get(sector)!];
    const take = () => pool.splice(Math.floor(random() * pool.length), 1)[0];
    const ranked = i % 3 === 0 ? 3 : 2;
    for (let k = 0; k < ranked && pool.length; k++) plan.push({ companyId: take(), count: MIN_REVIEWS + Math.floor(random() * 10), mean: 2.4 + random() * 2.2 });
    if (pool.length) plan.push({ companyId: take(), count: MIN_REVIEWS - 1, mean: 3.6 + random() * 1.2 });
    if (i % 2 === 0 && pool.length) plan.push({ companyId: take(), count: 1, mean: 1 + random() * 4 });
  });
  // the one-review case the method guards against: a single 5-star review
  const lone = plan.find((p) => p.count === 1);
  if (lone) lone.mean = 5;

  const reviews: SampleReview[] = [];
  for (const p of plan) {
    // a seeded Fisher–Yates shuffle: distinct authors per company
    const authors = Array.from({ length: SAMPLE_ACCOUNTS }, (_, k) => k);
    for (let k = authors.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [authors[k], authors[j]] = [authors[j], authors[k]];
    }
    authors.length = Math.min(p.count, SAMPLE_ACCOUNTS);
    for (const authorIndex of authors) {
      const overall = p.count === 1 && p.mean === 5 ? 5 : clamp(p.mean + (random() - 0.5) * 2);
      const near = () => clamp(overall + (random() - 0.5) * 2.4);
      reviews.push({
        id: `sample-review-${String(reviews.length + 1).padStart(3, "0")}`,
        companyId: p.companyId,
        authorIndex,
        overall,
        payBenefits: near(),
        workLife: near(),
        careerGrowth: near(),
        management: near(),
        culture: near(),
        pros: PROS[Math.floor(random() * PROS.length)],
        cons: CONS[Math.floor(random() * CONS.length)],
        jobTitle: TITLES[Math.floor(random() * TITLES.length)],
        currentEmployee: random() < 0.6,
        helpfulCount: Math.floor(random() * 12),
        createdAt: new Date(today - (3 + Math.floor(random() * 330)) * DAY - Math.floor(random() * DAY)),
      });
    }
  }
  return reviews;
}

export const sampleEmail = (i: number) => `sample-reviewer-${String(i + 1).padStart(2, "0")}@${SAMPLE_DOMAIN}`;

/** Writes the sample accounts and reviews in one transaction (existing samples are replaced, so ids stay stable). */
export async function addSampleReviews(prisma: PrismaClient, index: TitleIndex | null, opts: { seed?: number; now?: Date } = {}) {
  const reviews = await buildSampleReviews(prisma, opts);
  if (reviews.length === 0) return { created: 0, accounts: 0 };
  const careers = new Map<string, Awaited<ReturnType<typeof mapJobTitle>>>();
  for (const title of new Set(reviews.map((r) => r.jobTitle))) careers.set(title, await mapJobTitle(prisma, index, title));
  return prisma.$transaction(
    async (tx) => {
      const ids: string[] = [];
      for (let i = 0; i < SAMPLE_ACCOUNTS; i++) {
        const email = sampleEmail(i);
        const user = await tx.user.upsert({
          where: { email },
          create: { email, name: `Sample reviewer ${String(i + 1).padStart(2, "0")}`, isSample: true },
          update: { isSample: true },
          select: { id: true },
        });
        ids.push(user.id);
      }
      await tx.companyReview.deleteMany({ where: { isSample: true } });
      await tx.companyReview.createMany({
        data: reviews.map(({ authorIndex, currentEmployee, ...r }) => ({
          ...r,
          ...careers.get(r.jobTitle)!,
          authorId: ids[authorIndex],
          currentEmployee,
          status: "APPROVED" as const,
          moderationReason: "Sample review (npm run reviews:samples)",
          moderatedAt: r.createdAt,
          isSample: true,
        })),
      });
      return { created: reviews.length, accounts: SAMPLE_ACCOUNTS };
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}

/** Deletes every sample review and the sample accounts (with anything they did). */
export async function removeSampleReviews(prisma: PrismaClient): Promise<{ reviews: number; accounts: number }> {
  return prisma.$transaction(async (tx) => {
    const reviews = await tx.companyReview.deleteMany({ where: { isSample: true } });
    const accounts = await tx.user.deleteMany({ where: { isSample: true } });
    return { reviews: reviews.count, accounts: accounts.count };
  });
}
