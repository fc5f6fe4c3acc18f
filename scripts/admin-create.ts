// npm run admin:create -- --email you@example.org [--name "Your Name"] [--password-from-env VAR]
// Creates the account as ADMIN, or promotes an existing account to ADMIN. A new account needs a password,
// read from the environment variable named by --password-from-env (never from the command line, where it
// would land in the shell history); it must pass the same strength check as sign-up. Audited.
import { parseArgs } from "node:util";
import { openDatabase } from "@/lib/db/connect";
import { env, EnvError } from "@/lib/env";
import { loadEnvFiles } from "@/lib/env-files";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { emailField, nameField } from "@/lib/auth/schemas";

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, "password-from-env": { type: "string" } } });
  const email = emailField.safeParse(values.email ?? "");
  if (!email.success) throw new Error(`--email: ${email.error.issues[0].message}\nUsage: npm run admin:create -- --email X [--name N] [--password-from-env VAR]`);
  loadEnvFiles();
  const db = await openDatabase(env().DATABASE_URL);
  try {
    const prisma = db.prisma;
    const existing = await prisma.user.findUnique({ where: { email: email.data }, select: { id: true, role: true, disabledAt: true } });
    if (existing) {
      if (existing.role === "ADMIN") {
        console.log(`${email.data} is already an administrator; nothing changed.`);
      } else {
        await prisma.$transaction([
          prisma.user.update({ where: { id: existing.id }, data: { role: "ADMIN", version: { increment: 1 } } }),
          prisma.auditLog.create({
            data: { actorEmail: "admin:create (command line)", action: "user.role", entityType: "User", entityId: existing.id, before: { email: email.data, role: existing.role }, after: { email: email.data, role: "ADMIN" } },
          }),
        ]);
        console.log(`Promoted ${email.data} from ${existing.role} to ADMIN.`);
      }
      if (existing.disabledAt) console.log("Note: this account is disabled; enable it at /admin/users before signing in.");
      return;
    }
    const variable = values["password-from-env"];
    const password = variable ? process.env[variable] : undefined;
    if (!password) throw new Error(`No account uses ${email.data}. To create it, pass --password-from-env VAR with the password in the environment variable VAR.`);
    const name = nameField.safeParse(values.name ?? email.data.split("@")[0]);
    if (!name.success) throw new Error(`--name: ${name.error.issues[0].message}`);
    const problem = passwordProblem(password, [email.data, name.data]);
    if (problem) throw new Error(`Password refused: ${problem}`);
    const user = await prisma.user.create({ data: { email: email.data, name: name.data, role: "ADMIN", passwordHash: await hashPassword(password) }, select: { id: true } });
    await prisma.auditLog.create({
      data: { actorEmail: "admin:create (command line)", action: "user.create", entityType: "User", entityId: user.id, after: { email: email.data, role: "ADMIN" } },
    });
    console.log(`Created the administrator account ${email.data} (${name.data}).`);
  } finally {
    await db.close();
  }
}

main().catch((e: Error) => {
  console.error(e instanceof EnvError ? e.message : e.message);
  process.exit(1);
});
