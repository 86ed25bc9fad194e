import { ActionForm } from "@/components/admin/action-form";
import type { FormState } from "@/components/admin/form-state";
import { SubmitButton } from "@/components/ui/submit-button";
import { describeUserAgent } from "@/lib/auth/user-agent";
import type { ActiveSession } from "@/lib/auth/sessions";
import { formatDateTime } from "@/lib/i18n/format";

/** Active sessions of one account: device, address, when last used, and a button to end each. */
export function SessionTable({
  sessions,
  currentHandle,
  endAction,
  hidden = {},
}: {
  sessions: ActiveSession[];
  /** Handle of the session making this request, marked "This device". */
  currentHandle?: string;
  endAction: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden?: Record<string, string>;
}) {
  if (sessions.length === 0) return <p className="text-sm text-stone-600 dark:text-stone-400">No active session.</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-stone-200 text-stone-600 dark:border-stone-700 dark:text-stone-400">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">Device</th>
            <th scope="col" className="py-2 pr-4 font-medium">IP address</th>
            <th scope="col" className="py-2 pr-4 font-medium">Last seen</th>
            <th scope="col" className="py-2 pr-4 font-medium">Signed in</th>
            <th scope="col" className="py-2 font-medium"><span className="sr-only">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => {
            const current = session.handle === currentHandle;
            return (
              <tr key={session.handle} className="border-b border-stone-100 last:border-0 dark:border-stone-800" data-testid="session-row" data-current={current ? "true" : undefined}>
                <td className="py-2 pr-4">
                  <span title={session.userAgent ?? undefined}>{describeUserAgent(session.userAgent)}</span>
                  {current ? <span className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs font-medium text-green-900 dark:bg-green-900 dark:text-green-100">This device</span> : null}
                </td>
                <td className="py-2 pr-4 font-mono text-xs">{session.ip ?? "—"}</td>
                <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(session.lastSeenAt, "en", "short")}</td>
                <td className="py-2 pr-4 whitespace-nowrap">{formatDateTime(session.createdAt, "en", "short")}</td>
                <td className="py-2 text-right">
                  <ActionForm action={endAction}>
                    <input type="hidden" name="handle" value={session.handle} />
                    {Object.entries(hidden).map(([name, value]) => (
                      <input key={name} type="hidden" name={name} value={value} />
                    ))}
                    <SubmitButton variant="secondary" className="px-2 py-1 text-sm" pendingLabel="Ending…">
                      {current ? "Sign out" : "End session"}
                    </SubmitButton>
                  </ActionForm>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
