import "server-only";
import { db } from "@/lib/db";
import { comparePath } from "@/lib/compare/slugs";

/** Everything the account holds, for "export my data" (no password hash, no session or token secrets). */
export async function exportUserData(userId: string) {
  const prisma = await db();
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true, name: true, role: true, createdAt: true, updatedAt: true,
      accounts: { select: { provider: true, createdAt: true } },
      sessions: { select: { createdAt: true, expiresAt: true } },
      comparisons: {
        where: { deletedAt: null },
        orderBy: { position: "asc" },
        select: { id: true, title: true, note: true, slugs: true, visibility: true, createdAt: true, updatedAt: true, snapshot: true },
      },
    },
  });
  const { accounts, sessions, comparisons, ...account } = user;
  return { exportedAt: new Date().toISOString(), account, linkedSignIns: accounts, activeSessions: sessions, savedComparisons: comparisons };
}

/** RFC 4180 field; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula. */
function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The saved comparisons as CSV: one row each, careers joined with " | ". */
export async function comparisonsCsv(userId: string): Promise<string> {
  const rows = await (await db()).savedComparison.findMany({
    where: { ownerId: userId, deletedAt: null },
    orderBy: { position: "asc" },
    select: { title: true, slugs: true, note: true, visibility: true, createdAt: true, updatedAt: true },
  });
  const header = ["title", "careers", "comparison_url", "note", "visibility", "created", "last_changed"];
  const lines = rows.map((r) =>
    [r.title, r.slugs.join(" | "), comparePath(r.slugs), r.note, r.visibility.toLowerCase(), r.createdAt.toISOString(), r.updatedAt.toISOString()].map(csvField).join(","),
  );
  return [header.join(","), ...lines].join("\r\n") + "\r\n";
}
