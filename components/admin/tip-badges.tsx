import type { TipKind } from "@/lib/tips/fields";
import { isSafeHttpUrl } from "@/lib/tips/form";
import { tipStatusLabel, type TipStatus } from "@/lib/tips/status";

const STATUS_STYLES: Record<TipStatus, string> = {
  new: "bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-100",
  in_progress: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  dismissed: "bg-stone-200 text-stone-700 dark:bg-stone-800 dark:text-stone-300",
  converted: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100",
};

export function TipStatusBadge({ status, kind }: { status: TipStatus; kind: TipKind }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STATUS_STYLES[status]}`} data-status={status}>
      {tipStatusLabel(status, kind)}
    </span>
  );
}

export function TipKindBadge({ kind }: { kind: TipKind }) {
  return kind === "error" ? (
    <span className="inline-block rounded border border-red-300 px-2 py-0.5 text-xs font-semibold text-red-800 dark:border-red-800 dark:text-red-300">Error report</span>
  ) : (
    <span className="inline-block rounded border border-stone-300 px-2 py-0.5 text-xs font-semibold text-stone-700 dark:border-stone-600 dark:text-stone-300">Rumor</span>
  );
}

/** A reader-supplied link: shown as text, clickable only when it is http(s), never followed with our referrer. */
export function ReaderLink({ url }: { url: string }) {
  if (!isSafeHttpUrl(url)) return <span className="break-all font-mono text-sm">{url}</span>;
  return (
    <a href={url} target="_blank" rel="nofollow noopener noreferrer" className="break-all font-mono text-sm text-blue-800 underline dark:text-blue-300">
      {url}
    </a>
  );
}
