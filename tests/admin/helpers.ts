/** A test database with jobs data and four people: signed out, a USER, an EDITOR and an ADMIN (real sessions). */
import type { Database } from "@/lib/db/connect";
import type { UserRole } from "@/lib/generated/prisma/client";
import { runWithRequest } from "@/lib/auth/request-scope";
import { request, userWithSession, useTestDb as serverTestDb } from "@/tests/accounts/helpers";
import { seedJobsDb } from "@/tests/jobs/seed";

export type Person = { id: string; email: string; name: string; cookie: string };

export async function adminTestDb() {
  const db = await serverTestDb();
  const index = await seedJobsDb(db);
  // the server's title index, as lib/data/search.ts keeps it
  (globalThis as unknown as { careerlensTitleIndex?: Promise<unknown> }).careerlensTitleIndex = Promise.resolve(index);
  return { db, index };
}

export async function person(db: Database, email: string, role: UserRole): Promise<Person> {
  const { user, cookie } = await userWithSession(email, email.split("@")[0]);
  await db.prisma.user.update({ where: { id: user.id }, data: { role } });
  return { ...user, cookie };
}

/** Runs `fn` as the holder of `cookie` (undefined: signed out), as a route handler or server action would. */
export const as = <T,>(cookie: string | undefined, fn: () => Promise<T>) => runWithRequest(request("/admin", { cookie }), fn);

/** A valid editor form for a new posting. */
export const jobForm = (over: Record<string, string> = {}) => ({
  title: "Sr. Desktop Support Tech",
  companyName: "Globex, Inc.",
  locations: "San Jose, CA\nRemote",
  employmentType: "FULL_TIME",
  payMin: "28",
  payMax: "36.50",
  payPeriod: "HOUR",
  payCurrency: "USD",
  description: "Keep our **desktops** running.",
  postedAt: "2026-11-20",
  expiresAt: "",
  applyUrl: "https://jobs.globex.example/gx-1",
  onetCode: "",
  ...over,
});
