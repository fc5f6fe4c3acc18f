// npm run admin:create -- --email you@example.org [--name "Your Name"] [--password-from-env VAR]
// Creates the account as ADMIN, or promotes an existing account to ADMIN. A new account needs a password,
// read from the environment variable named by --password-from-env (never from the command line, where it
// would land in the shell history); it must pass the same strength check as sign-up. Audited.
import { parseArgs } from "node:util";
import { openDatabase } from "@/lib/db/connect";
import { env } from "@/lib/env";
import { loadEnvFiles } from "@/lib/env-files";
import { createOrPromoteAdmin } from "@/lib/admin/create-admin";

const USAGE = "Usage: npm run admin:create -- --email X [--name N] [--password-from-env VAR]";

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, "password-from-env": { type: "string" } } });
  if (!values.email) throw new Error(USAGE);
  loadEnvFiles();
  const variable = values["password-from-env"];
  if (variable && !process.env[variable]) throw new Error(`The environment variable ${variable} is not set.`);
  const db = await openDatabase(env().DATABASE_URL);
  try {
    console.log(await createOrPromoteAdmin(db.prisma, { email: values.email, name: values.name, password: variable ? process.env[variable] : undefined }));
  } finally {
    await db.close();
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
