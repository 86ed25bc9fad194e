/**
 * The home page of a locale: the latest entries, the filters and the topics. Served
 * two ways (see lib/site/cached-pages.js): the plain page as on-demand ISR, cached whole and
 * dropped when the locale's list changes (app/(site)/[locale]/page.tsx), and any
 * filtered or paginated view rendered per request (app/(site)/[locale]/browse).
 */
import type { Metadata } from "next";
import { EntryList } from "@/components/site/entry-list";
import { ListFilters } from "@/components/site/list-filters";
import { ListSidebar } from "@/components/site/list-sidebar";
import { PageShell } from "@/components/site/page-shell";
import { listPublishedEntries, listTopics } from "@/lib/entries/public-queries";
import { t } from "@/lib/i18n/dictionaries";
import { type Locale, otherLocale } from "@/lib/i18n/locales";
import { parseListParams, type RawSearchParams } from "@/lib/site/list-params";
import { pageMetadata, siteFeeds } from "@/lib/site/metadata";
import { paths } from "@/lib/site/urls";

/** Filtered and paginated views are reachable, but only the plain list is worth indexing. */
export function homeMetadata(locale: Locale, filtered: boolean): Metadata {
  const m = t(locale);
  return {
    ...pageMetadata({
      locale,
      path: paths.home(locale),
      title: m.list.latest,
      description: m.site.description,
      languages: { fr: paths.home("fr"), en: paths.home("en") },
      xDefault: "/",
      feeds: [siteFeeds(locale)],
      noindex: filtered,
    }),
    title: { absolute: `${m.site.name} — ${m.site.tagline}` },
  };
}

export async function HomeView({ locale, searchParams }: { locale: Locale; searchParams: RawSearchParams }) {
  const m = t(locale);
  const topics = await listTopics(locale);
  const parsed = parseListParams(searchParams, { knownTopics: topics.map((topic) => topic.slug) });
  const filters = parsed.ok ? { verdict: parsed.params.verdict, topic: parsed.params.topic } : {};
  const page = parsed.ok ? await listPublishedEntries({ locale, ...parsed.params, limit: 20 }) : null;
  const other = otherLocale(locale);
  return (
    <PageShell locale={locale} current="home" alternate={{ locale: other, href: paths.home(other), isTranslation: true }}>
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div>
          <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{m.list.latest}</h1>
          <p className="mt-2 max-w-prose text-lg text-stone-700 dark:text-stone-300">{m.site.description}</p>
          <div className="mt-6">
            <ListFilters locale={locale} action={paths.home(locale)} verdict={filters.verdict} topic={filters.topic} topics={topics} />
          </div>
          <EntryList locale={locale} basePath={paths.home(locale)} page={page} filters={filters} />
        </div>
        <ListSidebar locale={locale} topics={topics} />
      </div>
    </PageShell>
  );
}
