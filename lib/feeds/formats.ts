import type { FeedMeta } from "./types";

export type FeedFormat = "rss" | "atom" | "json";

/** Media types as they appear in `type` attributes of links. */
export const FEED_MEDIA_TYPES = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
} as const satisfies Record<FeedFormat, string>;

/** Media types as they are served, in the Content-Type header. */
export const FEED_CONTENT_TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
} as const satisfies Record<FeedFormat, string>;

export type FeedContentType = (typeof FEED_CONTENT_TYPES)[FeedFormat];

export const FEED_GENERATOR = "Factdesk";

export const DEFAULT_TTL_MINUTES = 15;

export interface AlternateFeedLink {
  mediaType: (typeof FEED_MEDIA_TYPES)[FeedFormat];
  href: string;
}

/**
 * The other formats of this feed. The rendered format is left out: it is already
 * linked as rel="self", and Atom forbids two alternates with the same type.
 */
export function alternateFeedLinks(meta: FeedMeta, rendered: FeedFormat): AlternateFeedLink[] {
  const formats = meta.alternateFormats;
  if (formats === undefined) return [];
  return (Object.keys(FEED_MEDIA_TYPES) as FeedFormat[])
    .filter((format) => format !== rendered)
    .map((format) => ({ mediaType: FEED_MEDIA_TYPES[format], href: formats[format] }));
}

export function feedTtlMinutes(meta: FeedMeta): number {
  return meta.ttlMinutes ?? DEFAULT_TTL_MINUTES;
}
