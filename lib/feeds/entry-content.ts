/**
 * The HTML a feed item carries for an entry or a correction: what a subscriber
 * reads without visiting the site. Built only from escaped text and the safe
 * Markdown renderer, with every link made absolute.
 */
import type { Locale } from "@/db/schema";
import type { PublicCorrection, PublicEntry } from "@/lib/entries/public-queries";
import { t, verdictLabel } from "@/lib/i18n/dictionaries";
import { formatDate } from "@/lib/i18n/format";
import { interpolate } from "@/lib/i18n/interpolate";
import { renderMarkdown } from "@/lib/markdown/render";
import { isSafeLinkUrl } from "@/lib/markdown/url";
import { plainTextToHtml } from "./xml";

const SOURCE_REL = "nofollow noopener noreferrer";

const ATTRIBUTE_DECODES: Readonly<Record<string, string>> = { "&amp;": "&", "&quot;": '"', "&lt;": "<", "&gt;": ">" };

// markdown-it writes every attribute between double quotes with `"` escaped, and
// escapes `"` in text too: ` href="` can only be the start of an attribute.
const URL_ATTRIBUTE = /(\s(?:href|src)=")([^"]*)"/g;

/**
 * Resolves the relative links and images of rendered HTML against `base`, since a
 * feed reader would resolve them against the feed (or nothing). Absolute URLs are
 * left as they are: the renderer already refused unsafe schemes.
 */
export function absolutizeHtmlUrls(html: string, base: string): string {
  return html.replace(URL_ATTRIBUTE, (match, prefix: string, escaped: string) => {
    const value = escaped.replace(/&(?:amp|quot|lt|gt);/g, (entity) => ATTRIBUTE_DECODES[entity]);
    if (URL.canParse(value)) return match;
    let resolved: string;
    try {
      resolved = new URL(value, base).href;
    } catch {
      return match;
    }
    return `${prefix}${plainTextToHtml(resolved)}"`;
  });
}

/** A link a reader can follow, or undefined for one the site would not print. */
function safeAbsoluteUrl(url: string, base: string): string | undefined {
  if (!isSafeLinkUrl(url)) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

function paragraph(html: string): string {
  return `<p>${html}</p>`;
}

/** "Verdict changed from X to Y." when it did, else nothing. */
function verdictChangeHtml(correction: PublicCorrection, locale: Locale): string {
  if (!correction.previousVerdict || correction.previousVerdict === correction.newVerdict) return "";
  const change = interpolate(t(locale).entry.verdictChanged, {
    from: verdictLabel(locale, correction.previousVerdict),
    to: verdictLabel(locale, correction.newVerdict),
  });
  return paragraph(plainTextToHtml(change));
}

function correctionHtml(correction: PublicCorrection, locale: Locale): string {
  const m = t(locale).entry;
  const dated = interpolate(m.correctionOn, { date: formatDate(correction.publishedAt, locale) });
  const parts = [paragraph(`<strong>${plainTextToHtml(dated)}</strong>`), verdictChangeHtml(correction, locale), paragraph(plainTextToHtml(correction.note))];
  return `<li>${parts.join("")}</li>`;
}

/**
 * The full answer: verdict and summary, the explanation, the sources and the
 * corrections, newest first, as on the entry page.
 */
export function entryContentHtml(entry: PublicEntry, permalink: string): string {
  const m = t(entry.locale).entry;
  const parts = [
    paragraph(`<strong>${plainTextToHtml(`${m.verdict} — ${verdictLabel(entry.locale, entry.verdict)}`)}</strong>`),
    paragraph(plainTextToHtml(entry.summary)),
    absolutizeHtmlUrls(renderMarkdown(entry.body), permalink),
  ];
  if (entry.sources.length > 0) {
    const items = entry.sources.map((source) => {
      const title = plainTextToHtml(source.title);
      const href = safeAbsoluteUrl(source.url, permalink);
      const linked = href ? `<a href="${plainTextToHtml(href)}" rel="${SOURCE_REL}">${title}</a>` : title;
      const publisher = source.publisher ? ` — ${plainTextToHtml(source.publisher)}` : "";
      return `<li>${linked}${publisher}</li>`;
    });
    parts.push(`<h2>${plainTextToHtml(m.sources)}</h2>`, `<ol>${items.join("")}</ol>`);
  }
  if (entry.corrections.length > 0) {
    parts.push(
      `<h2>${plainTextToHtml(m.corrections)}</h2>`,
      `<ul>${entry.corrections.map((correction) => correctionHtml(correction, entry.locale)).join("")}</ul>`,
    );
  }
  return parts.join("\n");
}

/** A correction as its own item: what changed, and a link to the corrected answer. */
export function correctionContentHtml(correction: PublicCorrection, locale: Locale, permalink: string): string {
  const m = t(locale);
  const link = `<a href="${plainTextToHtml(permalink)}">${plainTextToHtml(m.correctionsPage.readEntry)}</a>`;
  return [paragraph(plainTextToHtml(correction.note)), verdictChangeHtml(correction, locale), paragraph(link)]
    .filter((part) => part !== "")
    .join("\n");
}
