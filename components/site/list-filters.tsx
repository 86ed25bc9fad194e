import Link from "next/link";
import { VERDICTS, type Verdict } from "@/db/schema";
import { type TopicWithCount, topicName } from "@/lib/entries/public-queries";
import { t, verdictLabel } from "@/lib/i18n/dictionaries";
import type { Locale } from "@/lib/i18n/locales";

/** A plain GET form: filtering works without JavaScript, and a filtered list has a shareable URL. */
export function ListFilters({
  locale,
  action,
  verdict,
  topic,
  topics,
}: {
  locale: Locale;
  action: string;
  verdict?: Verdict;
  topic?: string;
  /** Omitted on a topic's own page, where the topic is fixed. */
  topics?: TopicWithCount[];
}) {
  const m = t(locale);
  const selectClass =
    "mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base text-stone-900 focus:border-blue-700 focus:outline-none focus:ring-2 focus:ring-blue-700/30 sm:text-sm dark:border-stone-600 dark:bg-stone-900 dark:text-stone-100";
  return (
    <form method="get" action={action} aria-labelledby="filters-heading" className="rounded-lg border border-stone-200 bg-stone-50 p-4 dark:border-stone-800 dark:bg-stone-900">
      <h2 id="filters-heading" className="text-sm font-semibold text-stone-900 dark:text-stone-100">
        {m.list.filtersHeading}
      </h2>
      <div className="mt-3 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <div>
          <label htmlFor="filter-verdict" className="text-sm text-stone-700 dark:text-stone-300">
            {m.list.filterByVerdict}
          </label>
          <select id="filter-verdict" name="verdict" defaultValue={verdict ?? ""} className={selectClass}>
            <option value="">{m.list.all}</option>
            {VERDICTS.map((value) => (
              <option key={value} value={value}>
                {verdictLabel(locale, value)}
              </option>
            ))}
          </select>
        </div>
        {topics ? (
          <div>
            <label htmlFor="filter-topic" className="text-sm text-stone-700 dark:text-stone-300">
              {m.list.filterByTopic}
            </label>
            <select id="filter-topic" name="topic" defaultValue={topic ?? ""} className={selectClass}>
              <option value="">{m.list.allTopics}</option>
              {topics.map((item) => (
                <option key={item.slug} value={item.slug}>
                  {topicName(item, locale)}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div className="hidden sm:block" />
        )}
        <div className="flex items-center gap-4">
          <button type="submit" className="btn-primary w-full sm:w-auto">
            {m.list.applyFilters}
          </button>
          {verdict || topic ? (
            <Link href={action} className="whitespace-nowrap text-sm underline underline-offset-2">
              {m.list.clearFilters}
            </Link>
          ) : null}
        </div>
      </div>
    </form>
  );
}
