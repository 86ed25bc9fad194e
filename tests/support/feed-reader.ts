/**
 * Reads a served feed the way a subscriber's software would, with parsers that
 * share no code with the writer (lib/feeds):
 * - RSS and Atom through @rowanmanning/feed-parser, a feed reader's parser, for
 *   what it understands (titles, ids, links, dates, categories, authors);
 * - the same XML through fast-xml-parser, for what that parser leaves out (links
 *   by rel, RSS atom:updated, ttl) and for the exact HTML of the content, which
 *   the feed parser decodes a second time as a reader would before display;
 * - JSON Feed through JSON.parse.
 * Used by the integration tests and the Playwright tests alike.
 */
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export type ReadFormat = "rss" | "atom" | "json";

export interface ReadItem {
  id: string;
  url: string;
  title: string;
  /** As plain text. */
  summary: string;
  /** The HTML, exactly as carried (one level of XML escaping undone). */
  contentHtml: string;
  published: Date;
  updated: Date;
  categories: string[];
  authors: string[];
  language?: string;
}

export interface ReadFeed {
  format: ReadFormat;
  /** Atom's feed id (RSS has none). */
  id?: string;
  title: string;
  description?: string;
  homeUrl: string;
  selfUrl: string;
  language: string;
  /** Atom updated, RSS lastBuildDate; JSON Feed has none. */
  updated?: Date;
  ttl?: number;
  hubUrl?: string;
  nextUrl?: string;
  prevArchiveUrl?: string;
  items: ReadItem[];
}

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function node(parent: unknown, name: string): Node {
  if (!isNode(parent) || !isNode(parent[name])) throw new Error(`no <${name}> element`);
  return parent[name];
}

/** A child element, whatever its content (a text-only element is parsed as a string). */
function child(parent: unknown, name: string): unknown {
  if (!isNode(parent) || parent[name] === undefined) throw new Error(`no <${name}> element`);
  return parent[name];
}

function list(parent: unknown, name: string): unknown[] {
  if (!isNode(parent)) return [];
  const value = parent[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function text(value: unknown): string {
  if (typeof value === "string") return value;
  if (isNode(value) && typeof value["#text"] === "string") return value["#text"];
  if (isNode(value) && value["#text"] === undefined) return "";
  throw new Error(`no text in ${JSON.stringify(value)}`);
}

function attr(value: unknown, name: string): string | undefined {
  return isNode(value) && typeof value[`@_${name}`] === "string" ? (value[`@_${name}`] as string) : undefined;
}

/** A well-formedness check, then a tree with every text kept as is. */
export function xmlTree(xml: string): Node {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) throw new Error(`not well-formed XML: ${JSON.stringify(validation.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => ["item", "entry", "category", "link", "atom:link"].includes(name),
  });
  return parser.parse(xml) as Node;
}

function linkByRel(links: unknown[], rel: string): string | undefined {
  return attr(
    links.find((link) => attr(link, "rel") === rel),
    "href",
  );
}

function requireDate(value: Date | null | undefined, what: string): Date {
  if (!value || Number.isNaN(value.getTime())) throw new Error(`no valid date for ${what}`);
  return value;
}

function readXmlFeed(xml: string, format: "rss" | "atom"): ReadFeed {
  const tree = xmlTree(xml);
  const parsed = parseFeed(xml);
  if (parsed.meta.type !== format) throw new Error(`expected ${format}, the parser saw ${parsed.meta.type}`);
  const container = format === "rss" ? node(node(tree, "rss"), "channel") : node(tree, "feed");
  const links = list(container, format === "rss" ? "atom:link" : "link");
  const rawItems = list(container, format === "rss" ? "item" : "entry");
  if (rawItems.length !== parsed.items.length) throw new Error("the two parsers disagree on the number of items");

  const items = parsed.items.map((item, index): ReadItem => {
    const raw = rawItems[index];
    const contentHtml = format === "rss" ? text(child(raw, "content:encoded")) : text(child(raw, "content"));
    const updated = format === "rss" ? new Date(text(child(raw, "atom:updated"))) : item.updated;
    return {
      id: item.id ?? "",
      url: item.url ?? "",
      title: item.title ?? "",
      summary: item.description ?? "",
      contentHtml,
      published: requireDate(item.published, `item ${index} published`),
      updated: requireDate(updated, `item ${index} updated`),
      categories: item.categories.map((category) => category.term),
      authors: item.authors.map((author) => author.name ?? ""),
      language: attr(raw, "xml:lang"),
    };
  });

  return {
    format,
    id: format === "atom" ? text(child(container, "id")) : undefined,
    title: parsed.title ?? "",
    description: parsed.description ?? undefined,
    homeUrl: parsed.url ?? "",
    selfUrl: parsed.self ?? "",
    language: format === "rss" ? (parsed.language ?? "") : (attr(container, "xml:lang") ?? ""),
    updated: parsed.updated ?? undefined,
    ttl: format === "rss" ? Number(text(child(container, "ttl"))) : undefined,
    hubUrl: linkByRel(links, "hub"),
    nextUrl: linkByRel(links, "next"),
    prevArchiveUrl: linkByRel(links, "prev-archive"),
    items,
  };
}

interface JsonFeedDocument {
  version: string;
  title: string;
  description?: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  next_url?: string;
  hubs?: { type: string; url: string }[];
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    date_published: string;
    date_modified: string;
    tags: string[];
    language: string;
    authors: { name: string }[];
  }[];
}

function readJsonFeed(body: string): ReadFeed {
  const feed = JSON.parse(body) as JsonFeedDocument;
  if (feed.version !== "https://jsonfeed.org/version/1.1") throw new Error(`not JSON Feed 1.1: ${feed.version}`);
  return {
    format: "json",
    title: feed.title,
    description: feed.description,
    homeUrl: feed.home_page_url,
    selfUrl: feed.feed_url,
    language: feed.language,
    hubUrl: feed.hubs?.find((hub) => hub.type.toLowerCase() === "websub")?.url,
    nextUrl: feed.next_url,
    items: feed.items.map((item, index) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      contentHtml: item.content_html,
      published: requireDate(new Date(item.date_published), `item ${index} date_published`),
      updated: requireDate(new Date(item.date_modified), `item ${index} date_modified`),
      categories: item.tags,
      authors: item.authors.map((author) => author.name),
      language: item.language,
    })),
  };
}

export function readFeed(body: string, format: ReadFormat): ReadFeed {
  return format === "json" ? readJsonFeed(body) : readXmlFeed(body, format);
}

/** The feed parser's own reading of an RSS or Atom document, for tests that want it untouched. */
export { parseFeed };
