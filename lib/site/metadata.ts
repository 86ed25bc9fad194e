/**
 * <head> metadata of the public pages: canonical URL, hreflang alternates between
 * the French and English versions of a page, feed autodiscovery links, OpenGraph
 * and Twitter cards. Paths are relative; the layout's metadataBase (SITE_URL)
 * makes them absolute.
 */
import type { Metadata } from "next";
import { t } from "@/lib/i18n/dictionaries";
import { interpolate } from "@/lib/i18n/interpolate";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { FEED_MIME_TYPES, type FeedFormat, paths } from "./urls";

export interface FeedLink {
  title: string;
  path: (format: FeedFormat) => string;
}

export interface PageMetadataInput {
  locale: Locale;
  /** This page's own path, without query string: the canonical URL. */
  path: string;
  title: string;
  description: string;
  /** The same page in each locale that has it (this one included). Defaults to this page only. */
  languages?: Partial<Record<Locale, string>>;
  /** Adds `x-default` (e.g. "/", which picks a language by Accept-Language). */
  xDefault?: string;
  article?: { publishedTime: Date; modifiedTime: Date; tags: string[] };
  feeds?: FeedLink[];
  /** Pages that must not be indexed (errors, filtered or paginated views). */
  noindex?: boolean;
}

/** The locale-wide feeds, advertised on every list and entry page. */
export function siteFeeds(locale: Locale): FeedLink {
  return { title: t(locale).feeds.allTitle, path: (format) => paths.feed(locale, format) };
}

export function topicFeeds(locale: Locale, topicSlug: string, topicName: string): FeedLink {
  return {
    title: interpolate(t(locale).feeds.topicTitle, { topic: topicName }),
    path: (format) => paths.topicFeed(locale, topicSlug, format),
  };
}

const OG_LOCALE: Record<Locale, string> = { fr: "fr_FR", en: "en_GB" };

function feedTypes(feeds: FeedLink[]): Record<string, { url: string; title: string }[]> {
  const types: Record<string, { url: string; title: string }[]> = {};
  for (const format of Object.keys(FEED_MIME_TYPES) as FeedFormat[]) {
    types[FEED_MIME_TYPES[format]] = feeds.map((feed) => ({ url: feed.path(format), title: feed.title }));
  }
  return types;
}

export function pageMetadata(input: PageMetadataInput): Metadata {
  const m = t(input.locale);
  const languages: Record<string, string> = {};
  for (const locale of LOCALES) {
    const path = locale === input.locale ? input.path : input.languages?.[locale];
    if (path) languages[locale] = path;
  }
  if (input.xDefault) languages["x-default"] = input.xDefault;
  const alternateLocales = LOCALES.filter((locale) => locale !== input.locale && languages[locale]).map(
    (locale) => OG_LOCALE[locale],
  );
  return {
    title: input.title,
    description: input.description,
    alternates: {
      canonical: input.path,
      languages,
      ...(input.feeds && input.feeds.length > 0 ? { types: feedTypes(input.feeds) } : {}),
    },
    openGraph: {
      siteName: m.site.name,
      title: input.title,
      description: input.description,
      url: input.path,
      locale: OG_LOCALE[input.locale],
      alternateLocale: alternateLocales,
      ...(input.article
        ? {
            type: "article",
            publishedTime: input.article.publishedTime.toISOString(),
            modifiedTime: input.article.modifiedTime.toISOString(),
            tags: input.article.tags,
          }
        : { type: "website" }),
    },
    twitter: { card: "summary", title: input.title, description: input.description },
    ...(input.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
