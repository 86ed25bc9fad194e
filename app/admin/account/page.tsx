import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/action-form";
import { Panel } from "@/components/admin/panel";
import { SessionTable } from "@/components/admin/session-table";
import { PasswordFields } from "@/components/auth/password-fields";
import { RecoveryCodesForm } from "@/components/auth/recovery-codes-form";
import { TotpEnrolment } from "@/components/auth/totp-enrolment";
import { SubmitButton } from "@/components/ui/submit-button";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/current-user";
import { listActiveSessions, sessionHandle } from "@/lib/auth/sessions";
import { remainingRecoveryCodes } from "@/lib/auth/two-factor";
import { twoFactorRequiredFor } from "@/lib/auth/two-factor-policy";
import { changePasswordAction, endOwnSessionAction } from "./actions";
import { disableTwoFactorAction } from "./two-factor-actions";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requireUser("/admin/account");
  const db = await getDb();
  const [sessions, codesLeft, required] = [
    await listActiveSessions(db, user.id),
    user.totpEnabled ? await remainingRecoveryCodes(db, user.id) : 0,
    await twoFactorRequiredFor(db, user.role),
  ];
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Your account</h1>
        <p className="mt-1 text-stone-600 dark:text-stone-400">
          {user.name} · {user.email} · <span className="capitalize">{user.role}</span>
        </p>
      </div>

      <Panel id="password" title="Password" description="Your current password is needed to choose a new one. Your other sessions end when it changes.">
        <ActionForm action={changePasswordAction} className="max-w-md space-y-4" ariaLabel="Change password">
          <input type="email" name="username" autoComplete="username" value={user.email} readOnly hidden />
          <div>
            <label htmlFor="currentPassword" className="label">
              Current password
            </label>
            <input id="currentPassword" name="currentPassword" type="password" autoComplete="current-password" required className="field mt-1" />
          </div>
          <PasswordFields />
          <SubmitButton pendingLabel="Saving…">Change password</SubmitButton>
        </ActionForm>
      </Panel>

      <Panel
        id="two-factor"
        title="Two-factor sign-in"
        description="Each sign-in then also asks for a code from an authenticator app on your phone, so a stolen password is not enough."
      >
        {user.totpEnabled ? (
          <div className="space-y-6">
            <p className="text-sm">
              <span className="rounded bg-green-100 px-1.5 py-0.5 font-medium text-green-900 dark:bg-green-900 dark:text-green-100">On</span>{" "}
              {codesLeft} unused recovery code{codesLeft === 1 ? "" : "s"} left.
            </p>
            <div>
              <h3 className="font-medium">New recovery codes</h3>
              <p className="hint">Makes ten new codes; the old ones stop working.</p>
              <RecoveryCodesForm />
            </div>
            {required ? (
              <p className="text-sm text-stone-600 dark:text-stone-400">Two-factor sign-in is required for {user.role}s, so it cannot be turned off.</p>
            ) : (
              <div>
                <h3 className="font-medium">Turn off</h3>
                <ActionForm action={disableTwoFactorAction} className="mt-2 flex max-w-md flex-wrap items-end gap-3" ariaLabel="Turn off two-factor sign-in">
                  <div className="grow">
                    <label htmlFor="disable-password" className="label">
                      Your password
                    </label>
                    <input id="disable-password" name="password" type="password" autoComplete="current-password" required className="field mt-1" />
                  </div>
                  <SubmitButton variant="danger" pendingLabel="Turning off…">
                    Turn off two-factor sign-in
                  </SubmitButton>
                </ActionForm>
              </div>
            )}
          </div>
        ) : (
          <TotpEnrolment userId={user.id} returnTo="/admin/account" continueHref="/admin/account" continueLabel="Done" />
        )}
      </Panel>

      <Panel id="sessions" title="Where you are signed in" description="End any session you do not recognise, then change your password.">
        <SessionTable sessions={sessions} currentHandle={sessionHandle(user.sessionId)} endAction={endOwnSessionAction} />
      </Panel>
    </div>
  );
}
