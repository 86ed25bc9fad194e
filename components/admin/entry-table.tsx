import Link from "next/link";
import type { AdminEntryRow } from "@/lib/entries/admin-queries";
import { verdictLabel } from "@/lib/i18n/dictionaries";
import { formatDateTime } from "@/lib/i18n/format";
import { StateBadge, VisibilityBadge } from "./state-badge";

export type EntryColumn = "updated" | "published" | "scheduled" | "outdated";

/** A list of entries for editors; `column` picks the date that matters in this list. */
export function EntryTable({ rows, column = "updated", empty, testId }: { rows: AdminEntryRow[]; column?: EntryColumn; empty: string; testId?: string }) {
  if (rows.length === 0) return <p className="text-sm text-stone-500" data-testid={testId}>{empty}</p>;
  const dateOf = (row: AdminEntryRow) =>
    column === "published" ? row.lastPublishedAt : column === "scheduled" ? row.publishAt : column === "outdated" ? row.translationOutdatedAt : row.updatedAt;
  const dateLabel = { updated: "Last change", published: "Published", scheduled: "Publishes at", outdated: "Out of date since" }[column];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid={testId}>
        <thead className="border-b border-stone-200 text-xs uppercase tracking-wide text-stone-500 dark:border-stone-800">
          <tr>
            <th scope="col" className="py-2 pr-3">Claim</th>
            <th scope="col" className="py-2 pr-3">State</th>
            <th scope="col" className="py-2 pr-3">Verdict</th>
            <th scope="col" className="py-2 pr-3">Lang.</th>
            <th scope="col" className="py-2 pr-3">Author</th>
            <th scope="col" className="py-2">{dateLabel}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100 dark:divide-stone-800">
          {rows.map((row) => {
            const at = dateOf(row);
            return (
              <tr key={row.id} data-entry-id={row.id}>
                <td className="max-w-md py-2 pr-3">
                  <Link href={`/admin/entries/${row.id}`} className="font-medium hover:underline">
                    {row.claim || `Entry #${row.id}`}
                  </Link>
                </td>
                <td className="space-x-1 whitespace-nowrap py-2 pr-3">
                  <StateBadge state={row.state} />
                  <VisibilityBadge visibility={row.visibility} />
                </td>
                <td className="whitespace-nowrap py-2 pr-3">{verdictLabel("en", row.verdict)}</td>
                <td className="py-2 pr-3 uppercase">{row.locale}</td>
                <td className="whitespace-nowrap py-2 pr-3">{row.revisionAuthorName ?? row.createdByName ?? "—"}</td>
                <td className="whitespace-nowrap py-2">{at ? <time dateTime={at.toISOString()}>{formatDateTime(at, "en", "short")}</time> : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
