import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth's own endpoints (OAuth sign-in and callbacks, CSRF token, session, sign-out). The options are built
// per request so nothing reads the environment or the secret file during `next build`.
type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: Context) {
  return NextAuth(authOptions())(request, context);
}

export { handler as GET, handler as POST };
