import { feedTags } from "./content";
import { toRfc3339 } from "./dates";
import { alternateFeedLinks, FEED_GENERATOR, FEED_MEDIA_TYPES } from "./formats";
import type { FeedItem, FeedMeta } from "./types";
import { assertValidFeed } from "./validation";
import { emptyElement, parentElement, textElement, XML_DECLARATION } from "./xml";

const ATOM_NAMESPACE = "http://www.w3.org/2005/Atom";

function link(rel: string, href: string | undefined, type?: string): string | undefined {
  return href === undefined ? undefined : emptyElement("link", { rel, type, href });
}

function renderEntry(item: FeedItem, feedLanguage: string): string {
  return parentElement("entry", { "xml:lang": item.language === feedLanguage ? undefined : item.language }, [
    textElement("id", item.id),
    textElement("title", item.title, { type: "text" }),
    link("alternate", item.url, "text/html"),
    textElement("published", toRfc3339(item.datePublished)),
    textElement("updated", toRfc3339(item.dateModified)),
    parentElement("author", {}, [textElement("name", item.authorName)]),
    textElement("summary", item.summary, { type: "text" }),
    textElement("content", item.contentHtml, { type: "html" }),
    ...feedTags(item.tags).map((tag) => emptyElement("category", { term: tag })),
  ]);
}

/** Atom 1.0 (RFC 4287), with WebSub and RFC 5005 paging links. */
export function renderAtom(meta: FeedMeta, items: readonly FeedItem[]): string {
  assertValidFeed(meta, items);
  const feed = parentElement("feed", { xmlns: ATOM_NAMESPACE, "xml:lang": meta.language }, [
    textElement("id", meta.id),
    textElement("title", meta.title, { type: "text" }),
    textElement("subtitle", meta.description, { type: "text" }),
    textElement("updated", toRfc3339(meta.updated)),
    textElement("generator", FEED_GENERATOR),
    link("self", meta.selfUrl, FEED_MEDIA_TYPES.atom),
    link("alternate", meta.homePageUrl, "text/html"),
    ...alternateFeedLinks(meta, "atom").map((alternate) => link("alternate", alternate.href, alternate.mediaType)),
    link("hub", meta.hubUrl),
    link("next", meta.paging?.nextUrl),
    link("prev-archive", meta.paging?.prevArchiveUrl),
    ...items.map((item) => renderEntry(item, meta.language)),
  ]);
  return `${XML_DECLARATION}\n${feed}\n`;
}
