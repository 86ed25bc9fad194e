import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HighlightedText } from "@/components/site/highlighted-text";
import { PageShell } from "@/components/site/page-shell";
import { Pagination } from "@/components/site/pagination";
import { SearchForm } from "@/components/site/search-form";
import { VerdictBadge } from "@/components/site/verdict-badge";
import { t } from "@/lib/i18n/dictionaries";
import { formatDate } from "@/lib/i18n/format";
import { interpolate, plural } from "@/lib/i18n/interpolate";
import { isLocale, type Locale, otherLocale } from "@/lib/i18n/locales";
import { endsMidSentence, plainText } from "@/lib/search/highlight";
import { MAX_QUERY_LENGTH, parseSearchPage, parseSearchQuery } from "@/lib/search/query";
import { type SearchResults, searchEntries } from "@/lib/search/search-entries";
import type { RawSearchParams } from "@/lib/site/list-params";
import { pageMetadata } from "@/lib/site/metadata";
import { paths } from "@/lib/site/urls";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const m = t(locale);
  const query = parseSearchQuery((await searchParams).q);
  return pageMetadata({
    locale,
    path: paths.search(locale),
    title: query.ok ? interpolate(m.search.resultsFor, { query: query.query }) : m.search.title,
    description: m.search.label,
    languages: { fr: paths.search("fr"), en: paths.search("en") },
    // Result pages are endless and change with every publication: not for indexes.
    noindex: true,
  });
}

function searchPageHref(locale: Locale, query: string, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("page", String(page));
  return `${paths.search(locale)}?${params.toString()}`;
}

function Results({ locale, query, results }: { locale: Locale; query: string; results: SearchResults }) {
  const m = t(locale);
  if (results.total === 0 || results.hits.length === 0) {
    return (
      <div role="status" className="mt-8 rounded-lg border border-stone-200 p-6 dark:border-stone-800" data-testid="no-results">
        <p className="text-lg">{interpolate(m.search.noResults, { query })}</p>
        <p className="mt-4">
          <Link href={paths.report(locale)} className="btn-secondary">
            {m.nav.report}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <section aria-labelledby="results-heading" className="mt-8">
      <h2 id="results-heading" className="font-serif text-2xl font-semibold">
        {interpolate(m.search.resultsFor, { query })}
      </h2>
      <p role="status" className="mt-1 text-sm text-stone-600 dark:text-stone-400" data-testid="result-count">
        {plural(locale, results.total, m.search.resultCount)}
      </p>
      <ol className="mt-4 divide-y divide-stone-200 dark:divide-stone-800" data-testid="search-results">
        {results.hits.map((hit) => (
          <li key={hit.id} className="py-5" data-testid="search-result">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600 dark:text-stone-400">
              <VerdictBadge verdict={hit.verdict} locale={locale} />
              <time dateTime={hit.firstPublishedAt.toISOString()}>{formatDate(hit.firstPublishedAt, locale)}</time>
            </div>
            <h3 className="mt-2 font-serif text-xl font-semibold leading-snug">
              <Link href={paths.entry(locale, hit.slug)} className="hover:underline">
                <HighlightedText value={hit.claimHighlighted} />
              </Link>
            </h3>
            <p className="mt-2 leading-relaxed text-stone-700 dark:text-stone-300" data-testid="snippet">
              {hit.snippetAtStart ? null : "… "}
              <HighlightedText value={hit.snippet} />
              {endsMidSentence(plainText(hit.snippet)) ? " …" : null}
            </p>
          </li>
        ))}
      </ol>
      <Pagination
        locale={locale}
        newerHref={results.page > 1 ? searchPageHref(locale, query, results.page - 1) : null}
        olderHref={results.hasMore ? searchPageHref(locale, query, results.page + 1) : null}
        newerLabel={m.search.previousResults}
        olderLabel={m.search.moreResults}
      />
    </section>
  );
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const m = t(locale);
  const raw = await searchParams;
  const query = parseSearchQuery(raw.q);
  const page = parseSearchPage(raw.page);
  const results = query.ok && page !== null ? await searchEntries(locale, query.query, page) : null;
  const other = otherLocale(locale);
  const shownValue = query.ok ? query.query : typeof raw.q === "string" ? raw.q.slice(0, MAX_QUERY_LENGTH) : "";
  const message = !query.ok
    ? { empty: m.search.emptyQuery, too_long: m.search.queryTooLong, invalid: m.search.invalid }[query.reason]
    : page === null
      ? m.search.invalid
      : null;
  return (
    <PageShell locale={locale} current="search" alternate={{ locale: other, href: paths.search(other), isTranslation: true }}>
      <div className="mx-auto max-w-3xl">
        <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{m.search.title}</h1>
        <div className="mt-6">
          <SearchForm locale={locale} defaultValue={shownValue} />
        </div>
        {message ? (
          <p role="status" className="mt-8 text-stone-700 dark:text-stone-300" data-testid="search-message">
            {message}
          </p>
        ) : null}
        {results && query.ok ? <Results locale={locale} query={query.query} results={results} /> : null}
      </div>
    </PageShell>
  );
}
