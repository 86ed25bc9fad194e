/**
 * Markdown → HTML for entry bodies, and Markdown → plain text for feeds and search.
 *
 * Stored text must never execute (PRODUCT.md), so safety does not rest on one
 * switch: raw HTML is escaped by markdown-it (`html: false`), and every link and
 * image that survives parsing is re-checked against an allow-list in a core rule
 * before rendering (see ./url.ts).
 */
import MarkdownIt, { type MarkdownIt as Parser, type StateCore, type Token } from "markdown-it";
import { isExternalUrl, isSafeImageUrl, isSafeLinkUrl } from "./url";

const EXTERNAL_REL = "nofollow noopener noreferrer";

/** The page title is the entry's <h1>; body headings start one level below. */
function shiftHeadingTag(tag: string): string {
  const level = Number(tag.slice(1));
  return Number.isInteger(level) && level >= 1 ? `h${Math.min(level + 1, 6)}` : tag;
}

/** Visible text of inline tokens: what a reader would read, without markup. */
function inlineText(tokens: readonly Token[] | null): string {
  if (!tokens) return "";
  let out = "";
  for (const token of tokens) {
    switch (token.type) {
      case "text":
      case "text_special":
      case "code_inline":
        out += token.content;
        break;
      case "softbreak":
        out += " ";
        break;
      case "hardbreak":
        out += "\n";
        break;
      case "image":
        out += inlineText(token.children);
        break;
      default:
        break;
    }
  }
  return out;
}

/**
 * Drops links whose target is not allow-listed (keeping their text), turns unsafe
 * images into their alt text and marks external links. Runs after linkify, so
 * auto-detected links go through the same check as written ones.
 */
function sanitizeInline(children: Token[], state: StateCore): Token[] {
  const kept: Token[] = [];
  // One entry per open link: was its opening tag kept? (links do not nest in
  // CommonMark, but a stack costs nothing and stays correct if that changes)
  const openLinks: boolean[] = [];
  for (const token of children) {
    if (token.type === "link_open") {
      const href = String(token.attrGet("href") ?? "");
      const safe = isSafeLinkUrl(href);
      openLinks.push(safe);
      if (!safe) continue;
      if (isExternalUrl(href)) token.attrSet("rel", EXTERNAL_REL);
      kept.push(token);
    } else if (token.type === "link_close") {
      if (openLinks.pop() === true) kept.push(token);
    } else if (token.type === "image") {
      const src = String(token.attrGet("src") ?? "");
      if (isSafeImageUrl(src)) {
        kept.push(token);
      } else {
        const alt = new state.Token("text", "", 0);
        alt.content = inlineText(token.children);
        kept.push(alt);
      }
    } else {
      kept.push(token);
    }
  }
  return kept;
}

function sanitizeRule(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type === "heading_open" || token.type === "heading_close") {
      token.tag = shiftHeadingTag(token.tag);
    } else if (token.type === "inline" && token.children) {
      token.children = sanitizeInline(token.children, state);
    }
  }
}

function createParser(): Parser {
  const md = new MarkdownIt("default", {
    html: false,
    linkify: true,
    typographer: false,
  });
  // markdown-it's own validator refuses bad schemes by leaving the raw Markdown
  // (`[text](javascript:…)`) in the output. We accept everything at parse time and
  // decide in `sanitizeRule`, so a refused link renders as its text only.
  md.validateLink = () => true;
  // Only scheme-prefixed URLs (and e-mail addresses) are auto-linked: linkify-it's
  // fuzzy mode stays off, so a debunked site named in the text ("seen on
  // fake-news.example") does not become a link the newsroom vouches for.
  md.linkify.set({ fuzzyLink: false });
  md.core.ruler.push("factdesk_sanitize", sanitizeRule);
  return md;
}

const md = createParser();

/** Safe HTML for an entry body. Output never contains <h1>, raw HTML, or unsafe URLs. */
export function renderMarkdown(source: string): string {
  return md.render(source);
}

/**
 * The reader-visible text of a Markdown document, one block per line, for feed
 * summaries and search snippets. Not HTML-escaped: escape it where it is output.
 */
export function markdownToPlainText(source: string): string {
  const blocks: string[] = [];
  let tableRow: string[] | null = null;
  for (const token of md.parse(source, {})) {
    switch (token.type) {
      case "tr_open":
        tableRow = [];
        break;
      case "tr_close":
        if (tableRow) blocks.push(tableRow.filter((cell) => cell !== "").join(" "));
        tableRow = null;
        break;
      case "inline": {
        const text = inlineText(token.children).trim();
        if (tableRow) tableRow.push(text);
        else if (text !== "") blocks.push(text);
        break;
      }
      case "fence":
      case "code_block": {
        const code = token.content.replace(/\n+$/, "");
        if (code.trim() !== "") blocks.push(code);
        break;
      }
      default:
        break;
    }
  }
  return blocks.join("\n").trim();
}
