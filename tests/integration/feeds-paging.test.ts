/**
 * Feeds longer than a page: the 50 newest by default, and older items one
 * `?before=` page at a time, followed through the links the feeds themselves give.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { databaseKind } from "@/db/client";
import { GET as latestAtom } from "@/app/(site)/[locale]/atom.xml/route";
import { GET as correctionsJson } from "@/app/(site)/[locale]/corrections/feed.json/route";
import { GET as latestJson } from "@/app/(site)/[locale]/feed.json/route";
import { GET as latestRss } from "@/app/(site)/[locale]/feed.xml/route";
import { GET as topicJson } from "@/app/(site)/[locale]/topics/[slug]/feed.json/route";
import type { SiteFeedHandler } from "@/lib/feeds/site-feed-route";
import { readFeed, type ReadFeed, type ReadFormat } from "../support/feed-reader";
import { createPublishedEntries, createTopic, republish, type PublishedEntry } from "./fixtures/feed-entries";
import { resetDatabase } from "./helpers";

const SITE = "https://factdesk.example";
process.env.SITE_URL = SITE;
delete process.env.WEBSUB_HUB_URL;

const ENTRY_COUNT = 60;
const MINUTE = 60_000;

async function get(handler: SiteFeedHandler, url: string, params: { locale: string; slug?: string }, headers: Record<string, string> = {}): Promise<Response> {
  return handler(new Request(url, { headers }), { params: Promise.resolve(params) });
}

async function read(handler: SiteFeedHandler, url: string, format: ReadFormat, params: { locale: string; slug?: string } = { locale: "en" }): Promise<ReadFeed> {
  const response = await get(handler, url, params);
  expect(response.status, url).toBe(200);
  return readFeed(await response.text(), format);
}

/** Follows the feed's own next links to the end; returns every page. */
async function allPages(handler: SiteFeedHandler, url: string, format: ReadFormat, params?: { locale: string; slug?: string }): Promise<ReadFeed[]> {
  const pages: ReadFeed[] = [];
  let next: string | undefined = url;
  while (next) {
    const page: ReadFeed = await read(handler, next, format, params);
    pages.push(page);
    next = page.nextUrl;
    expect(pages.length).toBeLessThan(20);
  }
  return pages;
}

const ids = (feed: ReadFeed) => feed.items.map((item) => item.id);

describe(`feed paging on the ${databaseKind()} database`, () => {
  const created: PublishedEntry[] = [];

  beforeAll(async () => {
    await resetDatabase();
    await createTopic("paging", "Pagination", "Paging");
    await createTopic("empty-topic", "Vide", "Empty");
    const start = Date.now() - (ENTRY_COUNT + 10) * MINUTE;
    created.push(
      ...(await createPublishedEntries(
        Array.from({ length: ENTRY_COUNT }, (_, index) => ({
          locale: "en" as const,
          slug: `entry-${index}`,
          claim: `Claim number ${index}`,
          verdict: "false" as const,
          summary: `Summary ${index}`,
          body: `Body ${index}`,
          sources: [{ url: `https://example.org/${index}`, title: `Source ${index}` }],
          // Every third entry is in the topic.
          topics: index % 3 === 0 ? ["paging"] : [],
          at: new Date(start + index * MINUTE),
        })),
      )),
    );
  });

  it("carries the 50 newest entries by default, newest first", async () => {
    for (const [handler, format] of [[latestRss, "rss"], [latestAtom, "atom"], [latestJson, "json"]] as const) {
      const feed = await read(handler, `${SITE}/en/${format === "rss" ? "feed.xml" : format === "atom" ? "atom.xml" : "feed.json"}`, format);
      expect(feed.items).toHaveLength(50);
      expect(feed.items[0].title).toBe(`[False] Claim number ${ENTRY_COUNT - 1}`);
      expect(feed.items[49].title).toBe(`[False] Claim number ${ENTRY_COUNT - 50}`);
      expect(feed.nextUrl).toMatch(new RegExp(`^${SITE}/en/[a-z]+\\.(xml|json)\\?before=[A-Za-z0-9_-]+$`));
      // RSS and Atom also give the older page as the previous archive (RFC 5005); JSON Feed has next_url only.
      if (format !== "json") expect(feed.prevArchiveUrl).toBe(feed.nextUrl);
    }
  });

  it("gives every entry exactly once when a reader follows the next links, in every format", async () => {
    for (const [handler, format, file] of [[latestRss, "rss", "feed.xml"], [latestAtom, "atom", "atom.xml"], [latestJson, "json", "feed.json"]] as const) {
      const pages = await allPages(handler, `${SITE}/en/${file}`, format);
      expect(pages.map((page) => page.items.length)).toEqual([50, 10]);
      const all = pages.flatMap(ids);
      expect(new Set(all).size).toBe(ENTRY_COUNT);
      expect(all).toEqual(created.map((entry) => `tag:factdesk.example,2026:entry/${entry.id}`).reverse());
      // An older page names itself, cursor included, and links back to its formats.
      expect(pages[1].selfUrl).toBe(pages[0].nextUrl);
      expect(pages[1].nextUrl).toBeUndefined();
    }
  });

  it("keeps a smaller page size along the next links", async () => {
    const pages = await allPages(latestJson, `${SITE}/en/feed.json?limit=25`, "json");
    expect(pages.map((page) => page.items.length)).toEqual([25, 25, 10]);
    expect(pages.slice(0, 2).every((page) => page.nextUrl!.endsWith("&limit=25"))).toBe(true);
    expect(new Set(pages.flatMap(ids)).size).toBe(ENTRY_COUNT);
  });

  it("pages a topic feed within its topic, and serves an empty topic as an empty feed", async () => {
    const pages = await allPages(topicJson, `${SITE}/en/topics/paging/feed.json?limit=7`, "json", { locale: "en", slug: "paging" });
    const inTopic = created.filter((_, index) => index % 3 === 0);
    expect(pages.flatMap(ids).sort()).toEqual(inTopic.map((entry) => `tag:factdesk.example,2026:entry/${entry.id}`).sort());
    expect(pages.map((page) => page.items.length)).toEqual([7, 7, 6]);

    const empty = await read(topicJson, `${SITE}/en/topics/empty-topic/feed.json`, "json", { locale: "en", slug: "empty-topic" });
    expect(empty.items).toEqual([]);
    expect(empty.nextUrl).toBeUndefined();
    expect(empty.title).toBe("Factdesk — fact-checks on Empty");
  });

  it("moves an updated entry to the newest page, so that no poller misses it", async () => {
    const firstPage = await read(latestJson, `${SITE}/en/feed.json?limit=10`, "json");
    const olderUrl = firstPage.nextUrl!;
    const older = await read(latestJson, olderUrl, "json");
    const moved = older.items[3];

    const [entry] = created.filter((candidate) => `tag:factdesk.example,2026:entry/${candidate.id}` === moved.id);
    await republish(entry.id, { summary: "Updated summary", correctionNote: "We fixed the summary." });

    const newest = await read(latestJson, `${SITE}/en/feed.json?limit=10`, "json");
    expect(newest.items[0].id).toBe(moved.id);
    expect(newest.items[0].summary).toBe("Updated summary");
    expect(ids(await read(latestJson, olderUrl, "json"))).not.toContain(moved.id);
  });

  it("pages the corrections feed and answers conditional requests on older pages too", async () => {
    for (const index of [1, 2, 4]) await republish(created[index].id, { correctionNote: `Correction ${index}` });
    const pages = await allPages(correctionsJson, `${SITE}/en/corrections/feed.json?limit=2`, "json");
    expect(pages.flatMap((page) => page.items.map((item) => item.summary))).toEqual([
      "Correction 4",
      "Correction 2",
      "Correction 1",
      "We fixed the summary.",
    ]);
    expect(new Set(pages.flatMap(ids)).size).toBe(4);

    const olderUrl = pages[0].nextUrl!;
    const first = await get(correctionsJson, olderUrl, { locale: "en" });
    const again = await get(correctionsJson, olderUrl, { locale: "en" }, { "If-None-Match": first.headers.get("ETag")! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});
