/**
 * Where the site's feeds live and what they call themselves. Every URL a feed
 * carries is absolute, built from SITE_URL, because a feed is read away from the
 * site: a relative link in a reader points nowhere.
 */
import type { Locale } from "@/db/schema";
import { t } from "@/lib/i18n/dictionaries";
import { FEED_MEDIA_TYPES, type FeedFormat } from "./formats";

/** Which feed of a locale: everything, one topic, or the corrections. */
export type FeedScope = { kind: "latest" } | { kind: "topic"; slug: string } | { kind: "corrections" };

export const FEED_FORMATS: readonly FeedFormat[] = ["rss", "atom", "json"];

/** The last path segment of each format, as in PRODUCT.md. */
export const FEED_FILE_NAMES: Readonly<Record<FeedFormat, string>> = {
  rss: "feed.xml",
  atom: "atom.xml",
  json: "feed.json",
};

const DEFAULT_SITE_URL = "http://localhost:3000";

/** SITE_URL without a trailing slash (read on each call, so tests and scripts can set it). */
export function siteUrl(): string {
  const configured = process.env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  return configured.replace(/\/+$/, "");
}

/**
 * The date of the tag: URIs (RFC 4151) that identify feeds, entries and
 * corrections. It says when the newsroom held the SITE_URL host and must NEVER
 * change: every subscriber's reader keys its items on these ids, and a new id
 * shows every item again as unread.
 */
export const FEED_ID_DATE = "2026";

/** `tag:<SITE_URL host>,2026:<specific>`: stable across slug, title and URL-path changes. */
export function feedTagUri(specific: string): string {
  return `tag:${new URL(siteUrl()).hostname},${FEED_ID_DATE}:${specific}`;
}

/** An entry's id in every feed: its database id, never its slug or title. */
export function entryFeedId(entryId: number): string {
  return feedTagUri(`entry/${entryId}`);
}

/** A correction's id in the corrections feeds: one item per correction, ever. */
export function correctionFeedId(correctionId: number): string {
  return feedTagUri(`correction/${correctionId}`);
}

/** The HTML page a feed mirrors, as a path: `/fr`, `/fr/topics/health`, `/fr/corrections`. */
export function feedPagePath(locale: Locale, scope: FeedScope): string {
  switch (scope.kind) {
    case "latest":
      return `/${locale}`;
    case "topic":
      return `/${locale}/topics/${scope.slug}`;
    case "corrections":
      return `/${locale}/corrections`;
  }
}

/** A feed's path: `/fr/feed.xml`, `/fr/topics/health/atom.xml`, `/fr/corrections/feed.json`. */
export function feedPath(locale: Locale, scope: FeedScope, format: FeedFormat): string {
  return `${feedPagePath(locale, scope)}/${FEED_FILE_NAMES[format]}`;
}

export function feedUrl(locale: Locale, scope: FeedScope, format: FeedFormat): string {
  return `${siteUrl()}${feedPath(locale, scope, format)}`;
}

/** The feed's own id, shared by its three formats and its archive pages. */
export function feedId(locale: Locale, scope: FeedScope): string {
  return feedTagUri(`feed${feedPagePath(locale, scope)}`);
}

export function entryUrl(locale: Locale, slug: string): string {
  return `${siteUrl()}/${locale}/rumors/${slug}`;
}

export interface FeedAutodiscoveryLink {
  /** The `type` attribute of `<link rel="alternate">`. */
  type: (typeof FEED_MEDIA_TYPES)[FeedFormat];
  /** Site-relative path; resolved against `metadataBase` by Next's metadata. */
  href: string;
  /** What a reader offers to subscribe to, e.g. "Factdesk — latest fact-checks (RSS)". */
  title: string;
}

/**
 * The `<link rel="alternate">` tags a page offers for its feed, one per format.
 * `feedTitle` defaults to the format name alone.
 */
export function feedAutodiscoveryLinks(locale: Locale, scope: FeedScope, feedTitle?: string): FeedAutodiscoveryLink[] {
  const names = t(locale).feeds;
  const formatName: Record<FeedFormat, string> = { rss: names.rss, atom: names.atom, json: names.jsonFeed };
  return FEED_FORMATS.map((format) => ({
    type: FEED_MEDIA_TYPES[format],
    href: feedPath(locale, scope, format),
    title: feedTitle ? `${feedTitle} (${formatName[format]})` : formatName[format],
  }));
}

/**
 * The same links for Next's metadata, in a page's generateMetadata:
 * `alternates: { types: autodiscoveryTypes(locale, { kind: "topic", slug }, title) }`.
 */
export function autodiscoveryTypes(
  locale: Locale,
  scope: FeedScope,
  feedTitle?: string,
): Record<string, Array<{ url: string; title: string }>> {
  return Object.fromEntries(
    feedAutodiscoveryLinks(locale, scope, feedTitle).map((link) => [link.type, [{ url: link.href, title: link.title }]]),
  );
}
