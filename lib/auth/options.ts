import "server-only";
import type { NextAuthOptions } from "next-auth";
import type { Provider } from "next-auth/providers/index";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { authSecret } from "@/lib/auth/secret";
import { signInWithPassword } from "@/lib/auth/accounts";
import { oauthUserId } from "@/lib/auth/oauth";
import { clientIp } from "@/lib/auth/request-scope";
import { SESSION_MAX_AGE, sessionCookie, startSession } from "@/lib/auth/session";

/** OAuth providers switched on by their environment variables, in the order they are offered. */
export function oauthProviders(): { id: string; name: string }[] {
  const e = env();
  return [
    ...(e.GITHUB_ID && e.GITHUB_SECRET ? [{ id: "github", name: "GitHub" }] : []),
    ...(e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET ? [{ id: "google", name: "Google" }] : []),
  ];
}

/**
 * next-auth configuration: JWT sessions whose token names an AuthSession row and the user's session version
 * (checked on every request by currentUser). Email and password sign-in normally goes through the server
 * actions in lib/actions/auth.ts; the Credentials provider here runs the same checks for next-auth's own
 * endpoint. GitHub and Google are offered only when configured.
 */
export function authOptions(): NextAuthOptions {
  const e = env();
  const cookie = sessionCookie();
  const providers: Provider[] = [
    CredentialsProvider({
      name: "Email",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        const result = await signInWithPassword(credentials, await clientIp());
        return result.ok ? result.value : null;
      },
    }),
  ];
  if (e.GITHUB_ID && e.GITHUB_SECRET) providers.push(GitHubProvider({ clientId: e.GITHUB_ID, clientSecret: e.GITHUB_SECRET }));
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }));
  }
  return {
    secret: authSecret(),
    providers,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE },
    jwt: { maxAge: SESSION_MAX_AGE },
    useSecureCookies: cookie.secure,
    cookies: { sessionToken: { name: cookie.name, options: cookie.options } },
    pages: { signIn: "/signin", error: "/signin" },
    callbacks: {
      async signIn({ user, account }) {
        if (account?.type !== "oauth") return true;
        const id = await oauthUserId(account.provider, account.providerAccountId, user.email, user.name);
        return id ? true : "/signin?error=OAuthAccountNotLinked";
      },
      async jwt({ token, user, account }) {
        if (!user || !account) return token; // an existing session: nothing to add
        const userId =
          account.type === "oauth" ? await oauthUserId(account.provider, account.providerAccountId, user.email, user.name) : user.id;
        if (!userId) throw new Error("OAuth account not linked");
        const row = await (await db()).user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } });
        const session = await startSession(userId);
        return { sub: userId, email: row.email, name: row.name, sid: session.sid, sv: session.sv };
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.sub } };
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await (await db()).authSession.deleteMany({ where: { id: token.sid } });
      },
    },
  };
}
