import { afterEach, describe, expect, it } from "vitest";

import {
  autodiscoveryTypes,
  correctionFeedId,
  entryFeedId,
  entryUrl,
  feedAutodiscoveryLinks,
  feedId,
  feedPath,
  feedUrl,
  siteUrl,
} from "./urls";

const original = process.env.SITE_URL;
afterEach(() => {
  if (original === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = original;
});

describe("site feed URLs", () => {
  it("build absolute URLs from SITE_URL, without a doubled slash", () => {
    process.env.SITE_URL = "https://news.example/";
    expect(siteUrl()).toBe("https://news.example");
    expect(feedUrl("fr", { kind: "latest" }, "rss")).toBe("https://news.example/fr/feed.xml");
    expect(entryUrl("en", "a-claim")).toBe("https://news.example/en/rumors/a-claim");
    delete process.env.SITE_URL;
    expect(siteUrl()).toBe("http://localhost:3000");
  });

  it("put every feed where PRODUCT.md says", () => {
    expect(feedPath("fr", { kind: "latest" }, "rss")).toBe("/fr/feed.xml");
    expect(feedPath("fr", { kind: "latest" }, "atom")).toBe("/fr/atom.xml");
    expect(feedPath("fr", { kind: "latest" }, "json")).toBe("/fr/feed.json");
    expect(feedPath("en", { kind: "topic", slug: "health" }, "atom")).toBe("/en/topics/health/atom.xml");
    expect(feedPath("en", { kind: "corrections" }, "json")).toBe("/en/corrections/feed.json");
  });

  it("identify feeds, entries and corrections with tag: URIs on the SITE_URL host, port left out", () => {
    process.env.SITE_URL = "http://localhost:3000";
    expect(entryFeedId(42)).toBe("tag:localhost,2026:entry/42");
    expect(correctionFeedId(7)).toBe("tag:localhost,2026:correction/7");
    expect(feedId("fr", { kind: "topic", slug: "health" })).toBe("tag:localhost,2026:feed/fr/topics/health");
    expect(feedId("en", { kind: "latest" })).toBe("tag:localhost,2026:feed/en");
    // Ids do not depend on the scheme or the path prefix, which a move to HTTPS changes.
    process.env.SITE_URL = "https://localhost/factdesk";
    expect(entryFeedId(42)).toBe("tag:localhost,2026:entry/42");
  });

  it("give pages their autodiscovery links, one per format, titled in the page's language", () => {
    expect(feedAutodiscoveryLinks("fr", { kind: "corrections" })).toEqual([
      { type: "application/rss+xml", href: "/fr/corrections/feed.xml", title: "RSS" },
      { type: "application/atom+xml", href: "/fr/corrections/atom.xml", title: "Atom" },
      { type: "application/feed+json", href: "/fr/corrections/feed.json", title: "JSON Feed" },
    ]);
    expect(autodiscoveryTypes("en", { kind: "topic", slug: "health" }, "Factdesk — fact-checks on Health")).toEqual({
      "application/rss+xml": [{ url: "/en/topics/health/feed.xml", title: "Factdesk — fact-checks on Health (RSS)" }],
      "application/atom+xml": [{ url: "/en/topics/health/atom.xml", title: "Factdesk — fact-checks on Health (Atom)" }],
      "application/feed+json": [{ url: "/en/topics/health/feed.json", title: "Factdesk — fact-checks on Health (JSON Feed)" }],
    });
  });
});
