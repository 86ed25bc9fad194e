import Link from "next/link";
import { VERDICTS } from "@/db/schema";
import { type TopicWithCount, topicName } from "@/lib/entries/public-queries";
import { t, verdictDescription } from "@/lib/i18n/dictionaries";
import { plural } from "@/lib/i18n/interpolate";
import type { Locale } from "@/lib/i18n/locales";
import { paths } from "@/lib/site/urls";
import { VerdictBadge } from "./verdict-badge";

/** Topics to browse and what each verdict means: the context a reader arriving from a search engine lacks. */
export function ListSidebar({ locale, topics, currentTopic }: { locale: Locale; topics: TopicWithCount[]; currentTopic?: string }) {
  const m = t(locale);
  return (
    <aside className="space-y-8">
      <section aria-labelledby="topics-heading">
        <h2 id="topics-heading" className="font-serif text-lg font-semibold">
          {m.list.topicsHeading}
        </h2>
        <ul className="mt-3 divide-y divide-stone-200 border-y border-stone-200 text-sm dark:divide-stone-800 dark:border-stone-800">
          {topics.map((topic) => (
            <li key={topic.slug}>
              <Link
                href={paths.topic(locale, topic.slug)}
                aria-current={topic.slug === currentTopic ? "page" : undefined}
                className="flex items-baseline justify-between gap-3 py-2 hover:underline aria-[current=page]:font-semibold"
              >
                <span>{topicName(topic, locale)}</span>
                <span className="shrink-0 text-xs text-stone-600 dark:text-stone-400">{plural(locale, topic.count, m.list.topicCount)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="verdicts-heading">
        <h2 id="verdicts-heading" className="font-serif text-lg font-semibold">
          {m.entry.verdict}
        </h2>
        <dl className="mt-3 space-y-3 text-sm">
          {VERDICTS.map((verdict) => (
            <div key={verdict}>
              <dt>
                <VerdictBadge verdict={verdict} locale={locale} />
              </dt>
              <dd className="mt-1 text-stone-700 dark:text-stone-300">{verdictDescription(locale, verdict)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </aside>
  );
}
