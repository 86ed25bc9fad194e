import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntryBody } from "@/components/site/entry-body";
import { JsonLd } from "@/components/site/json-ld";
import { PageShell } from "@/components/site/page-shell";
import { VerdictBadge } from "@/components/site/verdict-badge";
import { WithdrawnNotice } from "@/components/site/withdrawn-notice";
import { statusMetadata } from "@/lib/cache/page-status";
import { getPublicEntry, type PublicEntry, topicName } from "@/lib/entries/public-queries";
import { t, verdictDescription, verdictLabel } from "@/lib/i18n/dictionaries";
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { isLocale, type Locale, otherLocale } from "@/lib/i18n/locales";
import { isSafeLinkUrl } from "@/lib/markdown/url";
import { buildClaimReview, claimOriginHref } from "@/lib/site/claim-review";
import { isSlug } from "@/lib/site/list-params";
import { pageMetadata, siteFeeds } from "@/lib/site/metadata";
import { paths } from "@/lib/site/urls";

/**
 * On-demand ISR: rendered on the first request for an address, then served from
 * the full-page cache (lib/cache/page-cache-handler.js) until a change to the
 * entry (or its translation) invalidates its tag — locally and, through NOTIFY,
 * in every other process — and the next request renders it again. Nothing is
 * rendered at build (no database then). A withdrawn entry's address shows the
 * "withdrawn" notice and answers 410: its metadata asks for that status and the
 * page cache handler sets it (lib/cache/page-status.js), cached like any page until
 * the entry is published again. The page reads no cookies, headers or search
 * params (a static page cannot), and public pages carry a static CSP (no nonce).
 */
export const dynamic = "force-static";
export const dynamicParams = true;

export function generateStaticParams(): { locale: string; slug: string }[] {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

const TITLE_LENGTH = 110;

function shortTitle(claim: string): string {
  const text = claim.replace(/\s+/g, " ").trim();
  return text.length <= TITLE_LENGTH ? text : `${text.slice(0, TITLE_LENGTH - 1).trimEnd()}…`;
}

async function lookup(locale: string, slug: string) {
  // Slugs are lower-case words and hyphens: anything else cannot exist, so no query is needed.
  if (!isLocale(locale) || !isSlug(slug)) return null;
  return { locale, result: await getPublicEntry(locale, slug) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const found = await lookup(locale, slug);
  if (!found) return {};
  const m = t(found.locale);
  if (found.result.status === "gone") return { title: m.errors.gone.title, robots: { index: false, follow: true }, other: statusMetadata(410) };
  if (found.result.status !== "found") return {};
  const { entry } = found.result;
  return pageMetadata({
    locale: entry.locale,
    path: paths.entry(entry.locale, entry.slug),
    title: `${verdictLabel(entry.locale, entry.verdict)} — ${shortTitle(entry.claim)}`,
    description: entry.summary,
    languages: entry.translation ? { [entry.translation.locale]: paths.entry(entry.translation.locale, entry.translation.slug) } : {},
    article: {
      publishedTime: entry.firstPublishedAt,
      modifiedTime: entry.lastPublishedAt,
      tags: entry.topics.map((topic) => topicName(topic, entry.locale)),
    },
    feeds: [siteFeeds(entry.locale)],
  });
}

function linkHost(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, "");
  } catch {
    return url;
  }
}

const LABEL = "text-xs font-semibold uppercase tracking-widest text-stone-600 dark:text-stone-400";

function ClaimOrigin({ entry, locale }: { entry: PublicEntry; locale: Locale }) {
  const m = t(locale);
  const href = claimOriginHref(entry.claimOriginUrl);
  if (!entry.claimOriginText && !href && !entry.claimFirstSeen) return null;
  return (
    <div className="mt-5 space-y-1 border-l-4 border-stone-300 pl-4 text-sm text-stone-700 dark:border-stone-600 dark:text-stone-300" data-testid="claim-origin">
      {entry.claimOriginText || href ? (
        <p>
          <span className="mr-2 text-xs font-semibold uppercase tracking-widest text-stone-600 dark:text-stone-400">{m.entry.origin}</span>
          {entry.claimOriginText}
          {href ? (
            <>
              {entry.claimOriginText ? " — " : null}
              {m.entry.originSource}{" "}
              <a href={href} rel="nofollow noopener noreferrer" className="underline underline-offset-2">
                {linkHost(href)}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      {entry.claimFirstSeen ? (
        <p>
          <time dateTime={entry.claimFirstSeen}>{interpolate(m.entry.firstSeen, { date: formatDate(entry.claimFirstSeen, locale) })}</time>
        </p>
      ) : null}
    </div>
  );
}

function Corrections({ entry, locale }: { entry: PublicEntry; locale: Locale }) {
  if (entry.corrections.length === 0) return null;
  const m = t(locale);
  return (
    <section aria-labelledby="corrections-heading" className="mt-8 rounded-lg border border-amber-300 bg-amber-50 p-5 text-stone-900 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-50">
      <h2 id="corrections-heading" className="font-sans text-base font-bold">
        {m.entry.corrections}
      </h2>
      <ul className="mt-3 space-y-4" data-testid="corrections">
        {entry.corrections.map((correction) => (
          <li key={`${correction.publishedAt}-${correction.note}`}>
            <p className="text-sm font-semibold">
              <time dateTime={new Date(correction.publishedAt).toISOString()}>
                {interpolate(m.entry.correctionOn, { date: formatDate(correction.publishedAt, locale) })}
              </time>
            </p>
            {correction.previousVerdict && correction.previousVerdict !== correction.newVerdict ? (
              <p className="mt-1 text-sm">
                {interpolate(m.entry.verdictChanged, {
                  from: verdictLabel(locale, correction.previousVerdict),
                  to: verdictLabel(locale, correction.newVerdict),
                })}
              </p>
            ) : null}
            <p className="mt-1 leading-relaxed">{correction.note}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Sources({ entry, locale }: { entry: PublicEntry; locale: Locale }) {
  const m = t(locale);
  return (
    <section aria-labelledby="sources-heading" className="mt-12">
      <h2 id="sources-heading" className="font-serif text-2xl font-semibold">
        {m.entry.sources}
      </h2>
      <ol className="mt-4 space-y-4 border-l-2 border-stone-200 pl-5 dark:border-stone-700" data-testid="sources">
        {entry.sources.map((source, index) => (
          <li key={`${index}-${source.url}`} className="text-[0.95rem]">
            <span className="mr-2 font-mono text-sm text-stone-600 dark:text-stone-400">{index + 1}.</span>
            {isSafeLinkUrl(source.url) ? (
              <a href={source.url} rel="nofollow noopener noreferrer" className="font-medium text-blue-800 underline underline-offset-2 dark:text-blue-300">
                {source.title}
              </a>
            ) : (
              <span className="font-medium">{source.title}</span>
            )}
            {source.publisher || source.accessedAt ? (
              <p className="mt-0.5 text-sm text-stone-600 dark:text-stone-400">
                {source.publisher ? <span>{interpolate(m.entry.sourcePublishedBy, { publisher: source.publisher })}</span> : null}
                {source.publisher && source.accessedAt ? " · " : null}
                {source.accessedAt ? (
                  <time dateTime={source.accessedAt}>{interpolate(m.entry.sourceAccessedOn, { date: formatDate(source.accessedAt, locale) })}</time>
                ) : null}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export default async function EntryPage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  if (!isLocale(rawLocale)) notFound();
  const found = await lookup(rawLocale, slug);
  if (!found || found.result.status === "not_found") notFound();
  const locale = found.locale;
  const other = otherLocale(locale);
  if (found.result.status === "gone") {
    // Served with 410: generateMetadata asks for it (see the comment at the top).
    return (
      <PageShell locale={locale} alternate={{ locale: other, href: paths.home(other), isTranslation: false }}>
        <WithdrawnNotice locale={locale} />
      </PageShell>
    );
  }
  const { entry } = found.result;
  const m = t(locale);
  const updated = entry.lastPublishedAt.getTime() !== entry.firstPublishedAt.getTime();
  const alternate = entry.translation
    ? { locale: entry.translation.locale, href: paths.entry(entry.translation.locale, entry.translation.slug), isTranslation: true }
    : { locale: other, href: paths.home(other), isTranslation: false };
  return (
    <PageShell locale={locale} alternate={alternate}>
      <JsonLd data={buildClaimReview(entry)} />
      <article className="mx-auto max-w-3xl">
        <header>
          <p className={LABEL}>{m.entry.claim}</p>
          <h1 className="mt-2 font-serif text-[1.75rem] font-bold leading-tight tracking-tight text-stone-950 sm:text-4xl sm:leading-tight dark:text-white">
            {entry.claim}
          </h1>
          <ClaimOrigin entry={entry} locale={locale} />
        </header>

        <section aria-labelledby="verdict-heading" className="mt-8 border-y-2 border-stone-900 py-6 dark:border-stone-200" data-testid="verdict">
          <h2 id="verdict-heading" className={LABEL}>
            {m.entry.verdict}
          </h2>
          <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
            <VerdictBadge verdict={entry.verdict} locale={locale} size="large" />
            <p className="text-sm text-stone-700 dark:text-stone-300">{verdictDescription(locale, entry.verdict)}</p>
          </div>
          <p className="mt-5 text-lg font-medium leading-relaxed text-stone-900 sm:text-xl dark:text-stone-100" data-testid="summary">
            {entry.summary}
          </p>
          <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">
            <time dateTime={entry.firstPublishedAt.toISOString()}>{interpolate(m.entry.publishedOn, { date: formatDate(entry.firstPublishedAt, locale) })}</time>
            {updated ? (
              <>
                {" · "}
                <time dateTime={entry.lastPublishedAt.toISOString()}>{interpolate(m.entry.updatedOn, { date: formatDate(entry.lastPublishedAt, locale) })}</time>
              </>
            ) : null}
          </p>
        </section>

        <Corrections entry={entry} locale={locale} />

        {entry.body.trim() !== "" ? (
          <section aria-labelledby="explanation-heading" className="mt-10">
            <h2 id="explanation-heading" className="sr-only">
              {m.entry.explanation}
            </h2>
            <EntryBody markdown={entry.body} />
          </section>
        ) : null}

        <Sources entry={entry} locale={locale} />

        <footer className="mt-12 space-y-6 border-t border-stone-200 pt-6 dark:border-stone-800">
          {entry.topics.length > 0 ? (
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className="mr-1 text-xs font-semibold uppercase tracking-widest text-stone-600 dark:text-stone-400">{m.entry.topics}</span>
              {entry.topics.map((topic) => (
                <Link key={topic.slug} href={paths.topic(locale, topic.slug)} className="rounded-full border border-stone-300 px-3 py-1 hover:bg-stone-100 dark:border-stone-600 dark:hover:bg-stone-800">
                  {topicName(topic, locale)}
                </Link>
              ))}
            </div>
          ) : null}
          {entry.translation ? (
            <p className="text-sm" data-testid="translation-link">
              {m.entry.translationAvailable}{" "}
              <Link
                href={paths.entry(entry.translation.locale, entry.translation.slug)}
                hrefLang={entry.translation.locale}
                lang={entry.translation.locale}
                className="font-medium underline underline-offset-2"
              >
                {t(entry.translation.locale).languageSwitcher.readInThisLanguage}
              </Link>
            </p>
          ) : null}
          <div className="rounded-lg bg-stone-100 p-5 dark:bg-stone-900">
            <p className="text-sm text-stone-700 dark:text-stone-300">{m.entry.reportErrorHint}</p>
            <p className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">
              <Link href={paths.reportError(locale, entry.slug)} className="font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300" data-testid="report-error">
                {m.entry.reportError}
              </Link>
              <Link href={paths.correctionsPolicy(locale)} className="underline underline-offset-2">
                {m.nav.correctionsPolicy}
              </Link>
            </p>
          </div>
        </footer>
      </article>
    </PageShell>
  );
}
