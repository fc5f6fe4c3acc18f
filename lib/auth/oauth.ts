import "server-only";
import { db } from "@/lib/db";

/**
 * The user behind an OAuth sign-in: the linked user, or a new user for an email no account has. An email that
 * already belongs to an account is not linked automatically (that would let whoever controls the provider
 * account take over the Careerlens one): the person signs in with their password instead. Null: refuse.
 */
export async function oauthUserId(provider: string, providerAccountId: string, email: string | null | undefined, name: string | null | undefined): Promise<string | null> {
  const prisma = await db();
  const linked = await prisma.oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { user: { select: { id: true, disabledAt: true } } },
  });
  if (linked) return linked.user.disabledAt ? null : linked.user.id;
  const address = email?.trim().toLowerCase();
  if (!address) return null;
  if (await prisma.user.findUnique({ where: { email: address }, select: { id: true } })) return null;
  const user = await prisma.user.create({
    data: { email: address, name: (name ?? address.split("@")[0]).slice(0, 100), accounts: { create: { provider, providerAccountId } } },
    select: { id: true },
  });
  return user.id;
}
