import Link from "next/link";
import { t } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";

/** Previous / next links (keyset cursors or page numbers, built by the caller). */
export function Pagination({
  locale,
  newerHref,
  olderHref,
  newerLabel,
  olderLabel,
}: {
  locale: Locale;
  newerHref: string | null;
  olderHref: string | null;
  newerLabel?: string;
  olderLabel?: string;
}) {
  if (!newerHref && !olderHref) return null;
  const m = t(locale);
  const linkClass =
    "inline-flex items-center gap-2 rounded-md border border-stone-300 px-4 py-2 font-medium text-stone-900 hover:bg-stone-100 dark:border-stone-600 dark:text-stone-100 dark:hover:bg-stone-800";
  return (
    <nav aria-label={m.list.pagination} className="mt-8 flex flex-wrap justify-between gap-3 border-t border-stone-200 pt-6 dark:border-stone-800">
      {newerHref ? (
        <Link href={newerHref} rel="prev" className={linkClass}>
          <span aria-hidden="true">←</span> {newerLabel ?? m.list.newerPage}
        </Link>
      ) : (
        <span />
      )}
      {olderHref ? (
        <Link href={olderHref} rel="next" className={linkClass}>
          {olderLabel ?? m.list.olderPage} <span aria-hidden="true">→</span>
        </Link>
      ) : null}
    </nav>
  );
}
