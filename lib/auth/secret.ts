import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";

let cached: string | undefined;

/**
 * The key that signs and encrypts session cookies: NEXTAUTH_SECRET, or else a random secret generated once and
 * kept in .data/auth-secret (so `npm start` on a fresh clone works and sessions survive restarts). Servers that
 * share one database must share NEXTAUTH_SECRET.
 */
export function authSecret(): string {
  if (cached) return cached;
  const configured = env().NEXTAUTH_SECRET;
  if (configured) return (cached = configured);
  const file = path.join(process.cwd(), ".data", "auth-secret");
  try {
    cached = fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
      cached = secret;
    } catch {
      cached = fs.readFileSync(file, "utf8").trim(); // another process created it first
    }
  }
  return cached;
}
