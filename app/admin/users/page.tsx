import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { Badge } from "@/components/admin/badge";
import { Panel } from "@/components/admin/panel";
import { SubmitButton } from "@/components/ui/submit-button";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/current-user";
import { getTwoFactorRequiredRoles, TWO_FACTOR_REQUIRABLE_ROLES } from "@/lib/auth/two-factor-policy";
import { formatDateTime } from "@/lib/i18n/format";
import { listUsers } from "@/lib/users/queries";
import { setTwoFactorPolicyAction } from "./actions";

export const metadata: Metadata = { title: "Accounts" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const user = await requirePermission("users.manage", "/admin/users");
  const db = await getDb();
  const [users, requiredRoles] = [await listUsers(db, user), await getTwoFactorRequiredRoles(db)];
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Accounts</h1>
        <Link href="/admin/users/new" className="btn-primary">
          New account
        </Link>
      </div>

      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-200 text-stone-600 dark:border-stone-700 dark:text-stone-400">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">Name</th>
              <th scope="col" className="px-4 py-2 font-medium">Role</th>
              <th scope="col" className="px-4 py-2 font-medium">Status</th>
              <th scope="col" className="px-4 py-2 font-medium">Two-factor</th>
              <th scope="col" className="px-4 py-2 font-medium">Sessions</th>
              <th scope="col" className="px-4 py-2 font-medium">Last seen</th>
            </tr>
          </thead>
          <tbody>
            {users.map((row) => (
              <tr key={row.id} className="border-b border-stone-100 last:border-0 dark:border-stone-800" data-testid="user-row">
                <td className="px-4 py-2">
                  <Link href={`/admin/users/${row.id}`} className="font-medium text-blue-800 hover:underline dark:text-blue-300">
                    {row.name}
                  </Link>
                  <span className="block text-stone-600 dark:text-stone-400">{row.email}</span>
                </td>
                <td className="px-4 py-2 capitalize">{row.role}</td>
                <td className="px-4 py-2">{row.disabled ? <Badge tone="bad">Disabled</Badge> : <Badge tone="good">Active</Badge>}</td>
                <td className="px-4 py-2">{row.twoFactor ? <Badge tone="good">On</Badge> : <Badge>Off</Badge>}</td>
                <td className="px-4 py-2 tabular-nums">{row.activeSessions}</td>
                <td className="px-4 py-2 whitespace-nowrap">{row.lastSeenAt ? formatDateTime(row.lastSeenAt, "en", "short") : "Never"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <Panel
        id="two-factor-policy"
        title="Require two-factor sign-in"
        description="People in a required role who have not set up an authenticator app are asked to do it at their next request, before they can use the newsroom."
      >
        <ActionForm action={setTwoFactorPolicyAction} className="space-y-3" ariaLabel="Two-factor requirement">
          <fieldset className="flex flex-wrap gap-6">
            <legend className="sr-only">Roles that must use two-factor sign-in</legend>
            {TWO_FACTOR_REQUIRABLE_ROLES.map((role) => (
              <label key={role} className="flex items-center gap-2">
                <input type="checkbox" name="roles" value={role} defaultChecked={requiredRoles.includes(role)} />
                <span>Required for {role}s</span>
              </label>
            ))}
          </fieldset>
          <SubmitButton variant="secondary" pendingLabel="Saving…">
            Save requirement
          </SubmitButton>
        </ActionForm>
      </Panel>
    </div>
  );
}
