/**
 * A topic's page: its entries, newest first, with the verdict filter. Served like
 * the home page (components/site/home-view.tsx): the plain page as on-demand ISR
 * (app/(site)/[locale]/topics/[slug]/page.tsx), filtered or paginated views per
 * request (./browse, reached through a next.config.js rewrite: lib/site/cached-pages.js).
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EntryList } from "@/components/site/entry-list";
import { ListFilters } from "@/components/site/list-filters";
import { ListSidebar } from "@/components/site/list-sidebar";
import { PageShell } from "@/components/site/page-shell";
import { listPublishedEntries, listTopics, type TopicWithCount, topicName } from "@/lib/entries/public-queries";
import { t } from "@/lib/i18n/dictionaries";
import { interpolate } from "@/lib/i18n/interpolate";
import { isLocale, type Locale, otherLocale } from "@/lib/i18n/locales";
import { isSlug, parseListParams, type RawSearchParams } from "@/lib/site/list-params";
import { pageMetadata, siteFeeds, topicFeeds } from "@/lib/site/metadata";
import { paths } from "@/lib/site/urls";

async function findTopic(locale: Locale, slug: string): Promise<{ topic: TopicWithCount; topics: TopicWithCount[] } | null> {
  if (!isSlug(slug)) return null;
  const topics = await listTopics(locale);
  const topic = topics.find((item) => item.slug === slug);
  return topic ? { topic, topics } : null;
}

export async function topicMetadata(locale: string, slug: string, filtered: boolean): Promise<Metadata> {
  if (!isLocale(locale)) return {};
  const found = await findTopic(locale, slug);
  if (!found) return {};
  const m = t(locale);
  const name = topicName(found.topic, locale);
  return pageMetadata({
    locale,
    path: paths.topic(locale, slug),
    title: interpolate(m.list.topicTitle, { topic: name }),
    description: interpolate(m.list.topicDescription, { topic: name }),
    languages: { fr: paths.topic("fr", slug), en: paths.topic("en", slug) },
    feeds: [topicFeeds(locale, slug, name), siteFeeds(locale)],
    noindex: filtered,
  });
}

export async function TopicView({ locale, slug, searchParams }: { locale: string; slug: string; searchParams: RawSearchParams }) {
  if (!isLocale(locale)) notFound();
  const found = await findTopic(locale, slug);
  if (!found) notFound();
  const m = t(locale);
  const name = topicName(found.topic, locale);
  const parsed = parseListParams(searchParams, { knownTopics: [], allowTopic: false });
  const filters = { verdict: parsed.ok ? parsed.params.verdict : undefined };
  const page = parsed.ok ? await listPublishedEntries({ locale, ...parsed.params, topic: slug, limit: 20 }) : null;
  const other = otherLocale(locale);
  const basePath = paths.topic(locale, slug);
  return (
    <PageShell locale={locale} alternate={{ locale: other, href: paths.topic(other, slug), isTranslation: true }}>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{interpolate(m.list.topicTitle, { topic: name })}</h1>
          <p className="mt-2 max-w-prose text-lg text-stone-700 dark:text-stone-300">{interpolate(m.list.topicDescription, { topic: name })}</p>
          <div className="mt-6">
            <ListFilters locale={locale} action={basePath} verdict={filters.verdict} />
          </div>
          <EntryList locale={locale} basePath={basePath} page={page} filters={filters} />
        </div>
        <ListSidebar locale={locale} topics={found.topics} currentTopic={slug} />
      </div>
    </PageShell>
  );
}
