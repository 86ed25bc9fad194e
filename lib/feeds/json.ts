import { feedTags, feedText } from "./content";
import { toRfc3339 } from "./dates";
import type { FeedItem, FeedLanguage, FeedMeta } from "./types";
import { assertValidFeed } from "./validation";

export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

export interface JsonFeedAuthor {
  name: string;
}

export interface JsonFeedHub {
  type: "WebSub";
  url: string;
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary: string;
  date_published: string;
  date_modified: string;
  tags: string[];
  language: FeedLanguage;
  authors: JsonFeedAuthor[];
}

/** The subset of JSON Feed 1.1 that Factdesk publishes. */
export interface JsonFeed {
  version: typeof JSON_FEED_VERSION;
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: FeedLanguage;
  next_url?: string;
  hubs?: JsonFeedHub[];
  items: JsonFeedItem[];
}

function toJsonFeedItem(item: FeedItem): JsonFeedItem {
  return {
    id: feedText(item.id),
    url: item.url,
    title: feedText(item.title),
    content_html: feedText(item.contentHtml),
    summary: feedText(item.summary),
    date_published: toRfc3339(item.datePublished),
    date_modified: toRfc3339(item.dateModified),
    tags: feedTags(item.tags),
    language: item.language,
    authors: [{ name: feedText(item.authorName) }],
  };
}

/** JSON Feed 1.1 as an object, for callers that want to inspect or extend it. */
export function buildJsonFeed(meta: FeedMeta, items: readonly FeedItem[]): JsonFeed {
  assertValidFeed(meta, items);
  return {
    version: JSON_FEED_VERSION,
    title: feedText(meta.title),
    home_page_url: meta.homePageUrl,
    feed_url: meta.selfUrl,
    description: feedText(meta.description),
    language: meta.language,
    ...(meta.paging?.nextUrl !== undefined && { next_url: meta.paging.nextUrl }),
    ...(meta.hubUrl !== undefined && { hubs: [{ type: "WebSub", url: meta.hubUrl }] }),
    items: items.map(toJsonFeedItem),
  };
}

/** Serialises a JSON Feed document. */
export function serializeJsonFeed(feed: JsonFeed): string {
  // "<" as \u003c is the same JSON, but no byte sequence "<script" can appear should
  // the body ever be sniffed or embedded as HTML.
  return JSON.stringify(feed, null, 2).replace(/</g, "\\u003c");
}

/** JSON Feed 1.1 as the text to serve. */
export function renderJsonFeed(meta: FeedMeta, items: readonly FeedItem[]): string {
  return serializeJsonFeed(buildJsonFeed(meta, items));
}
