import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { Badge } from "@/components/admin/badge";
import { Panel } from "@/components/admin/panel";
import { SessionTable } from "@/components/admin/session-table";
import { SubmitButton } from "@/components/ui/submit-button";
import { getDb } from "@/db/client";
import { ROLES } from "@/db/schema";
import { requirePermission } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/i18n/format";
import { getUserDetail } from "@/lib/users/queries";
import { changeRoleAction, endAllSessionsAction, endUserSessionAction, resetTwoFactorAction, setDisabledAction } from "../actions";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Account" };
export const dynamic = "force-dynamic";

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission("users.manage", `/admin/users/${encodeURIComponent(id)}`);
  const userId = /^\d{1,9}$/.test(id) ? Number(id) : null;
  const user = userId ? await getUserDetail(await getDb(), actor, userId) : null;
  if (!user) notFound();
  const self = user.id === actor.id;
  const userIdField = <input type="hidden" name="userId" value={user.id} />;
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link href="/admin/users" className="text-stone-600 hover:underline dark:text-stone-400">
            ← Accounts
          </Link>
        </p>
        <h1 className="mt-2 font-serif text-3xl font-bold">{user.name}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-stone-600 dark:text-stone-400">
          <span>{user.email}</span>
          <span className="capitalize">· {user.role}</span>
          {user.disabled ? <Badge tone="bad">Disabled</Badge> : <Badge tone="good">Active</Badge>}
          {user.twoFactor ? <Badge tone="good">Two-factor on</Badge> : <Badge>Two-factor off</Badge>}
          {user.passwordMustChange ? <Badge tone="info">Must change password</Badge> : null}
          {!user.hasPassword ? <Badge tone="info">No password yet</Badge> : null}
        </p>
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Created {formatDateTime(user.createdAt, "en", "short")}
          {user.passwordChangedAt ? ` · password set ${formatDateTime(user.passwordChangedAt, "en", "short")}` : ""}
        </p>
      </div>

      {self ? (
        <p className="rounded-md border border-stone-200 bg-white px-4 py-3 text-sm dark:border-stone-800 dark:bg-stone-900">
          This is your own account: change your password and two-factor sign-in from <Link href="/admin/account" className="underline">your account page</Link>. Another admin can change your role or disable it.
        </p>
      ) : (
        <div className="grid gap-6 md:grid-cols-2">
          <Panel id="role" title="Role" description="Changing the role ends the person's sessions.">
            <ActionForm action={changeRoleAction} className="flex flex-wrap items-end gap-3" ariaLabel="Change role">
              {userIdField}
              <div>
                <label htmlFor="role" className="label">
                  Role
                </label>
                <select id="role" name="role" defaultValue={user.role} className="field mt-1">
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {role[0].toUpperCase() + role.slice(1)}
                    </option>
                  ))}
                </select>
              </div>
              <SubmitButton variant="secondary" pendingLabel="Saving…">
                Change role
              </SubmitButton>
            </ActionForm>
          </Panel>

          <Panel
            id="access"
            title="Access"
            description={user.disabled ? "A disabled account cannot sign in. Enabling it lets the person sign in again with their password." : "Disabling ends every session at its next request and refuses new sign-ins."}
          >
            <ActionForm action={setDisabledAction} ariaLabel={user.disabled ? "Enable account" : "Disable account"}>
              {userIdField}
              <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
              <SubmitButton variant={user.disabled ? "secondary" : "danger"} pendingLabel="Saving…">
                {user.disabled ? "Enable account" : "Disable account"}
              </SubmitButton>
            </ActionForm>
          </Panel>

          <Panel id="reset-password" title="Reset password" description="The current password stops working and every session ends. Two-factor sign-in stays on.">
            <ResetPasswordForm userId={user.id} />
          </Panel>

          <Panel
            id="reset-two-factor"
            title="Two-factor sign-in"
            description={user.twoFactor ? "For someone who lost both their phone and their recovery codes: removes their authenticator app and ends their sessions." : "Not set up."}
          >
            {user.twoFactor ? (
              <ActionForm action={resetTwoFactorAction} ariaLabel="Reset two-factor sign-in">
                {userIdField}
                <SubmitButton variant="danger" pendingLabel="Resetting…">
                  Reset two-factor sign-in
                </SubmitButton>
              </ActionForm>
            ) : null}
          </Panel>
        </div>
      )}

      <Panel id="sessions" title="Active sessions" description="Where this account is signed in now.">
        <SessionTable sessions={user.sessions} endAction={endUserSessionAction} hidden={{ userId: String(user.id) }} />
        {user.sessions.length > 0 && !self ? (
          <ActionForm action={endAllSessionsAction} className="mt-4" ariaLabel="End all sessions">
            {userIdField}
            <SubmitButton variant="secondary" pendingLabel="Ending…">
              End all sessions
            </SubmitButton>
          </ActionForm>
        ) : null}
      </Panel>
    </div>
  );
}
