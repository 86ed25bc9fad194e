import type { Metadata } from "next";
import Link from "next/link";
import { AuthShell } from "@/components/auth/auth-shell";
import { ActionForm } from "@/components/admin/action-form";
import { PasswordFields } from "@/components/auth/password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { getDb } from "@/db/client";
import { inspectPasswordLink } from "@/lib/users/password-links";
import { setPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Set your password · Factdesk", robots: { index: false }, referrer: "no-referrer" };
export const dynamic = "force-dynamic";

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectPasswordLink(await getDb(), token);
  if (!link.ok) {
    return (
      <AuthShell title="This link no longer works" intro="Set-password links work once and for 24 hours. Ask an administrator of your newsroom for a new one.">
        <Link href="/login" className="btn-secondary">
          Go to sign-in
        </Link>
      </AuthShell>
    );
  }
  return (
    <AuthShell
      title={link.purpose === "invite" ? "Welcome to the newsroom" : "Set a new password"}
      intro={<>Choose the password for {link.email}. You will then sign in with it.</>}
    >
      <ActionForm action={setPasswordAction} className="space-y-5">
        <input type="hidden" name="token" value={token} />
        <input type="email" name="username" autoComplete="username" value={link.email} readOnly hidden />
        <PasswordFields newLabel="Password" confirmLabel="Repeat the password" />
        <SubmitButton className="w-full" pendingLabel="Saving…">
          Set password
        </SubmitButton>
      </ActionForm>
    </AuthShell>
  );
}
