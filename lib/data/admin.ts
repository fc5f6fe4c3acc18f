import "server-only";
import { db } from "@/lib/db";

/** The figures on the /admin overview; account figures only for admins. */
export async function adminCounts(admin: boolean) {
  const prisma = await db();
  const [postings, editorPostings] = await Promise.all([prisma.jobPosting.count(), prisma.jobPosting.count({ where: { source: "editor" } })]);
  if (!admin) return { postings, editorPostings, users: null, lastChange: null };
  const [total, admins, editors, disabled, last] = await Promise.all([
    prisma.user.count(),
    prisma.user.count({ where: { role: "ADMIN" } }),
    prisma.user.count({ where: { role: "EDITOR" } }),
    prisma.user.count({ where: { disabledAt: { not: null } } }),
    prisma.auditLog.findFirst({ orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  return { postings, editorPostings, users: { total, admins, editors, disabled }, lastChange: last?.createdAt ?? null };
}
