import type { Metadata } from "next";
import { AuthShell } from "@/components/auth/auth-shell";
import { ActionForm } from "@/components/admin/action-form";
import { PasswordFields } from "@/components/auth/password-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { requireSession, safeNextPath } from "@/lib/auth/current-user";
import { cancelSignInAction, chooseNewPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Choose your password · Factdesk", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function NewPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : undefined);
  const user = await requireSession(["password_change_due"], next);
  return (
    <AuthShell title="Choose your own password" intro={<>You signed in as {user.email} with a one-time password. Replace it with one only you know.</>}>
      <ActionForm action={chooseNewPasswordAction} className="space-y-5">
        <input type="hidden" name="next" value={next} />
        <div>
          <label htmlFor="currentPassword" className="label">
            One-time password
          </label>
          <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required className="field mt-1" />
        </div>
        <PasswordFields />
        <SubmitButton className="w-full" pendingLabel="Saving…">
          Save and continue
        </SubmitButton>
      </ActionForm>
      <form action={cancelSignInAction} className="mt-6 text-sm">
        <button type="submit" className="text-stone-600 underline hover:no-underline dark:text-stone-400">
          Cancel and sign out
        </button>
      </form>
    </AuthShell>
  );
}
