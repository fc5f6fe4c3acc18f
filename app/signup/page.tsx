import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountPage, TextLink } from "@/components/account/account-page";
import { OAuthButtons } from "@/components/account/oauth-buttons";
import { ActionForm } from "@/components/forms/action-form";
import { signUpAction } from "@/lib/actions/account";
import { currentUser, safeCallback } from "@/lib/auth/session";
import { oauthProviders } from "@/lib/auth/options";
import { PASSWORD_MIN } from "@/lib/auth/password";

export const metadata: Metadata = {
  title: "Create an account",
  description: "A Careerlens account lets you save career comparisons, add notes and share them by link.",
  alternates: { canonical: "/signup" },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <AccountPage
      title="Create an account"
      intro="Save comparisons, give each a title and a note, and share them by link if you like. Every career page stays open to everyone without an account."
    >
      <ActionForm
        id="signup"
        action={signUpAction}
        hidden={{ callbackUrl }}
        submitLabel="Create account"
        pendingLabel="Creating your account…"
        fields={[
          { name: "name", label: "Name", autoComplete: "name", maxLength: 100 },
          { name: "email", label: "Email", type: "email", autoComplete: "email" },
          {
            name: "password",
            label: "Password",
            type: "password",
            autoComplete: "new-password",
            hint: `At least ${PASSWORD_MIN} characters. A few unrelated words make a strong, memorable password; common passwords are refused.`,
          },
        ]}
      />
      <OAuthButtons providers={oauthProviders()} callbackUrl={callbackUrl} />
      <p className="mt-6 border-t border-line pt-6 text-sm text-ink-muted">
        Already have an account? <TextLink href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</TextLink>
      </p>
    </AccountPage>
  );
}
