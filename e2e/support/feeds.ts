/**
 * Feed helpers for end-to-end tests: fetch a feed from the running server and read
 * it with the independent parsers of tests/support/feed-reader.ts.
 *
 *   const item = await findFeedItem(request, "/en/topics/health/feed.xml", (item) => item.title.endsWith(claim));
 */
import { expect, type APIRequestContext } from "@playwright/test";
import { readFeed, type ReadFeed, type ReadFormat, type ReadItem } from "../../tests/support/feed-reader";

export type { ReadFeed, ReadItem };

export const FEED_CONTENT_TYPES: Record<ReadFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/** The format a feed path serves: feed.xml → RSS, atom.xml → Atom, feed.json → JSON Feed. */
export function feedFormatOf(path: string): ReadFormat {
  const file = new URL(path, "http://x").pathname.split("/").at(-1);
  if (file === "feed.xml") return "rss";
  if (file === "atom.xml") return "atom";
  if (file === "feed.json") return "json";
  throw new Error(`not a feed path: ${path}`);
}

/** GETs a feed, checks 200 and its Content-Type, and reads it. */
export async function fetchFeed(request: APIRequestContext, path: string): Promise<ReadFeed> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const format = feedFormatOf(path);
  expect(response.headers()["content-type"]).toBe(FEED_CONTENT_TYPES[format]);
  return readFeed(await response.text(), format);
}

/** The first item of the feed at `path` that matches, or undefined. */
export async function findFeedItem(request: APIRequestContext, path: string, matches: (item: ReadItem) => boolean): Promise<ReadItem | undefined> {
  return (await fetchFeed(request, path)).items.find(matches);
}
