// Child process of admin-edit-kill.test.ts: an administrator changes one account's role over and over (each
// change and its audit entry in one transaction, lib/admin/users.ts), printing a line after each commit, until
// the parent kills it with SIGKILL.
import { openDatabase } from "@/lib/db/connect";
import { setRole } from "@/lib/admin/users";

const [url, actorId, targetId] = process.argv.slice(2);
const db = await openDatabase(url);
const actor = await db.prisma.user.findUniqueOrThrow({ where: { id: actorId }, select: { id: true, email: true } });
for (let i = 1; ; i++) {
  await setRole(db.prisma, actor, targetId, i % 2 ? "EDITOR" : "USER");
  process.stdout.write(`committed ${i}\n`);
}
