import { createHash } from "node:crypto";

import { parseHttpDate, toHttpDate } from "./dates";
import type { FeedContentType } from "./formats";

export const DEFAULT_FEED_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

/** A strong validator: the quoted, base64url SHA-1 of the exact body served. */
export function computeEtag(body: string): string {
  return `"${createHash("sha1").update(body, "utf8").digest("base64url")}"`;
}

// entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE (RFC 9110 §8.8.3). A comma may sit
// inside the quotes, so a list is scanned for tags rather than split on commas.
const ENTITY_TAG = /(?:W\/)?"([^"]*)"/g;

function opaqueTags(value: string): string[] {
  return Array.from(value.matchAll(ENTITY_TAG), (match) => match[1]);
}

/** If-None-Match uses the weak comparison: W/"x" and "x" match (a gzipping proxy may weaken our tag). */
function ifNoneMatchMatches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === "*") return true;
  const ours = opaqueTags(etag)[0] ?? etag;
  return opaqueTags(ifNoneMatch).includes(ours);
}

function wholeSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/**
 * Whether the client's cached copy is still current (RFC 9110 §13.2.2): If-None-Match
 * decides when present, and If-Modified-Since, read at the one-second precision of
 * HTTP dates, is only consulted without it. An unparseable date is ignored.
 */
export function isNotModified(requestHeaders: Headers, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = requestHeaders.get("if-none-match");
  if (ifNoneMatch !== null && ifNoneMatch.trim() !== "") return ifNoneMatchMatches(ifNoneMatch, etag);

  const ifModifiedSince = requestHeaders.get("if-modified-since");
  if (ifModifiedSince === null) return false;
  const since = parseHttpDate(ifModifiedSince);
  return since !== undefined && wholeSeconds(lastModified) <= wholeSeconds(since);
}

export interface FeedResponseOptions {
  contentType: FeedContentType;
  /** When the feed's content last changed; sent as Last-Modified. */
  lastModified: Date;
  /** The incoming request, for its method and conditional headers. */
  request: Request;
  cacheControl?: string;
}

/**
 * The HTTP answer for a rendered feed: 304 with no body when the client's copy is
 * current, else 200 with the body. Both carry the validators and caching policy.
 */
export function feedResponse(body: string, options: FeedResponseOptions): Response {
  const etag = computeEtag(body);
  const headers = new Headers({
    ETag: etag,
    "Last-Modified": toHttpDate(options.lastModified),
    "Cache-Control": options.cacheControl ?? DEFAULT_FEED_CACHE_CONTROL,
  });
  const method = options.request.method.toUpperCase();
  // Conditional GET only: for other methods If-None-Match means a precondition, not a cache check.
  const isRead = method === "GET" || method === "HEAD";
  if (isRead && isNotModified(options.request.headers, etag, options.lastModified)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Type", options.contentType);
  headers.set("X-Content-Type-Options", "nosniff");
  return new Response(method === "HEAD" ? null : body, { status: 200, headers });
}
