/**
 * The site's feeds: which entries or corrections each one carries, as items, and
 * the rendered document in each format.
 *
 * Everything is read through the tagged cache (lib/cache/tagged-cache.ts): the
 * rendered document under the locale's public tags, each item under its entry's
 * tag. A poll of an unchanged feed costs no query and no rendering; a publish,
 * unpublish or correction invalidates those tags and the next poll sees it. A feed
 * page is read in one query (the entries whole, with the change time in a second);
 * after a publish only the changed entry's item is rendered again.
 */
import type { Locale, Verdict } from "@/db/schema";
import { cached } from "@/lib/cache/tagged-cache";
import { publicTags } from "@/lib/entries/cache-tags";
import {
  decodeCursor,
  encodeCursor,
  InvalidCursorError,
  listPublishedEntriesWithContent,
  listTopics,
  topicName,
  type ListCursor,
  type PublicEntry,
  type PublicTopic,
} from "@/lib/entries/public-queries";
import { t, verdictLabel } from "@/lib/i18n/dictionaries";
import { interpolate } from "@/lib/i18n/interpolate";
import { renderAtom } from "./atom";
import { correctionContentHtml, entryContentHtml } from "./entry-content";
import type { FeedFormat } from "./formats";
import { renderJsonFeed } from "./json";
import { listCorrectionsForFeed, publicChangeTime, type FeedCorrection } from "./queries";
import { renderRss } from "./rss";
import type { FeedItem, FeedMeta } from "./types";
import { correctionFeedId, entryFeedId, entryUrl, feedId, feedPagePath, feedUrl, siteUrl, type FeedScope } from "./urls";
import { websubHubUrl } from "./websub";

export const DEFAULT_FEED_LIMIT = 50;
export const MAX_FEED_LIMIT = 100;

/** The newsroom signs every item: answers are the desk's, reviewed by two people. */
export const FEED_AUTHOR = "Factdesk";

/* ---------------------------- query string ---------------------------- */

/** Which page of a feed: the newest (no cursor) or an older one. */
export interface FeedPageQuery {
  /** Items strictly older than this position (`?before=`). */
  cursor?: ListCursor;
  /** Items per page (`?limit=`), when the reader asked for other than the default. */
  limit?: number;
}

export type FeedQueryResult = { ok: true; query: FeedPageQuery } | { ok: false; error: string };

const LIMIT_PATTERN = /^[1-9][0-9]{0,2}$/;

// A well-formed cursor can still hold what no database column can: a date
// PostgreSQL cannot represent, or an id beyond its integer type. Those would fail
// in SQL (a 500); they are refused here as the made-up cursors they are.
const EARLIEST_CURSOR = Date.UTC(1970, 0, 1);
const LATEST_CURSOR = Date.UTC(9999, 11, 31);
const MAX_ROW_ID = 2_147_483_647;

function isPlausibleCursor(cursor: ListCursor): boolean {
  const at = cursor.at.getTime();
  return at >= EARLIEST_CURSOR && at <= LATEST_CURSOR && cursor.id <= MAX_ROW_ID;
}

/**
 * Reads `?before=<cursor>` and `?limit=<1…100>`. Other parameters are ignored
 * (readers and proxies add cache busters and tracking); a malformed, repeated or
 * out-of-range one of ours is an error to answer with 400.
 */
export function parseFeedQuery(params: URLSearchParams): FeedQueryResult {
  const query: FeedPageQuery = {};
  const before = params.getAll("before");
  if (before.length > 1) return { ok: false, error: "Give the before parameter at most once." };
  if (before.length === 1) {
    let cursor: ListCursor | undefined;
    try {
      cursor = decodeCursor(before[0]);
    } catch (error) {
      if (!(error instanceof InvalidCursorError)) throw error;
    }
    if (!cursor || !isPlausibleCursor(cursor)) {
      return { ok: false, error: "Invalid cursor: the before parameter must be copied from a feed's next link." };
    }
    query.cursor = cursor;
  }
  const limit = params.getAll("limit");
  if (limit.length > 1) return { ok: false, error: "Give the limit parameter at most once." };
  if (limit.length === 1) {
    const value = LIMIT_PATTERN.test(limit[0]) ? Number(limit[0]) : Number.NaN;
    if (!(value >= 1 && value <= MAX_FEED_LIMIT)) {
      return { ok: false, error: `Invalid limit: give a whole number from 1 to ${MAX_FEED_LIMIT}.` };
    }
    if (value !== DEFAULT_FEED_LIMIT) query.limit = value;
  }
  return { ok: true, query };
}

/** The query string of a page, in one canonical order (so one page has one URL). */
function pageSearch(cursor: ListCursor | undefined, limit: number | undefined): string {
  const params = new URLSearchParams();
  if (cursor) params.set("before", encodeCursor(cursor));
  if (limit !== undefined) params.set("limit", String(limit));
  const search = params.toString();
  return search ? `?${search}` : "";
}

/* -------------------------------- items -------------------------------- */

function topicTags(topics: readonly PublicTopic[], locale: Locale): string[] {
  return topics.map((topic) => topicName(topic, locale));
}

/** "[False] The claim…", in the entry's language. */
export function entryItemTitle(locale: Locale, verdict: Verdict, claim: string): string {
  return `[${verdictLabel(locale, verdict)}] ${claim}`;
}

function buildEntryItem(entry: PublicEntry): FeedItem {
  const permalink = entryUrl(entry.locale, entry.slug);
  return {
    id: entryFeedId(entry.id),
    url: permalink,
    title: entryItemTitle(entry.locale, entry.verdict, entry.claim),
    summary: entry.summary,
    contentHtml: entryContentHtml(entry, permalink),
    datePublished: entry.firstPublishedAt,
    dateModified: entry.lastPublishedAt,
    tags: [...topicTags(entry.topics, entry.locale), verdictLabel(entry.locale, entry.verdict)],
    authorName: FEED_AUTHOR,
    language: entry.locale,
  };
}

/**
 * One entry as a feed item, built once per change of the entry (or a topic's
 * name, which its categories carry) and shared by every feed it appears in: the
 * entries come whole from the feed's one list query, and only a changed entry's
 * Markdown is rendered again.
 */
function entryItem(entry: PublicEntry): Promise<FeedItem> {
  const tags = [publicTags.entry(entry.locale, entry.slug), publicTags.topics()];
  const version = `${entry.lastPublishedAt.toISOString()}:${entry.corrections.length}`;
  return cached(`feed-item:${siteUrl()}:${entry.locale}:${entry.slug}:${version}`, tags, async () => buildEntryItem(entry));
}

function correctionItem(correction: FeedCorrection, locale: Locale): FeedItem {
  const permalink = entryUrl(locale, correction.entrySlug);
  const at = new Date(correction.publishedAt);
  return {
    id: correctionFeedId(correction.id),
    url: permalink,
    title: interpolate(t(locale).feeds.correctionItemTitle, { claim: correction.claim }),
    summary: correction.note,
    contentHtml: correctionContentHtml(correction, locale, permalink),
    datePublished: at,
    dateModified: at,
    tags: [...topicTags(correction.topics, locale), verdictLabel(locale, correction.newVerdict)],
    authorName: FEED_AUTHOR,
    language: locale,
  };
}

/* ------------------------------- assembly ------------------------------- */

/** A feed's content, whatever the format. */
export interface AssembledFeed {
  title: string;
  description: string;
  /** When the feed last changed: its Last-Modified, Atom updated and RSS lastBuildDate. */
  updated: Date;
  items: FeedItem[];
  /** Where the next (older) page starts, if there is one. */
  nextCursor: ListCursor | null;
}

/** Everything a feed's cached copies depend on: a change to any of these refreshes them. */
function feedCacheTags(locale: Locale): string[] {
  return [publicTags.list(locale), publicTags.corrections(locale), publicTags.topics()];
}

function scopeKey(scope: FeedScope): string {
  return scope.kind === "topic" ? `topic:${scope.slug}` : scope.kind;
}

const TOPIC_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

async function findTopic(locale: Locale, slug: string): Promise<PublicTopic | undefined> {
  if (slug.length > 200 || !TOPIC_SLUG.test(slug)) return undefined;
  return (await listTopics(locale)).find((topic) => topic.slug === slug);
}

/** A feed's content, or null when its topic does not exist. */
export async function loadAssembledFeed(locale: Locale, scope: FeedScope, query: FeedPageQuery): Promise<AssembledFeed | null> {
  const m = t(locale).feeds;
  const limit = query.limit ?? DEFAULT_FEED_LIMIT;
  let title: string;
  let description: string;
  let items: FeedItem[];
  let next: string | null;

  if (scope.kind === "corrections") {
    title = m.correctionsTitle;
    description = m.correctionsDescription;
    const page = await listCorrectionsForFeed(locale, query.cursor, limit);
    items = page.items.map((correction) => correctionItem(correction, locale));
    next = page.nextCursor;
  } else {
    let topicSlug: string | undefined;
    if (scope.kind === "topic") {
      const topic = await findTopic(locale, scope.slug);
      if (!topic) return null;
      topicSlug = topic.slug;
      title = interpolate(m.topicTitle, { topic: topicName(topic, locale) });
      description = interpolate(m.topicDescription, { topic: topicName(topic, locale) });
    } else {
      title = m.allTitle;
      description = m.allDescription;
    }
    const page = await listPublishedEntriesWithContent({ locale, topic: topicSlug, cursor: query.cursor, limit, order: "updated" });
    items = await Promise.all(page.items.map(entryItem));
    next = page.nextCursor;
  }

  const changedAt = (await publicChangeTime(locale))?.getTime() ?? 0;
  const newestItem = Math.max(0, ...items.map((item) => item.dateModified.getTime()));
  return {
    title,
    description,
    updated: new Date(Math.max(changedAt, newestItem)),
    items,
    nextCursor: next === null ? null : decodeCursor(next),
  };
}

/* ------------------------------- rendering ------------------------------- */

const RENDERERS: Readonly<Record<FeedFormat, (meta: FeedMeta, items: readonly FeedItem[]) => string>> = {
  rss: renderRss,
  atom: renderAtom,
  json: renderJsonFeed,
};

export function feedMeta(locale: Locale, scope: FeedScope, format: FeedFormat, query: FeedPageQuery, feed: AssembledFeed): FeedMeta {
  const pageUrl = (of: FeedFormat, cursor: ListCursor | undefined) => `${feedUrl(locale, scope, of)}${pageSearch(cursor, query.limit)}`;
  const olderPage = feed.nextCursor ? pageUrl(format, feed.nextCursor) : undefined;
  return {
    id: feedId(locale, scope),
    title: feed.title,
    description: feed.description,
    language: locale,
    homePageUrl: `${siteUrl()}${feedPagePath(locale, scope)}`,
    selfUrl: pageUrl(format, query.cursor),
    alternateFormats: { rss: pageUrl("rss", query.cursor), atom: pageUrl("atom", query.cursor), json: pageUrl("json", query.cursor) },
    updated: feed.updated,
    // Subscribers subscribe to the newest page; an older page is read once, not followed.
    hubUrl: query.cursor ? undefined : websubHubUrl(),
    // Older items, RFC 5005 style. Pages are cut by last update, so an item that
    // changes moves to the newest page, where a poller sees it; none is skipped.
    paging: olderPage ? { nextUrl: olderPage, prevArchiveUrl: olderPage } : undefined,
  };
}

export type RenderedFeed = { status: "ok"; body: string; lastModified: Date } | { status: "not_found" };

async function loadRenderedFeed(locale: Locale, scope: FeedScope, format: FeedFormat, query: FeedPageQuery): Promise<RenderedFeed> {
  const feed = await loadAssembledFeed(locale, scope, query);
  if (feed === null) return { status: "not_found" };
  const body = RENDERERS[format](feedMeta(locale, scope, format, query, feed), feed.items);
  return { status: "ok", body, lastModified: feed.updated };
}

/**
 * A feed as the text to serve, or not_found for an unknown topic. The newest page
 * of each feed is cached whole; older pages (any cursor a client makes up) are
 * assembled on request from the cached entries, so they cannot crowd the cache.
 */
export async function renderSiteFeed(locale: Locale, scope: FeedScope, format: FeedFormat, query: FeedPageQuery = {}): Promise<RenderedFeed> {
  // Checked before the cache, so that made-up topics are not stored in it either.
  if (scope.kind === "topic" && !(await findTopic(locale, scope.slug))) return { status: "not_found" };
  if (query.cursor) return loadRenderedFeed(locale, scope, format, query);
  const key = `feed-body:${JSON.stringify([format, siteUrl(), websubHubUrl() ?? null, locale, scopeKey(scope), query.limit ?? null])}`;
  return cached(key, feedCacheTags(locale), () => loadRenderedFeed(locale, scope, format, query));
}
