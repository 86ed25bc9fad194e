import { describe, expect, it } from "vitest";

import { buildJsonFeed, renderJsonFeed } from "./json";
import { HOSTILE_COMBINED, HOSTILE_TEXT, sampleItem, sampleMeta } from "./test-support";
import type { FeedItem, FeedMeta } from "./types";
import { FeedInputError } from "./validation";

const jsonMeta = (overrides: Partial<FeedMeta> = {}) =>
  sampleMeta({ selfUrl: "https://factdesk.example/fr/feed.json", ...overrides });

/** Parsed with JSON.parse, and checked to be an object, as a reader would receive it. */
function parseJsonFeed(meta: FeedMeta, items: readonly FeedItem[]): Record<string, unknown> {
  const body = renderJsonFeed(meta, items);
  const parsed: unknown = JSON.parse(body);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("not an object");
  return parsed as Record<string, unknown>;
}

function firstItem(feed: Record<string, unknown>): Record<string, unknown> {
  const items = feed.items;
  if (!Array.isArray(items) || items.length === 0) throw new Error("no items");
  return items[0] as Record<string, unknown>;
}

describe("renderJsonFeed", () => {
  it("writes a JSON Feed 1.1 document", () => {
    const feed = parseJsonFeed(jsonMeta(), [sampleItem()]);
    expect(feed).toEqual({
      version: "https://jsonfeed.org/version/1.1",
      title: "Factdesk — rumeurs vérifiées",
      home_page_url: "https://factdesk.example/fr",
      feed_url: "https://factdesk.example/fr/feed.json",
      description: "Les dernières vérifications",
      language: "fr",
      items: [
        {
          id: "tag:factdesk.example,2024:entry/42",
          url: "https://factdesk.example/fr/rumors/vaccin-5g",
          title: "Non, le vaccin ne contient pas de puce 5G",
          content_html: "<p>Explication <strong>détaillée</strong>.</p>",
          summary: "Aucune puce ne peut passer par une aiguille.",
          date_published: "2024-03-01T10:00:00.000Z",
          date_modified: "2024-03-04T12:30:45.000Z",
          tags: ["santé", "technologie"],
          language: "fr",
          authors: [{ name: "Camille Martin" }],
        },
      ],
    });
  });

  it("gives next_url and the WebSub hub when there are some", () => {
    const feed = parseJsonFeed(
      jsonMeta({
        hubUrl: "https://hub.example/",
        paging: { nextUrl: "https://factdesk.example/fr/feed.json?page=2", prevArchiveUrl: "https://factdesk.example/fr/feed.json?archive=1" },
      }),
      [],
    );
    expect(feed.next_url).toBe("https://factdesk.example/fr/feed.json?page=2");
    expect(feed.hubs).toEqual([{ type: "WebSub", url: "https://hub.example/" }]);
    expect(feed.items).toEqual([]);
  });

  it("leaves next_url and hubs out when there are none", () => {
    const feed = parseJsonFeed(jsonMeta(), []);
    expect("next_url" in feed).toBe(false);
    expect("hubs" in feed).toBe(false);
  });

  it("builds the same document as an object", () => {
    const items = [sampleItem()];
    expect(buildJsonFeed(jsonMeta(), items)).toEqual(JSON.parse(renderJsonFeed(jsonMeta(), items)));
  });

  describe.each(HOSTILE_TEXT)("with hostile text: $label", ({ input, expected }) => {
    it("gives the text back through every field", () => {
      const meta = jsonMeta({ title: input, description: input });
      const item = sampleItem({ title: input, summary: input, authorName: input, tags: [input], contentHtml: `<p>${input}</p>` });
      const body = renderJsonFeed(meta, [item]);
      expect(body).not.toMatch(/<script/i);
      const feed = parseJsonFeed(meta, [item]);
      expect(feed.title).toBe(expected);
      expect(feed.description).toBe(expected);
      const parsedItem = firstItem(feed);
      expect(parsedItem.title).toBe(expected);
      expect(parsedItem.summary).toBe(expected);
      expect(parsedItem.content_html).toBe(`<p>${expected}</p>`);
      expect(parsedItem.tags).toEqual([expected]);
      expect(parsedItem.authors).toEqual([{ name: expected }]);
    });
  });

  it("carries all hostile text at once through the id too", () => {
    const id = `tag:factdesk.example,2024:${HOSTILE_COMBINED.input}`;
    const feed = parseJsonFeed(jsonMeta(), [sampleItem({ id })]);
    expect(firstItem(feed).id).toBe(`tag:factdesk.example,2024:${HOSTILE_COMBINED.expected}`);
  });

  it("is valid UTF-8 once encoded: no lone surrogate survives", () => {
    const body = renderJsonFeed(jsonMeta(), [sampleItem({ title: "a\uD800b", summary: "c\uDFFFd" })]);
    const roundTripped = new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(body));
    expect(roundTripped).toBe(body);
    expect(body).not.toMatch(/\\ud[89a-f][0-9a-f]{2}/i);
  });

  it("refuses links a reader could not follow", () => {
    expect(() => renderJsonFeed(jsonMeta({ selfUrl: "feed.json" }), [])).toThrow(FeedInputError);
    expect(() => renderJsonFeed(jsonMeta({ paging: { nextUrl: "?page=2" } }), [])).toThrow(/meta\.paging\.nextUrl/);
  });
});
