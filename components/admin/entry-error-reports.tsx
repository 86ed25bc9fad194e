import Link from "next/link";
import { resolveErrorReportAction } from "@/app/admin/tips/actions";
import { TipStatusBadge } from "@/components/admin/tip-badges";
import { can, type Actor } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/i18n/format";
import { entryEditorHref, tipHref } from "@/lib/tips/links";
import { listEntryErrorReports } from "@/lib/tips/queries";
import { isOpenTipStatus } from "@/lib/tips/status";

/**
 * Readers' error reports on one entry, for the entry's admin page: open ones
 * first, each resolvable here ("mark handled") or from the tips queue.
 * Usage: `<EntryErrorReports entryId={entry.id} user={user} returnTo={`/admin/entries/${entry.id}`} />`.
 * Renders nothing for accounts that may not see tips.
 */
export async function EntryErrorReports({ entryId, user, returnTo }: { entryId: number; user: Actor; returnTo?: string }) {
  if (!can(user, "tips.view")) return null;
  const reports = await listEntryErrorReports(user, entryId);
  const open = reports.filter((r) => isOpenTipStatus(r.status)).length;
  const mayTriage = can(user, "tips.triage");
  return (
    <section aria-labelledby="error-reports-heading" className="rounded-lg border border-stone-200 bg-white p-4 dark:border-stone-800 dark:bg-stone-900" data-testid="entry-error-reports">
      <h2 id="error-reports-heading" className="font-semibold">
        Readers&apos; error reports <span className="text-sm font-normal text-stone-500">({open} open, {reports.length} in all)</span>
      </h2>
      {reports.length === 0 ? (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">No reader has reported an error on this entry.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {reports.map((report) => (
            <li key={report.id} className="rounded-md border border-stone-200 p-3 dark:border-stone-800" data-testid="entry-error-report">
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <Link href={tipHref(report.id)} className="font-mono font-semibold text-blue-800 hover:underline dark:text-blue-300">
                  {report.reference}
                </Link>
                <TipStatusBadge status={report.status} kind={report.kind} />
                <span className="text-stone-500">{formatDateTime(report.createdAt, "en", "short")}</span>
              </div>
              <p className="mt-1 whitespace-pre-wrap text-sm">{report.claim}</p>
              {mayTriage && isOpenTipStatus(report.status) ? (
                <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
                  <Link href={entryEditorHref(entryId)} className="text-blue-800 underline dark:text-blue-300">
                    Make a correction
                  </Link>
                  <form action={resolveErrorReportAction}>
                    <input type="hidden" name="tipId" value={report.id} />
                    <input type="hidden" name="returnTo" value={returnTo ?? entryEditorHref(entryId)} />
                    <button type="submit" className="btn-secondary px-2 py-1 text-xs">
                      Mark handled
                    </button>
                  </form>
                  <Link href={tipHref(report.id)} className="text-stone-600 underline">
                    Dismiss…
                  </Link>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
