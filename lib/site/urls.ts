/**
 * Every public address of the site, in one place: pages link with the relative
 * paths, and feeds, sitemaps, JSON-LD and the API use the absolute URLs built on
 * SITE_URL (never on the request's Host header, which a client controls).
 */
import type { Locale } from "@/lib/i18n/locales";

const DEFAULT_SITE_URL = "http://localhost:3000";

/** SITE_URL without a trailing slash; a malformed value falls back to the default rather than breaking every page. */
export function siteUrl(): string {
  const configured = process.env.SITE_URL?.trim();
  if (configured) {
    try {
      const url = new URL(configured);
      if (url.protocol === "http:" || url.protocol === "https:") return url.toString().replace(/\/+$/, "");
    } catch {
      /* fall through */
    }
  }
  return DEFAULT_SITE_URL;
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

export type FeedFormat = "rss" | "atom" | "json";

const FEED_FILES: Record<FeedFormat, string> = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" };

export const FEED_MIME_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
};

export const paths = {
  home: (locale: Locale) => `/${locale}`,
  entry: (locale: Locale, slug: string) => `/${locale}/rumors/${slug}`,
  topic: (locale: Locale, slug: string) => `/${locale}/topics/${slug}`,
  search: (locale: Locale, query?: string) =>
    query ? `/${locale}/search?${new URLSearchParams({ q: query }).toString()}` : `/${locale}/search`,
  corrections: (locale: Locale) => `/${locale}/corrections`,
  correctionsPolicy: (locale: Locale) => `/${locale}/corrections-policy`,
  report: (locale: Locale) => `/${locale}/report`,
  reportError: (locale: Locale, entrySlug: string) => `/${locale}/report?${new URLSearchParams({ entry: entrySlug }).toString()}`,
  feed: (locale: Locale, format: FeedFormat) => `/${locale}/${FEED_FILES[format]}`,
  topicFeed: (locale: Locale, topicSlug: string, format: FeedFormat) => `/${locale}/topics/${topicSlug}/${FEED_FILES[format]}`,
  correctionsFeed: (locale: Locale, format: FeedFormat) => `/${locale}/corrections/${FEED_FILES[format]}`,
  apiEntries: () => "/api/v1/entries",
  apiEntry: (locale: Locale, slug: string) => `/api/v1/entries/${locale}/${slug}`,
};
