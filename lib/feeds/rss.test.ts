import { describe, expect, it } from "vitest";

import { renderRss } from "./rss";
import {
  attribute,
  child,
  children,
  decodeHtmlEscapes,
  HOSTILE_COMBINED,
  HOSTILE_TEXT,
  parseXml,
  sampleItem,
  sampleMeta,
  strictXmlProblems,
  text,
} from "./test-support";
import type { FeedItem, FeedMeta } from "./types";
import { FeedInputError } from "./validation";

function parseRss(meta: FeedMeta, items: readonly FeedItem[]) {
  const xml = renderRss(meta, items);
  const rss = child(parseXml(xml, ["item", "category", "atom:link"]), "rss");
  const channel = child(rss, "channel");
  return { xml, rss, channel, items: children(channel, "item") };
}

function atomLinks(channel: unknown) {
  return children(channel, "atom:link").map((link) => ({
    rel: attribute(link, "rel"),
    type: attribute(link, "type"),
    href: attribute(link, "href"),
  }));
}

describe("renderRss", () => {
  it("writes an RSS 2.0 channel with the namespaces it uses", () => {
    const { xml, rss } = parseRss(sampleMeta(), [sampleItem()]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(attribute(rss, "version")).toBe("2.0");
    expect(attribute(rss, "xmlns:atom")).toBe("http://www.w3.org/2005/Atom");
    expect(attribute(rss, "xmlns:content")).toBe("http://purl.org/rss/1.0/modules/content/");
    expect(attribute(rss, "xmlns:dc")).toBe("http://purl.org/dc/elements/1.1/");
    expect(strictXmlProblems(xml)).toEqual([]);
  });

  it("describes the channel", () => {
    const { channel } = parseRss(sampleMeta({ ttlMinutes: 30 }), []);
    expect(text(child(channel, "title"))).toBe("Factdesk — rumeurs vérifiées");
    expect(text(child(channel, "link"))).toBe("https://factdesk.example/fr");
    expect(text(child(channel, "description"))).toBe("Les dernières vérifications");
    expect(text(child(channel, "language"))).toBe("fr");
    expect(text(child(channel, "lastBuildDate"))).toBe("Tue, 05 Mar 2024 08:09:10 GMT");
    expect(text(child(channel, "generator"))).toBe("Factdesk");
    expect(text(child(channel, "ttl"))).toBe("30");
  });

  it("defaults the ttl to 15 minutes", () => {
    const { channel } = parseRss(sampleMeta(), []);
    expect(text(child(channel, "ttl"))).toBe("15");
  });

  it("links to itself only when nothing optional is given", () => {
    const { channel } = parseRss(sampleMeta(), []);
    expect(atomLinks(channel)).toEqual([
      { rel: "self", type: "application/rss+xml", href: "https://factdesk.example/fr/feed.xml" },
    ]);
  });

  it("links to the other formats, the WebSub hub and the archive pages", () => {
    const meta = sampleMeta({
      alternateFormats: {
        rss: "https://factdesk.example/fr/feed.xml",
        atom: "https://factdesk.example/fr/atom.xml",
        json: "https://factdesk.example/fr/feed.json",
      },
      hubUrl: "https://hub.example/",
      paging: { nextUrl: "https://factdesk.example/fr/feed.xml?page=2", prevArchiveUrl: "https://factdesk.example/fr/feed.xml?archive=2024-02" },
    });
    const { channel } = parseRss(meta, []);
    expect(atomLinks(channel)).toEqual([
      { rel: "self", type: "application/rss+xml", href: "https://factdesk.example/fr/feed.xml" },
      { rel: "alternate", type: "application/atom+xml", href: "https://factdesk.example/fr/atom.xml" },
      { rel: "alternate", type: "application/feed+json", href: "https://factdesk.example/fr/feed.json" },
      { rel: "hub", type: undefined, href: "https://hub.example/" },
      { rel: "next", type: undefined, href: "https://factdesk.example/fr/feed.xml?page=2" },
      { rel: "prev-archive", type: undefined, href: "https://factdesk.example/fr/feed.xml?archive=2024-02" },
    ]);
  });

  it("writes each item with its id, dates, author, summary, content and tags", () => {
    const { items } = parseRss(sampleMeta(), [sampleItem()]);
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(text(child(item, "title"))).toBe("Non, le vaccin ne contient pas de puce 5G");
    expect(text(child(item, "link"))).toBe("https://factdesk.example/fr/rumors/vaccin-5g");
    expect(text(child(item, "guid"))).toBe("tag:factdesk.example,2024:entry/42");
    expect(attribute(child(item, "guid"), "isPermaLink")).toBe("false");
    expect(text(child(item, "pubDate"))).toBe("Fri, 01 Mar 2024 10:00:00 GMT");
    expect(text(child(item, "atom:updated"))).toBe("2024-03-04T12:30:45.000Z");
    expect(text(child(item, "dc:creator"))).toBe("Camille Martin");
    expect(text(child(item, "description"))).toBe("Aucune puce ne peut passer par une aiguille.");
    expect(text(child(item, "content:encoded"))).toBe("<p>Explication <strong>détaillée</strong>.</p>");
    expect(children(item, "category").map(text)).toEqual(["santé", "technologie"]);
  });

  it("keeps the items in the order given", () => {
    const ids = ["tag:x.example,2024:1", "tag:x.example,2024:3", "tag:x.example,2024:2"];
    const { items } = parseRss(sampleMeta(), ids.map((id) => sampleItem({ id })));
    expect(items.map((item) => text(child(item, "guid")))).toEqual(ids);
  });

  it("leaves out blank tags", () => {
    const { items } = parseRss(sampleMeta(), [sampleItem({ tags: ["", " ", "\u0000", "ok"] })]);
    expect(children(items[0], "category").map(text)).toEqual(["ok"]);
  });

  describe.each(HOSTILE_TEXT)("with hostile text: $label", ({ input, expected }) => {
    it("gives the text back through every plain-text field and stays well-formed", () => {
      const meta = sampleMeta({ title: input, description: input });
      const { xml, channel, items } = parseRss(meta, [sampleItem({ title: input, authorName: input, tags: [input] })]);
      expect(strictXmlProblems(xml)).toEqual([]);
      expect(text(child(channel, "title"))).toBe(expected);
      expect(text(child(channel, "description"))).toBe(expected);
      expect(text(child(items[0], "title"))).toBe(expected);
      expect(text(child(items[0], "dc:creator"))).toBe(expected);
      expect(children(items[0], "category").map(text)).toEqual([expected]);
    });

    it("gives the summary back as HTML that shows the text, never as markup", () => {
      const { xml, items } = parseRss(sampleMeta(), [sampleItem({ summary: input })]);
      expect(strictXmlProblems(xml)).toEqual([]);
      const html = text(child(items[0], "description"));
      expect(html).not.toMatch(/[<>]/);
      expect(decodeHtmlEscapes(html)).toBe(expected);
    });

    it("gives the HTML content back as it was", () => {
      const { xml, items } = parseRss(sampleMeta(), [sampleItem({ contentHtml: `<p>${input}</p>` })]);
      expect(strictXmlProblems(xml)).toEqual([]);
      expect(text(child(items[0], "content:encoded"))).toBe(`<p>${expected}</p>`);
    });
  });

  it("carries all hostile text at once through the id too", () => {
    const id = `tag:factdesk.example,2024:${HOSTILE_COMBINED.input}`;
    const { xml, items } = parseRss(sampleMeta(), [sampleItem({ id, title: HOSTILE_COMBINED.input })]);
    expect(strictXmlProblems(xml)).toEqual([]);
    expect(text(child(items[0], "guid"))).toBe(`tag:factdesk.example,2024:${HOSTILE_COMBINED.expected}`);
    expect(text(child(items[0], "title"))).toBe(HOSTILE_COMBINED.expected);
  });

  it("refuses links a reader could not follow", () => {
    expect(() => renderRss(sampleMeta({ homePageUrl: "/fr" }), [])).toThrow(FeedInputError);
    expect(() => renderRss(sampleMeta(), [sampleItem({ url: "javascript:alert(1)" })])).toThrow(/items\[0\]\.url/);
    expect(() => renderRss(sampleMeta({ hubUrl: "hub" }), [])).toThrow(/meta\.hubUrl/);
    expect(() => renderRss(sampleMeta(), [sampleItem({ id: "42" })])).toThrow(/items\[0\]\.id/);
    expect(() => renderRss(sampleMeta({ updated: new Date("nope") }), [])).toThrow(/meta\.updated/);
    expect(() => renderRss(sampleMeta({ ttlMinutes: -1 }), [])).toThrow(/ttlMinutes/);
  });
});
