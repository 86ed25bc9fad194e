import Link from "next/link";
import type { EntrySummary } from "@/lib/entries/public-queries";
import { topicName } from "@/lib/entries/public-queries";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { paths } from "@/lib/site/urls";
import { VerdictBadge } from "./verdict-badge";

export function EntryCard({ entry, locale, headingLevel = 2 }: { entry: EntrySummary; locale: Locale; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="py-6 first:pt-2" data-testid="entry-card">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
        <VerdictBadge verdict={entry.verdict} locale={locale} />
        <time dateTime={entry.firstPublishedAt.toISOString()}>{formatDate(entry.firstPublishedAt, locale)}</time>
        {entry.topics.length > 0 ? (
          <span className="flex flex-wrap gap-x-2">
            {entry.topics.map((topic) => (
              <Link key={topic.slug} href={paths.topic(locale, topic.slug)} className="underline decoration-stone-300 underline-offset-2 hover:text-stone-900 hover:decoration-current dark:decoration-stone-600 dark:hover:text-white">
                {topicName(topic, locale)}
              </Link>
            ))}
          </span>
        ) : null}
      </div>
      <Heading className="mt-2 font-serif text-xl font-semibold leading-snug text-stone-950 sm:text-2xl dark:text-white">
        <Link href={paths.entry(locale, entry.slug)} className="hover:underline hover:decoration-2 hover:underline-offset-4">
          {entry.claim}
        </Link>
      </Heading>
      <p className="mt-2 leading-relaxed text-stone-700 dark:text-stone-300">{entry.summary}</p>
    </article>
  );
}
