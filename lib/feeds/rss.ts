import { feedTags } from "./content";
import { toRfc3339, toRfc822 } from "./dates";
import { alternateFeedLinks, FEED_GENERATOR, FEED_MEDIA_TYPES, feedTtlMinutes } from "./formats";
import type { FeedItem, FeedMeta } from "./types";
import { assertValidFeed } from "./validation";
import { emptyElement, parentElement, plainTextToHtml, textElement, XML_DECLARATION } from "./xml";

const NAMESPACES = {
  "xmlns:atom": "http://www.w3.org/2005/Atom",
  "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
  "xmlns:dc": "http://purl.org/dc/elements/1.1/",
};

function atomLink(rel: string, href: string | undefined, type?: string): string | undefined {
  return href === undefined ? undefined : emptyElement("atom:link", { rel, type, href });
}

function renderItem(item: FeedItem): string {
  return parentElement("item", {}, [
    textElement("title", item.title),
    textElement("link", item.url),
    textElement("guid", item.id, { isPermaLink: "false" }),
    textElement("pubDate", toRfc822(item.datePublished)),
    textElement("atom:updated", toRfc3339(item.dateModified)),
    textElement("dc:creator", item.authorName),
    // Readers render <description> as HTML, so the plain-text summary is made HTML first.
    textElement("description", plainTextToHtml(item.summary)),
    textElement("content:encoded", item.contentHtml),
    ...feedTags(item.tags).map((tag) => textElement("category", tag)),
  ]);
}

/** RSS 2.0, with Atom links for self, alternates, WebSub and RFC 5005 paging. */
export function renderRss(meta: FeedMeta, items: readonly FeedItem[]): string {
  assertValidFeed(meta, items);
  const channel = parentElement("channel", {}, [
    textElement("title", meta.title),
    textElement("link", meta.homePageUrl),
    textElement("description", meta.description),
    textElement("language", meta.language),
    textElement("lastBuildDate", toRfc822(meta.updated)),
    textElement("generator", FEED_GENERATOR),
    textElement("ttl", String(feedTtlMinutes(meta))),
    atomLink("self", meta.selfUrl, FEED_MEDIA_TYPES.rss),
    ...alternateFeedLinks(meta, "rss").map((link) => atomLink("alternate", link.href, link.mediaType)),
    atomLink("hub", meta.hubUrl),
    atomLink("next", meta.paging?.nextUrl),
    atomLink("prev-archive", meta.paging?.prevArchiveUrl),
    ...items.map(renderItem),
  ]);
  return `${XML_DECLARATION}\n${parentElement("rss", { version: "2.0", ...NAMESPACES }, [channel])}\n`;
}
