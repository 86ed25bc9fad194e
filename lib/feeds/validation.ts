import type { FeedItem, FeedMeta } from "./types";

/**
 * A feed was asked to carry something no reader could use: a relative or non-http
 * link, an id that is not an IRI, an invalid date. This is a bug in the caller,
 * caught before an invalid document is served and cached by every subscriber.
 */
export class FeedInputError extends Error {
  override name = "FeedInputError";
}

function requireHttpUrl(value: string, field: string): void {
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    throw new FeedInputError(`${field} must be an absolute URL, got ${JSON.stringify(value)}`);
  }
  if (protocol !== "http:" && protocol !== "https:") {
    throw new FeedInputError(`${field} must be an http(s) URL, got ${JSON.stringify(value)}`);
  }
}

function requireIri(value: string, field: string): void {
  if (!URL.canParse(value)) {
    throw new FeedInputError(`${field} must be an absolute IRI such as a tag: URI or a URL, got ${JSON.stringify(value)}`);
  }
}

function requireDate(value: Date, field: string): void {
  if (Number.isNaN(value.getTime())) throw new FeedInputError(`${field} is an invalid Date`);
}

export function assertValidFeed(meta: FeedMeta, items: readonly FeedItem[]): void {
  requireIri(meta.id, "meta.id");
  requireHttpUrl(meta.homePageUrl, "meta.homePageUrl");
  requireHttpUrl(meta.selfUrl, "meta.selfUrl");
  if (meta.alternateFormats) {
    requireHttpUrl(meta.alternateFormats.rss, "meta.alternateFormats.rss");
    requireHttpUrl(meta.alternateFormats.atom, "meta.alternateFormats.atom");
    requireHttpUrl(meta.alternateFormats.json, "meta.alternateFormats.json");
  }
  if (meta.hubUrl !== undefined) requireHttpUrl(meta.hubUrl, "meta.hubUrl");
  if (meta.paging?.nextUrl !== undefined) requireHttpUrl(meta.paging.nextUrl, "meta.paging.nextUrl");
  if (meta.paging?.prevArchiveUrl !== undefined) {
    requireHttpUrl(meta.paging.prevArchiveUrl, "meta.paging.prevArchiveUrl");
  }
  requireDate(meta.updated, "meta.updated");
  if (meta.ttlMinutes !== undefined && !(Number.isInteger(meta.ttlMinutes) && meta.ttlMinutes >= 0)) {
    throw new FeedInputError(`meta.ttlMinutes must be a whole number of minutes, got ${meta.ttlMinutes}`);
  }
  items.forEach((item, index) => {
    const field = `items[${index}]`;
    requireIri(item.id, `${field}.id`);
    requireHttpUrl(item.url, `${field}.url`);
    requireDate(item.datePublished, `${field}.datePublished`);
    requireDate(item.dateModified, `${field}.dateModified`);
  });
}
