import type { Metadata } from "next";
import Link from "next/link";
import { ReaderLink, TipKindBadge, TipStatusBadge } from "@/components/admin/tip-badges";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/i18n/format";
import { tipHref } from "@/lib/tips/links";
import { listTipQueue, parseTipQueueFilter, type TipKindFilter, type TipListItem, type TipQueueFilter, type TipStatusFilter } from "@/lib/tips/queries";
import { tipFlash } from "./notices";

export const metadata: Metadata = { title: "Readers' tips" };
export const dynamic = "force-dynamic";

const STATUS_TABS: { value: TipStatusFilter; label: string }[] = [
  { value: "open", label: "Open" },
  { value: "new", label: "New" },
  { value: "in_progress", label: "In progress" },
  { value: "dismissed", label: "Dismissed" },
  { value: "converted", label: "Turned into an entry / handled" },
  { value: "all", label: "All" },
];

const KIND_TABS: { value: TipKindFilter; label: string }[] = [
  { value: "all", label: "Rumors and error reports" },
  { value: "rumor", label: "Rumors" },
  { value: "error", label: "Error reports" },
];

function queueHref(filter: TipQueueFilter, change: Partial<TipQueueFilter>): string {
  const next = { ...filter, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.status !== "open") params.set("status", next.status);
  if (next.kind !== "all") params.set("kind", next.kind);
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return query ? `/admin/tips?${query}` : "/admin/tips";
}

export default async function TipsQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Readers' tips are triaged by editors: contributors get the 403 page (app/admin/forbidden.tsx).
  const user = await requirePermission("tips.view", "/admin/tips");
  const params = await searchParams;
  const filter = parseTipQueueFilter(params);
  const queue = await listTipQueue(user, filter);
  const flash = tipFlash(params);

  return (
    <div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="font-serif text-3xl font-bold">Readers&apos; tips</h1>
          <p className="mt-1 text-stone-600 dark:text-stone-400">Rumors sent in by readers and errors they flagged, newest first. Duplicates are grouped.</p>
        </div>
        {can(user, "tips.view_contact") ? (
          <form method="post" action="/admin/tips/export" className="flex flex-col items-end gap-1">
            <input type="hidden" name="status" value={filter.status} />
            <input type="hidden" name="kind" value={filter.kind} />
            <button type="submit" className="btn-secondary text-sm">
              Export CSV
            </button>
            <span className="text-xs text-stone-500">Includes contact e-mails; the export is logged.</span>
          </form>
        ) : null}
      </div>

      {flash ? (
        <p role="status" className={`mt-4 rounded-md border px-3 py-2 text-sm ${flash.kind === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-green-300 bg-green-50 text-green-900"}`}>
          {flash.text}
        </p>
      ) : null}

      <nav aria-label="Filter by status" className="mt-6 flex flex-wrap gap-2">
        {STATUS_TABS.map((tab) => (
          <Link
            key={tab.value}
            href={queueHref(filter, { status: tab.value })}
            aria-current={filter.status === tab.value ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${filter.status === tab.value ? "border-blue-800 bg-blue-800 text-white" : "border-stone-300 bg-white hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900"}`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      <nav aria-label="Filter by kind" className="mt-2 flex flex-wrap gap-4 text-sm">
        {KIND_TABS.map((tab) => (
          <Link key={tab.value} href={queueHref(filter, { kind: tab.value })} aria-current={filter.kind === tab.value ? "page" : undefined} className={filter.kind === tab.value ? "font-semibold underline" : "hover:underline"}>
            {tab.label}
          </Link>
        ))}
      </nav>

      {queue.groups.length === 0 ? (
        <p className="mt-8 rounded-md border border-dashed border-stone-300 p-6 text-center text-stone-600 dark:border-stone-700">No tips here.</p>
      ) : (
        <ol className="mt-6 space-y-4" data-testid="tip-groups">
          {queue.groups.map((group) => (
            <li key={group.key} className="rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900" data-testid="tip-group">
              {group.size > 1 ? (
                <p className="border-b border-stone-200 px-4 py-2 text-xs font-semibold uppercase tracking-wide text-stone-500 dark:border-stone-800">
                  Group of {group.size} duplicates{group.tips.length < group.size ? ` · ${group.size - group.tips.length} not shown by this filter` : ""}
                </p>
              ) : null}
              <ul className="divide-y divide-stone-100 dark:divide-stone-800">
                {group.tips.map((tip) => (
                  <TipRow key={tip.id} tip={tip} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}

      <div className="mt-6 flex justify-between text-sm">
        {filter.page > 1 ? <Link href={queueHref(filter, { page: filter.page - 1 })} className="hover:underline">← Newer</Link> : <span />}
        {queue.hasMore ? <Link href={queueHref(filter, { page: filter.page + 1 })} className="hover:underline">Older →</Link> : null}
      </div>
    </div>
  );
}

function TipRow({ tip }: { tip: TipListItem }) {
  return (
    <li id={`tip-${tip.id}`} className="px-4 py-3" data-testid="tip-row" data-reference={tip.reference}>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <Link href={tipHref(tip.id)} className="font-mono font-semibold text-blue-800 hover:underline dark:text-blue-300">
          {tip.reference}
        </Link>
        <TipKindBadge kind={tip.kind} />
        <TipStatusBadge status={tip.status} kind={tip.kind} />
        <span className="uppercase text-stone-500">{tip.locale}</span>
        <span className="text-stone-500">{formatDateTime(tip.createdAt, "en", "short")}</span>
        {tip.hasContact ? <span className="text-xs text-stone-500">· contact left</span> : null}
      </div>
      {tip.entry ? (
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          On <span className="font-mono">{tip.entry.locale}/{tip.entry.slug}</span>
        </p>
      ) : null}
      <p className="mt-1 line-clamp-3 whitespace-pre-line" data-testid="tip-claim">
        {tip.claim}
      </p>
      {tip.seenDescription || tip.seenUrl ? (
        <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
          Seen: {tip.seenDescription ? <span className="line-clamp-1 inline">{tip.seenDescription}</span> : null}
          {tip.seenDescription && tip.seenUrl ? " · " : null}
          {tip.seenUrl ? <ReaderLink url={tip.seenUrl} /> : null}
        </p>
      ) : null}
    </li>
  );
}
