import type { Locale } from "@/db/schema";

/** Cache tags for public data. Every public read is cached under these; every change invalidates them. */
export const publicTags = {
  list: (locale: Locale) => `list:${locale}`,
  entry: (locale: Locale, slug: string) => `entry:${locale}:${slug}`,
  corrections: (locale: Locale) => `corrections:${locale}`,
  topics: () => "topics",
};

/** What a change to a public entry (publish, unpublish, correction) makes stale. */
export function tagsForEntryChange(entry: { locale: Locale; slug: string }, translation?: { locale: Locale; slug: string } | null): string[] {
  const tags = [publicTags.list(entry.locale), publicTags.entry(entry.locale, entry.slug), publicTags.corrections(entry.locale)];
  // The translation's page links to this one (and shows whether it is live).
  if (translation) tags.push(publicTags.entry(translation.locale, translation.slug));
  return tags;
}
