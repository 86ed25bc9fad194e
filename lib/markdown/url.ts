/**
 * URL allow-listing for anything a reader can click or a browser will fetch.
 *
 * We classify on a *canonical* form that is deliberately more aggressive than a
 * browser's own parsing (entities and percent-escapes decoded repeatedly, every
 * control, whitespace and invisible character removed, lower-cased): a URL that
 * merely *could* be read as `javascript:` by some parser is refused. The URL that is
 * finally emitted is never this canonical form, only the original, escaped.
 */

export type UrlKind = "relative" | "http" | "mailto" | "other";

const SAFE_LINK_SCHEMES = new Set(["http", "https", "mailto"]);
const SAFE_IMAGE_SCHEMES = new Set(["http", "https"]);

// C0/C1 controls, all Unicode spaces, soft hyphen, zero-width and bidi marks, BOM:
// characters that browsers strip, ignore, or that hide a scheme from a human reviewer.
const INVISIBLE_RE =
  /[\u0000-\u0020\u007f-\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8]/g;

// Numeric references are decoded with or without the final ';', as HTML parsers do.
const NUMERIC_ENTITY_RE = /&#(?:x([0-9a-f]+)|([0-9]+));?/gi;

// Named references that can spell or hide a scheme separator.
const NAMED_ENTITIES: Record<string, string> = {
  colon: ":",
  tab: "\t",
  newline: "\n",
  nbsp: "\u00a0",
  sol: "/",
  amp: "&",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
  percnt: "%",
  num: "#",
  quest: "?",
  period: ".",
  plus: "+",
  lpar: "(",
  rpar: ")",
};
const NAMED_ENTITY_RE = /&([a-z]+);?/gi;

const PERCENT_RE = /%([0-9a-f]{2})/gi;

function decodeCodePoint(hex: string | undefined, dec: string | undefined): string {
  const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec ?? "", 10);
  if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) return "";
  return String.fromCodePoint(code);
}

function decodeOnce(value: string): string {
  return value
    .replace(NUMERIC_ENTITY_RE, (_m, hex: string | undefined, dec: string | undefined) =>
      decodeCodePoint(hex, dec),
    )
    .replace(NAMED_ENTITY_RE, (m, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? m)
    .replace(PERCENT_RE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The string on which a scheme decision is taken (see the file comment). */
export function canonicalizeUrlForCheck(url: string): string {
  let current = url;
  // Bounded: each pass only shrinks or keeps the string; 8 layers of encoding is plenty.
  for (let pass = 0; pass < 8; pass++) {
    const next = decodeOnce(current);
    if (next === current) break;
    current = next;
  }
  return current.replace(INVISIBLE_RE, "").toLowerCase();
}

/** Scheme of a URL, or "relative" when it has none (path, query, fragment, `//host`). */
function schemeOf(url: string): string | "relative" {
  const canonical = canonicalizeUrlForCheck(url);
  const colon = canonical.indexOf(":");
  if (colon === -1) return "relative";
  const firstDelimiter = canonical.search(/[/?#\\]/);
  // A ':' after the path/query/fragment starts is data, not a scheme separator.
  if (firstDelimiter !== -1 && firstDelimiter < colon) return "relative";
  return canonical.slice(0, colon);
}

export function classifyUrl(url: string): UrlKind {
  const scheme = schemeOf(url);
  if (scheme === "relative") return "relative";
  if (scheme === "http" || scheme === "https") return "http";
  if (scheme === "mailto") return "mailto";
  return "other";
}

/** May this URL be the `href` of a link? http(s), mailto and relative/fragment only. */
export function isSafeLinkUrl(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme === "relative" || SAFE_LINK_SCHEMES.has(scheme);
}

/** May this URL be the `src` of an image? Explicit http(s) only (no data:, no relative). */
export function isSafeImageUrl(url: string): boolean {
  return SAFE_IMAGE_SCHEMES.has(schemeOf(url));
}

/** Does the link leave the site (absolute http(s) or protocol-relative)? */
export function isExternalUrl(url: string): boolean {
  const scheme = schemeOf(url);
  if (scheme === "http" || scheme === "https") return true;
  if (scheme !== "relative") return false;
  const canonical = canonicalizeUrlForCheck(url);
  // Browsers read `\` as `/` in special URLs, so `/\host` is protocol-relative too.
  return /^[/\\]{2}/.test(canonical);
}
