/** Reviews tests: the admin test database (companies acme, globex, initech; title index) and a valid review form. */
import type { Database } from "@/lib/db/connect";

export { adminTestDb, as, person, type Person } from "@/tests/admin/helpers";

/** A valid review form for `company` (override any field). */
export const reviewForm = (company = "acme", over: Record<string, string> = {}) => ({
  company,
  overall: "4",
  payBenefits: "4",
  workLife: "3",
  careerGrowth: "5",
  management: "3",
  culture: "4",
  pros: "Helpful colleagues and a manager who explains priorities clearly.",
  cons: "On-call weeks come round too often and the tooling is slow.",
  jobTitle: "Sr. Desktop Support Tech",
  currentEmployee: "yes",
  ...over,
});

/** Extra companies with a sector and a state, for rankings and sample reviews. */
export async function addCompanies(db: Database, n: number, sectors = ["Energy", "Utilities", "Materials"], states = ["Texas", "Ohio"]) {
  await db.prisma.company.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      slug: `co-${String(i + 1).padStart(2, "0")}`,
      name: `Company ${String(i + 1).padStart(2, "0")}`,
      sector: sectors[i % sectors.length],
      hqState: states[i % states.length],
      source: "test",
    })),
  });
}
