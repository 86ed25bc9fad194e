/**
 * What a feed is made of, independent of its format. Callers (routes, jobs) build
 * these from published entries; the renderers turn them into RSS, Atom or JSON Feed.
 */

export type FeedLanguage = "fr" | "en";

export interface FeedItem {
  /** Stable identity across edits: a tag: URI or the permalink. Must be an absolute IRI (Atom requires it). */
  id: string;
  /** Absolute http(s) URL of the entry page. */
  url: string;
  /** Plain text. */
  title: string;
  /** Plain text. */
  summary: string;
  /** HTML that has already been sanitised; the feeds carry it, they do not clean it. */
  contentHtml: string;
  datePublished: Date;
  dateModified: Date;
  /** Plain-text topic names. */
  tags: readonly string[];
  authorName: string;
  language: FeedLanguage;
}

/** The same feed in each format, so every rendering can point readers at the others. */
export interface FeedAlternateFormats {
  rss: string;
  atom: string;
  json: string;
}

/** RFC 5005 links: `nextUrl` for paged feeds, `prevArchiveUrl` for archived ones. */
export interface FeedPaging {
  nextUrl?: string;
  prevArchiveUrl?: string;
}

export interface FeedMeta {
  /** Stable feed identity, an absolute IRI (tag: URI or URL). */
  id: string;
  /** Plain text. */
  title: string;
  /** Plain text. */
  description: string;
  language: FeedLanguage;
  /** Absolute URL of the HTML page this feed mirrors. */
  homePageUrl: string;
  /** Absolute URL of this feed in the format being rendered. */
  selfUrl: string;
  alternateFormats?: FeedAlternateFormats;
  /** When anything in the feed last changed. */
  updated: Date;
  /** How long readers may cache the feed; defaults to DEFAULT_TTL_MINUTES. */
  ttlMinutes?: number;
  /** WebSub hub that readers may subscribe to for pushes. */
  hubUrl?: string;
  paging?: FeedPaging;
}
