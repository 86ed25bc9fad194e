import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { getDb } from "@/db/client";
import { auditFilterSchema, InvalidAuditCursorError, KNOWN_AUDIT_ACTIONS, listAuditActors, listAuditEvents, type AuditFilter } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/current-user";
import { describeUserAgent } from "@/lib/auth/user-agent";
import { formatDateTime } from "@/lib/i18n/format";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function detailsText(details: Record<string, unknown> | null): string {
  if (!details) return "";
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join(" · ");
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission("audit.read", "/admin/audit");
  const raw = await searchParams;
  const input = { action: first(raw.action), actor: first(raw.actor), from: first(raw.from), to: first(raw.to), cursor: first(raw.cursor) };
  const parsed = auditFilterSchema.safeParse(input);
  const filter: AuditFilter = parsed.success ? parsed.data : {};
  let error = parsed.success ? null : (parsed.error.issues[0]?.message ?? "Invalid filter.");
  const db = await getDb();
  let page: Awaited<ReturnType<typeof listAuditEvents>> = { items: [], nextCursor: null };
  if (!error) {
    try {
      page = await listAuditEvents(db, actor, filter);
    } catch (caught) {
      if (!(caught instanceof InvalidAuditCursorError)) throw caught;
      error = caught.message;
    }
  }
  const actors = await listAuditActors(db, actor);
  const filterParams = new URLSearchParams(
    Object.entries({ action: filter.action, actor: filter.actor?.toString(), from: filter.from, to: filter.to }).filter((e): e is [string, string] => Boolean(e[1])),
  );
  const olderHref = page.nextCursor ? `/admin/audit?${new URLSearchParams([...filterParams, ["cursor", page.nextCursor]])}` : null;
  const newestHref = `/admin/audit${filterParams.size > 0 ? `?${filterParams}` : ""}`;

  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Audit log</h1>

      <form method="get" action="/admin/audit" className="grid gap-4 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5 dark:border-stone-800 dark:bg-stone-900" aria-label="Filter the audit log">
        <div>
          <label htmlFor="action" className="label">
            Action
          </label>
          <input id="action" name="action" list="audit-actions" defaultValue={input.action ?? ""} placeholder="e.g. user.* or auth.sign_in" className="field mt-1" />
          <datalist id="audit-actions">
            {["auth.*", "user.*", "session.*", "entry.*", ...KNOWN_AUDIT_ACTIONS].map((action) => (
              <option key={action} value={action} />
            ))}
          </datalist>
        </div>
        <div>
          <label htmlFor="actor" className="label">
            Who
          </label>
          <select id="actor" name="actor" defaultValue={input.actor ?? ""} className="field mt-1">
            <option value="">Anyone</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from" className="label">
            From
          </label>
          <input id="from" name="from" type="date" defaultValue={input.from ?? ""} className="field mt-1" />
        </div>
        <div>
          <label htmlFor="to" className="label">
            To
          </label>
          <input id="to" name="to" type="date" defaultValue={input.to ?? ""} className="field mt-1" />
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className="btn-primary">
            Filter
          </button>
          <Link href="/admin/audit" className="btn-secondary">
            Clear
          </Link>
        </div>
      </form>

      {error ? <Alert tone="error">{error}</Alert> : null}

      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-stone-200 text-stone-600 dark:border-stone-700 dark:text-stone-400">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">When</th>
              <th scope="col" className="px-4 py-2 font-medium">Who</th>
              <th scope="col" className="px-4 py-2 font-medium">Action</th>
              <th scope="col" className="px-4 py-2 font-medium">On</th>
              <th scope="col" className="px-4 py-2 font-medium">From</th>
              <th scope="col" className="px-4 py-2 font-medium">Details</th>
            </tr>
          </thead>
          <tbody>
            {page.items.length === 0 ? (
              <tr>
                <td colSpan={6} className="px-4 py-6 text-center text-stone-600 dark:text-stone-400">
                  Nothing recorded for these filters.
                </td>
              </tr>
            ) : (
              page.items.map((event) => (
                <tr key={event.id} className="border-b border-stone-100 align-top last:border-0 dark:border-stone-800" data-testid="audit-row">
                  <td className="px-4 py-2 whitespace-nowrap tabular-nums">{formatDateTime(event.at, "en", "short")}</td>
                  <td className="px-4 py-2">{event.actor ? event.actor.name : <span className="text-stone-500">—</span>}</td>
                  <td className="px-4 py-2 font-mono text-xs" data-testid="audit-action">
                    {event.action}
                  </td>
                  <td className="px-4 py-2">
                    {event.targetType === "user" && event.targetLabel ? (
                      <Link href={`/admin/users/${event.targetId}`} className="hover:underline">
                        {event.targetLabel}
                      </Link>
                    ) : event.targetType ? (
                      `${event.targetType} ${event.targetId ?? ""}`
                    ) : (
                      ""
                    )}
                  </td>
                  <td className="px-4 py-2">
                    <span className="font-mono text-xs">{event.ip ?? ""}</span>
                    {event.userAgent ? (
                      <span className="block text-xs text-stone-600 dark:text-stone-400" title={event.userAgent}>
                        {describeUserAgent(event.userAgent)}
                      </span>
                    ) : null}
                  </td>
                  <td className="max-w-xs px-4 py-2 text-xs break-words text-stone-700 dark:text-stone-300">{detailsText(event.details)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>

      <nav aria-label="Audit log pages" className="flex gap-3">
        {filter.cursor ? (
          <Link href={newestHref} className="btn-secondary">
            ← Newest
          </Link>
        ) : null}
        {olderHref ? (
          <Link href={olderHref} className="btn-secondary" rel="next">
            Older →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
