import { describe, expect, it } from "vitest";

import { renderAtom } from "./atom";
import {
  attribute,
  child,
  children,
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

function parseAtom(meta: FeedMeta, items: readonly FeedItem[]) {
  const xml = renderAtom(meta, items);
  const feed = child(parseXml(xml, ["entry", "category", "link"]), "feed");
  return { xml, feed, entries: children(feed, "entry") };
}

function links(node: unknown) {
  return children(node, "link").map((link) => ({
    rel: attribute(link, "rel"),
    type: attribute(link, "type"),
    href: attribute(link, "href"),
  }));
}

const atomMeta = (overrides: Partial<FeedMeta> = {}) =>
  sampleMeta({ selfUrl: "https://factdesk.example/fr/atom.xml", ...overrides });

describe("renderAtom", () => {
  it("writes an Atom 1.0 feed in the feed's language", () => {
    const { xml, feed } = parseAtom(atomMeta(), [sampleItem()]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(attribute(feed, "xmlns")).toBe("http://www.w3.org/2005/Atom");
    expect(attribute(feed, "xml:lang")).toBe("fr");
    expect(strictXmlProblems(xml)).toEqual([]);
  });

  it("describes the feed", () => {
    const { feed } = parseAtom(atomMeta(), []);
    expect(text(child(feed, "id"))).toBe("tag:factdesk.example,2024:feed/fr");
    expect(text(child(feed, "title"))).toBe("Factdesk — rumeurs vérifiées");
    expect(attribute(child(feed, "title"), "type")).toBe("text");
    expect(text(child(feed, "subtitle"))).toBe("Les dernières vérifications");
    expect(text(child(feed, "updated"))).toBe("2024-03-05T08:09:10.000Z");
    expect(text(child(feed, "generator"))).toBe("Factdesk");
  });

  it("links to itself and to its page when nothing optional is given", () => {
    const { feed } = parseAtom(atomMeta(), []);
    expect(links(feed)).toEqual([
      { rel: "self", type: "application/atom+xml", href: "https://factdesk.example/fr/atom.xml" },
      { rel: "alternate", type: "text/html", href: "https://factdesk.example/fr" },
    ]);
  });

  it("links to the other formats, the WebSub hub and the archive pages", () => {
    const meta = atomMeta({
      alternateFormats: {
        rss: "https://factdesk.example/fr/feed.xml",
        atom: "https://factdesk.example/fr/atom.xml",
        json: "https://factdesk.example/fr/feed.json",
      },
      hubUrl: "https://hub.example/",
      paging: { nextUrl: "https://factdesk.example/fr/atom.xml?page=2", prevArchiveUrl: "https://factdesk.example/fr/atom.xml?archive=2024-02" },
    });
    const { feed } = parseAtom(meta, []);
    expect(links(feed)).toEqual([
      { rel: "self", type: "application/atom+xml", href: "https://factdesk.example/fr/atom.xml" },
      { rel: "alternate", type: "text/html", href: "https://factdesk.example/fr" },
      { rel: "alternate", type: "application/rss+xml", href: "https://factdesk.example/fr/feed.xml" },
      { rel: "alternate", type: "application/feed+json", href: "https://factdesk.example/fr/feed.json" },
      { rel: "hub", type: undefined, href: "https://hub.example/" },
      { rel: "next", type: undefined, href: "https://factdesk.example/fr/atom.xml?page=2" },
      { rel: "prev-archive", type: undefined, href: "https://factdesk.example/fr/atom.xml?archive=2024-02" },
    ]);
  });

  it("writes each entry with its id, link, dates, author, summary, content and categories", () => {
    const { entries } = parseAtom(atomMeta(), [sampleItem()]);
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(text(child(entry, "id"))).toBe("tag:factdesk.example,2024:entry/42");
    expect(text(child(entry, "title"))).toBe("Non, le vaccin ne contient pas de puce 5G");
    expect(links(entry)).toEqual([
      { rel: "alternate", type: "text/html", href: "https://factdesk.example/fr/rumors/vaccin-5g" },
    ]);
    expect(text(child(entry, "published"))).toBe("2024-03-01T10:00:00.000Z");
    expect(text(child(entry, "updated"))).toBe("2024-03-04T12:30:45.000Z");
    expect(text(child(child(entry, "author"), "name"))).toBe("Camille Martin");
    expect(text(child(entry, "summary"))).toBe("Aucune puce ne peut passer par une aiguille.");
    expect(attribute(child(entry, "summary"), "type")).toBe("text");
    expect(text(child(entry, "content"))).toBe("<p>Explication <strong>détaillée</strong>.</p>");
    expect(attribute(child(entry, "content"), "type")).toBe("html");
    expect(children(entry, "category").map((category) => attribute(category, "term"))).toEqual(["santé", "technologie"]);
  });

  it("marks an entry's language only where it differs from the feed's", () => {
    const { entries } = parseAtom(atomMeta(), [sampleItem(), sampleItem({ language: "en" })]);
    expect(attribute(entries[0], "xml:lang")).toBeUndefined();
    expect(attribute(entries[1], "xml:lang")).toBe("en");
  });

  describe.each(HOSTILE_TEXT)("with hostile text: $label", ({ input, expected }) => {
    it("gives the text back through every field and stays well-formed", () => {
      const meta = atomMeta({ title: input, description: input });
      const item = sampleItem({ title: input, summary: input, authorName: input, tags: [input], contentHtml: `<p>${input}</p>` });
      const { xml, feed, entries } = parseAtom(meta, [item]);
      expect(strictXmlProblems(xml)).toEqual([]);
      expect(text(child(feed, "title"))).toBe(expected);
      expect(text(child(feed, "subtitle"))).toBe(expected);
      const [entry] = entries;
      expect(text(child(entry, "title"))).toBe(expected);
      expect(text(child(entry, "summary"))).toBe(expected);
      expect(text(child(child(entry, "author"), "name"))).toBe(expected);
      expect(text(child(entry, "content"))).toBe(`<p>${expected}</p>`);
      // In an attribute, where a parser would turn raw tabs and line breaks into spaces.
      expect(children(entry, "category").map((category) => attribute(category, "term"))).toEqual([expected]);
    });
  });

  it("carries all hostile text at once through the id too", () => {
    const id = `tag:factdesk.example,2024:${HOSTILE_COMBINED.input}`;
    const { xml, entries } = parseAtom(atomMeta(), [sampleItem({ id, summary: HOSTILE_COMBINED.input })]);
    expect(strictXmlProblems(xml)).toEqual([]);
    expect(text(child(entries[0], "id"))).toBe(`tag:factdesk.example,2024:${HOSTILE_COMBINED.expected}`);
    expect(text(child(entries[0], "summary"))).toBe(HOSTILE_COMBINED.expected);
  });

  it("refuses ids that are not IRIs and links a reader could not follow", () => {
    expect(() => renderAtom(atomMeta({ id: "feed-fr" }), [])).toThrow(FeedInputError);
    expect(() => renderAtom(atomMeta({ selfUrl: "atom.xml" }), [])).toThrow(/meta\.selfUrl/);
    expect(() => renderAtom(atomMeta(), [sampleItem({ dateModified: new Date(Number.NaN) })])).toThrow(/dateModified/);
  });
});
