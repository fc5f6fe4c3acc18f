import type { Metadata } from "next";
import { AccountPage, TextLink } from "@/components/account/account-page";
import { ActionForm } from "@/components/forms/action-form";
import { forgotPasswordAction } from "@/lib/actions/account";

export const metadata: Metadata = {
  title: "Forgot your password",
  description: "Get a link by email to choose a new Careerlens password.",
  alternates: { canonical: "/forgot-password" },
  robots: { index: false },
};

export default function ForgotPasswordPage() {
  return (
    <AccountPage title="Forgot your password?" intro="Enter the email address of your account and we will send you a link to choose a new password.">
      <ActionForm
        id="forgot"
        action={forgotPasswordAction}
        submitLabel="Send the link"
        pendingLabel="Sending…"
        fields={[{ name: "email", label: "Email", type: "email", autoComplete: "email" }]}
        footer={<TextLink href="/signin">Back to sign in</TextLink>}
      />
    </AccountPage>
  );
}
