import { expect, test } from "@playwright/test";
import { FEED_CONTENT_TYPES, feedFormatOf, fetchFeed, findFeedItem } from "./support/feeds";
import { publishedEntry, signIn, unique } from "./support/newsroom";

const LOCALES = ["fr", "en"] as const;
const FILES = ["feed.xml", "atom.xml", "feed.json"] as const;

function feedPaths(): string[] {
  return LOCALES.flatMap((locale) =>
    [`/${locale}`, `/${locale}/topics/health`, `/${locale}/corrections`].flatMap((page) => FILES.map((file) => `${page}/${file}`)),
  );
}

test("every feed answers 200 with its Content-Type and parses, items linking to live pages", async ({ request, baseURL }) => {
  for (const path of feedPaths()) {
    const feed = await fetchFeed(request, path);
    expect(feed.selfUrl, path).toBe(`${baseURL}${path}`);
    expect(feed.items.length, path).toBeGreaterThan(0);
    for (const item of feed.items) {
      expect(item.url.startsWith(`${baseURL}/`), item.url).toBe(true);
      expect(item.id).toMatch(/^tag:127\.0\.0\.1,2026:(entry|correction)\/\d+$/);
    }
    // The permalink works.
    const page = await request.get(feed.items[0].url);
    expect(page.status(), feed.items[0].url).toBe(200);
  }
});

test("a conditional request through real HTTP answers 304 with no body, then 200 for another validator", async ({ request }) => {
  for (const path of ["/en/feed.xml", "/fr/topics/health/atom.xml", "/fr/corrections/feed.json"]) {
    const first = await request.get(path);
    expect(first.status()).toBe(200);
    const etag = first.headers()["etag"];
    const lastModified = first.headers()["last-modified"];
    expect(etag).toBeTruthy();
    expect(lastModified).toBeTruthy();
    expect(first.headers()["cache-control"]).toBe("public, no-cache");

    const byEtag = await request.get(path, { headers: { "If-None-Match": etag } });
    expect(byEtag.status()).toBe(304);
    expect((await byEtag.body()).length).toBe(0);
    expect(byEtag.headers()["etag"]).toBe(etag);

    const byDate = await request.get(path, { headers: { "If-Modified-Since": lastModified } });
    expect(byDate.status()).toBe(304);
    expect((await byDate.body()).length).toBe(0);

    const other = await request.get(path, { headers: { "If-None-Match": '"not-this-one"' } });
    expect(other.status()).toBe(200);
    expect(other.headers()["content-type"]).toBe(FEED_CONTENT_TYPES[feedFormatOf(path)]);
    expect(await other.text()).toBe(await first.text());
  }
});

test("older items are one next link away, and bad parameters get a 400 or a 404, never a 500", async ({ request }) => {
  const first = await fetchFeed(request, "/en/atom.xml?limit=5");
  expect(first.items).toHaveLength(5);
  expect(first.nextUrl).toBeTruthy();
  const older = await fetchFeed(request, first.nextUrl!);
  expect(older.items.length).toBeGreaterThan(0);
  expect(older.items.map((item) => item.id)).not.toContain(first.items[0].id);

  for (const search of ["?before=garbage", "?limit=0", "?limit=100000", "?limit=abc", "?before=a&before=b"]) {
    const response = await request.get(`/en/feed.json${search}`);
    expect(response.status(), search).toBe(400);
    expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  }
  for (const path of ["/de/feed.xml", "/en/topics/no-such-topic/feed.xml", "/fr/topics/health/nope.xml", `/en/topics/${"a".repeat(300)}/atom.xml`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  // (A malformed percent-escape in the path itself, /en/topics/%E0%A4%A/feed.xml, is
  // answered 500 by Next before any route runs, for pages as for feeds.)
  for (const path of ["/en/feed.xml?before=%", "/en/feed.json?limit=%00", "/fr/corrections/atom.xml?before=%F0%9F%A7%AA"]) {
    const status = (await request.get(path)).status();
    expect(status, path).toBeGreaterThanOrEqual(400);
    expect(status, path).toBeLessThan(500);
  }
});

test("an entry published through the editor shows in its topic's feeds and the locale's feed", async ({ browser, request }) => {
  // Two signed-in browser contexts drive the editor: as slow as the workflow tests.
  test.setTimeout(120_000);
  const contributor = await signIn(browser, "contributor");
  const editor = await signIn(browser, "editor");
  const claim = unique("Feed subscribers hear about this health claim");
  await publishedEntry({ author: contributor, approver: editor, publisher: editor }, { claim, verdict: "False", topics: ["Health"] });

  const rss = await findFeedItem(request, "/en/topics/health/feed.xml", (item) => item.title.endsWith(claim));
  expect(rss, "the topic's RSS feed carries the new entry").toBeDefined();
  expect(rss!.title).toBe(`[False] ${claim}`);
  expect(await findFeedItem(request, "/en/topics/health/atom.xml", (item) => item.title.endsWith(claim))).toBeDefined();
  expect(await findFeedItem(request, "/en/topics/health/feed.json", (item) => item.title.endsWith(claim))).toBeDefined();
  expect(await findFeedItem(request, "/en/feed.xml", (item) => item.title.endsWith(claim))).toBeDefined();
  // Another topic's feed does not.
  expect(await findFeedItem(request, "/en/topics/economy/feed.xml", (item) => item.title.endsWith(claim))).toBeUndefined();
  await contributor.context().close();
  await editor.context().close();
});
