/**
 * XML 1.0 serialisation for the feeds. Every string that reaches an RSS or Atom
 * document goes through here, so stored text can only ever become character data,
 * never markup. CDATA is never used: escaping has no "]]>" loophole.
 */

// XML 1.0 §2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// With the `u` flag a surrogate pair (emoji) is one astral code point and is kept,
// while a lone surrogate is a code point in D800–DFFF and is removed.
const FORBIDDEN_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Drops the characters no XML 1.0 document may contain; everything else is kept as is. */
export function removeForbiddenXmlChars(value: string): string {
  return value.replace(FORBIDDEN_XML_CHARS, "");
}

const MARKUP_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

// A parser turns a literal CR into LF (§2.11), and inside an attribute it also turns
// tab, LF and CR into spaces (§3.3.3); character references survive both.
const TEXT_ESCAPES: Readonly<Record<string, string>> = { ...MARKUP_ESCAPES, "\r": "&#13;" };
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = { ...TEXT_ESCAPES, "\t": "&#9;", "\n": "&#10;" };

const MARKUP_CHARS = /[&<>"']/g;
const TEXT_CHARS = /[&<>"'\r]/g;
const ATTRIBUTE_CHARS = /[&<>"'\r\t\n]/g;

/** Character data for element content; a parser reads back exactly `removeForbiddenXmlChars(value)`. */
export function escapeXmlText(value: string): string {
  return removeForbiddenXmlChars(value).replace(TEXT_CHARS, (char) => TEXT_ESCAPES[char]);
}

/** An attribute value (to go between double quotes); a parser reads back exactly `removeForbiddenXmlChars(value)`. */
export function escapeXmlAttribute(value: string): string {
  return removeForbiddenXmlChars(value).replace(ATTRIBUTE_CHARS, (char) => ATTRIBUTE_ESCAPES[char]);
}

/**
 * Plain text as HTML, for the places where a feed reader renders the value as HTML
 * (RSS <description>). Without this, a summary reading "<script>" would become markup
 * once the reader has undone the XML escaping.
 */
export function plainTextToHtml(value: string): string {
  return value.replace(MARKUP_CHARS, (char) => MARKUP_ESCAPES[char]);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** Attribute values are escaped; undefined ones are left out. Names are the caller's constants. */
export type XmlAttributes = Readonly<Record<string, string | undefined>>;

/** Child markup; false and undefined let callers write optional children inline. */
export type XmlChild = string | false | undefined;

function openingTag(name: string, attributes: XmlAttributes): string {
  const rendered = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([attribute, value]) => ` ${attribute}="${escapeXmlAttribute(value)}"`)
    .join("");
  return `<${name}${rendered}`;
}

/** `<name …>text</name>`, the text escaped. */
export function textElement(name: string, text: string, attributes: XmlAttributes = {}): string {
  return `${openingTag(name, attributes)}>${escapeXmlText(text)}</${name}>`;
}

/** `<name …/>` */
export function emptyElement(name: string, attributes: XmlAttributes): string {
  return `${openingTag(name, attributes)}/>`;
}

/** `<name …>` then each child on its own line, then `</name>`. Children must already be markup. */
export function parentElement(name: string, attributes: XmlAttributes, children: readonly XmlChild[]): string {
  const lines = children.filter((child): child is string => typeof child === "string" && child !== "");
  return [`${openingTag(name, attributes)}>`, ...lines, `</${name}>`].join("\n");
}
