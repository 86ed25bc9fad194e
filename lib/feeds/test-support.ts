/**
 * Fixtures and an independent XML reading for the feed tests. Nothing here is
 * imported by the library itself.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

import type { FeedItem, FeedMeta } from "./types";

export function sampleMeta(overrides: Partial<FeedMeta> = {}): FeedMeta {
  return {
    id: "tag:factdesk.example,2024:feed/fr",
    title: "Factdesk — rumeurs vérifiées",
    description: "Les dernières vérifications",
    language: "fr",
    homePageUrl: "https://factdesk.example/fr",
    selfUrl: "https://factdesk.example/fr/feed.xml",
    updated: new Date("2024-03-05T08:09:10.000Z"),
    ...overrides,
  };
}

export function sampleItem(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    id: "tag:factdesk.example,2024:entry/42",
    url: "https://factdesk.example/fr/rumors/vaccin-5g",
    title: "Non, le vaccin ne contient pas de puce 5G",
    summary: "Aucune puce ne peut passer par une aiguille.",
    contentHtml: "<p>Explication <strong>détaillée</strong>.</p>",
    datePublished: new Date("2024-03-01T10:00:00.000Z"),
    dateModified: new Date("2024-03-04T12:30:45.000Z"),
    tags: ["santé", "technologie"],
    authorName: "Camille Martin",
    language: "fr",
    ...overrides,
  };
}

/** Every piece of text a hostile or careless author could store, and what a reader must see of it. */
export const HOSTILE_TEXT: ReadonlyArray<{ label: string; input: string; expected: string }> = [
  { label: "script tag", input: "<script>alert(1)</script>", expected: "<script>alert(1)</script>" },
  { label: "markup punctuation", input: `& " ' < >`, expected: `& " ' < >` },
  { label: "entity-looking text", input: "&amp; &lt;b&gt; &#60;", expected: "&amp; &lt;b&gt; &#60;" },
  { label: "CDATA terminator", input: "a ]]> b <![CDATA[ c", expected: "a ]]> b <![CDATA[ c" },
  { label: "C0 controls", input: "a\u0000b\u0008c\u001Fd", expected: "abcd" },
  { label: "non-characters", input: "x\uFFFEy\uFFFFz", expected: "xyz" },
  { label: "lone surrogates", input: "p\uD800q\uDC00r", expected: "pqr" },
  { label: "emoji", input: "🧪👍🏽 test", expected: "🧪👍🏽 test" },
  { label: "Arabic", input: "هذه شائعة كاذبة", expected: "هذه شائعة كاذبة" },
  { label: "Hebrew", input: "זו שמועה כוזבת", expected: "זו שמועה כוזבת" },
  { label: "line breaks and tabs", input: "one\r\ntwo\tthree\rfour\n", expected: "one\r\ntwo\tthree\rfour\n" },
  { label: "surrounding spaces", input: "  padded  ", expected: "  padded  " },
];

/** All of HOSTILE_TEXT in one string, for tests that want one item to carry everything. */
export const HOSTILE_COMBINED = {
  input: HOSTILE_TEXT.map((sample) => sample.input).join(" | "),
  expected: HOSTILE_TEXT.map((sample) => sample.expected).join(" | "),
};

export type XmlNode = Readonly<Record<string, unknown>>;

function isNode(value: unknown): value is XmlNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Validates then parses with fast-xml-parser. Elements named in `repeatable` are
 * always arrays, so the shape does not depend on how many there are.
 */
export function parseXml(xml: string, repeatable: readonly string[]): XmlNode {
  const validation = XMLValidator.validate(xml);
  if (validation !== true) throw new Error(`not well-formed: ${JSON.stringify(validation.err)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    // Decodes numeric character references (&#13;), which the default does not.
    htmlEntities: true,
    isArray: (name) => repeatable.includes(name),
  });
  const parsed: unknown = parser.parse(xml);
  if (!isNode(parsed)) throw new Error("parser returned no document");
  return parsed;
}

/** The single child element `name`, which must exist. */
export function child(node: unknown, name: string): unknown {
  if (!isNode(node) || !(name in node)) throw new Error(`no <${name}> in ${JSON.stringify(node)}`);
  return node[name];
}

/** The repeated child elements `name` (none gives []). */
export function children(node: unknown, name: string): unknown[] {
  if (!isNode(node)) throw new Error(`not an element: ${JSON.stringify(node)}`);
  const value = node[name];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`<${name}> is not declared repeatable`);
  return value;
}

/** The character data of an element. */
export function text(node: unknown): string {
  if (typeof node === "string") return node;
  if (isNode(node)) {
    const value = node["#text"];
    if (value === undefined) return "";
    if (typeof value === "string") return value;
  }
  throw new Error(`no text in ${JSON.stringify(node)}`);
}

export function attribute(node: unknown, name: string): string | undefined {
  if (!isNode(node)) return undefined;
  const value = node[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}

/** The five predefined entities, undone once: what an HTML renderer would show for escaped HTML. */
export function decodeHtmlEscapes(html: string): string {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'" };
  return html.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, name: string) => entities[name]);
}

/**
 * Checks fast-xml-parser's validator is too lenient to catch: characters XML 1.0
 * forbids, "]]>" in content, and entity references XML does not predefine.
 * Returns the problems found; an empty list means the document passes.
 */
export function strictXmlProblems(xml: string): string[] {
  const problems: string[] = [];
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(xml)) problems.push("forbidden character");
  if (xml.includes("]]>")) problems.push('literal "]]>"');
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9A-Fa-f]+);)/.test(xml)) problems.push("undeclared entity or bare &");
  if (/<script/i.test(xml)) problems.push("raw <script");
  return problems;
}
