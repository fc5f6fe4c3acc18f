import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountPage, TextLink } from "@/components/account/account-page";
import { OAuthButtons } from "@/components/account/oauth-buttons";
import { ActionForm } from "@/components/forms/action-form";
import { signInAction } from "@/lib/actions/account";
import { currentUser, safeCallback } from "@/lib/auth/session";
import { oauthProviders } from "@/lib/auth/options";

export const metadata: Metadata = {
  title: "Sign in",
  description: "Sign in to Careerlens to see and share the career comparisons you saved.",
  alternates: { canonical: "/signin" },
  robots: { index: false },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, string> = {
  reset: "Your password has been changed. Sign in with the new one.",
  everywhere: "You have been signed out on every device.",
  OAuthAccountNotLinked: "That email already has an account here. Sign in with its password.",
};

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const notice =
    (params.reset ? NOTICES.reset : undefined) ??
    (params.signedOut === "everywhere" ? NOTICES.everywhere : undefined) ??
    (typeof params.error === "string" ? (NOTICES[params.error] ?? "That sign-in did not work. Try again.") : undefined);
  const signUpHref = `/signup${params.callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`;
  return (
    <AccountPage title="Sign in" intro="Sign in to save comparisons and come back to them on any device." notice={notice}>
      <ActionForm
        id="signin"
        action={signInAction}
        hidden={{ callbackUrl }}
        submitLabel="Sign in"
        pendingLabel="Signing in…"
        fields={[
          { name: "email", label: "Email", type: "email", autoComplete: "email" },
          { name: "password", label: "Password", type: "password", autoComplete: "current-password" },
        ]}
        footer={<TextLink href="/forgot-password">Forgot your password?</TextLink>}
      />
      <OAuthButtons providers={oauthProviders()} callbackUrl={callbackUrl} />
      <p className="mt-6 border-t border-line pt-6 text-sm text-ink-muted">
        New here? <TextLink href={signUpHref}>Create an account</TextLink>
      </p>
    </AccountPage>
  );
}
