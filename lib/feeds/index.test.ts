import { describe, expect, it } from "vitest";

import { FEED_CONTENT_TYPES, feedResponse, renderAtom, renderJsonFeed, renderRss } from "./index";
import { attribute, child, children, parseXml, sampleItem, sampleMeta, text } from "./test-support";

const items = [
  sampleItem({ id: "tag:factdesk.example,2024:entry/2", title: "Deux", tags: ["a"] }),
  sampleItem({ id: "tag:factdesk.example,2024:entry/1", title: "Un", tags: [] }),
];

describe("the three formats of one feed", () => {
  it("carry the same items, ids and titles in the same order", () => {
    const rss = child(child(parseXml(renderRss(sampleMeta(), items), ["item"]), "rss"), "channel");
    const atom = child(parseXml(renderAtom(sampleMeta(), items), ["entry"]), "feed");
    const json: unknown = JSON.parse(renderJsonFeed(sampleMeta(), items));
    const jsonItems = (json as { items: Array<{ id: string; title: string }> }).items;

    const expected = items.map((item) => ({ id: item.id, title: item.title }));
    expect(children(rss, "item").map((item) => ({ id: text(child(item, "guid")), title: text(child(item, "title")) }))).toEqual(expected);
    expect(children(atom, "entry").map((entry) => ({ id: text(child(entry, "id")), title: text(child(entry, "title")) }))).toEqual(expected);
    expect(jsonItems.map(({ id, title }) => ({ id, title }))).toEqual(expected);
  });

  it("render an empty feed", () => {
    expect(children(child(child(parseXml(renderRss(sampleMeta(), []), ["item"]), "rss"), "channel"), "item")).toEqual([]);
    expect(attribute(child(parseXml(renderAtom(sampleMeta(), []), ["entry"]), "feed"), "xml:lang")).toBe("fr");
    expect(JSON.parse(renderJsonFeed(sampleMeta(), []))).toMatchObject({ items: [] });
  });

  it("serve a rendered feed and revalidate it", () => {
    const body = renderAtom(sampleMeta(), items);
    const request = new Request("https://factdesk.example/fr/atom.xml");
    const first = feedResponse(body, { contentType: FEED_CONTENT_TYPES.atom, lastModified: sampleMeta().updated, request });
    const etag = first.headers.get("ETag") ?? "";
    const again = new Request("https://factdesk.example/fr/atom.xml", { headers: { "If-None-Match": etag } });
    expect(feedResponse(body, { contentType: FEED_CONTENT_TYPES.atom, lastModified: sampleMeta().updated, request: again }).status).toBe(304);
    const changed = renderAtom(sampleMeta(), [sampleItem({ title: "Corrigé" }), ...items]);
    expect(feedResponse(changed, { contentType: FEED_CONTENT_TYPES.atom, lastModified: sampleMeta().updated, request: again }).status).toBe(200);
  });
});
