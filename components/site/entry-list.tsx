import type { Verdict } from "@/db/schema";
import type { EntryPage } from "@/lib/entries/public-queries";
import { t } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";
import { listQueryString } from "@/lib/site/list-params";
import { EntryCard } from "./entry-card";
import { Pagination } from "./pagination";

/**
 * A page of entries with its keyset pagination. `page` is null when the query
 * string was refused: the reader gets an explanation and an empty list, never an error page.
 */
export function EntryList({
  locale,
  basePath,
  page,
  filters,
}: {
  locale: Locale;
  basePath: string;
  page: EntryPage | null;
  filters: { verdict?: Verdict; topic?: string };
}) {
  const m = t(locale);
  if (!page) {
    return (
      <p role="status" className="mt-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-stone-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50" data-testid="invalid-parameters">
        {m.list.invalidParameters}{" "}
        <a href={basePath} className="font-medium underline">
          {m.list.clearFilters}
        </a>
      </p>
    );
  }
  if (page.items.length === 0) {
    return (
      <p role="status" className="mt-6 text-stone-700 dark:text-stone-300" data-testid="empty-list">
        {filters.verdict || filters.topic ? m.list.noEntriesForFilters : m.list.noEntries}
      </p>
    );
  }
  return (
    <>
      <div className="mt-4 divide-y divide-stone-200 dark:divide-stone-800">
        {page.items.map((entry) => (
          <EntryCard key={entry.id} entry={entry} locale={locale} />
        ))}
      </div>
      <Pagination
        locale={locale}
        newerHref={page.prevCursor ? `${basePath}${listQueryString(filters, { before: page.prevCursor })}` : null}
        olderHref={page.nextCursor ? `${basePath}${listQueryString(filters, { cursor: page.nextCursor })}` : null}
      />
    </>
  );
}
