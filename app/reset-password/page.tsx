import type { Metadata } from "next";
import { AccountPage, TextLink } from "@/components/account/account-page";
import { ActionForm } from "@/components/forms/action-form";
import { resetPasswordAction } from "@/lib/actions/account";
import { PASSWORD_MIN } from "@/lib/auth/password";

export const metadata: Metadata = {
  title: "Choose a new password",
  description: "Set a new password for your Careerlens account.",
  alternates: { canonical: "/reset-password" },
  robots: { index: false },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  if (typeof token !== "string" || !token) {
    return (
      <AccountPage title="Choose a new password" intro="This page needs the link from your password-reset email.">
        <p>
          <TextLink href="/forgot-password">Ask for a new link</TextLink>
        </p>
      </AccountPage>
    );
  }
  return (
    <AccountPage title="Choose a new password" intro="After the change, every device signed in to your account is signed out.">
      <ActionForm
        id="reset"
        action={resetPasswordAction}
        hidden={{ token }}
        submitLabel="Set new password"
        pendingLabel="Saving…"
        fields={[
          { name: "password", label: "New password", type: "password", autoComplete: "new-password", hint: `At least ${PASSWORD_MIN} characters; common passwords are refused.` },
        ]}
        footer={<TextLink href="/forgot-password">Ask for a new link</TextLink>}
      />
    </AccountPage>
  );
}
