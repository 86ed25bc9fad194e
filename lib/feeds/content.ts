import { removeForbiddenXmlChars } from "./xml";

/**
 * The text every format carries. JSON could hold the characters XML 1.0 forbids,
 * but a reader switching formats should see the same title, and a lone surrogate
 * cannot even be encoded as UTF-8; so all formats drop them alike.
 */
export function feedText(value: string): string {
  return removeForbiddenXmlChars(value);
}

/** Tags as published: blank ones (perhaps blank only once cleaned) would be empty categories. */
export function feedTags(tags: readonly string[]): string[] {
  return tags.map(feedText).filter((tag) => tag.trim() !== "");
}
