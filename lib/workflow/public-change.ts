/**
 * What follows a committed change to public data, wherever it came from (a
 * workflow command or the scheduler): invalidate the read cache in every process,
 * then tell the WebSub hub, if one is configured, which feeds changed.
 */
import { getDb } from "@/db/client";
import { topics, type Locale } from "@/db/schema";
import { invalidateTags } from "@/lib/cache/invalidation";
import { notifyFeedsOfEntryChange, websubHubUrl } from "@/lib/feeds/websub";
import { isLocale } from "@/lib/i18n/locales";

/** Locales whose public lists a set of cache tags touches (`list:fr` → fr). */
export function localesOfTags(tags: readonly string[]): Locale[] {
  const locales = new Set<Locale>();
  for (const tag of tags) {
    const [kind, locale] = tag.split(":");
    if (kind === "list" && isLocale(locale)) locales.add(locale);
  }
  return [...locales];
}

export async function announcePublicChange(tags: readonly string[]): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  await invalidateTags(unique);
  const locales = localesOfTags(unique);
  if (locales.length === 0 || !websubHubUrl()) return;
  // A change can move an entry in or out of any topic's feed: ping them all (a
  // handful of URLs, only when a hub is configured), in the background.
  void (async () => {
    const db = await getDb();
    const slugs = (await db.select({ slug: topics.slug }).from(topics)).map((row) => row.slug);
    await Promise.all(locales.map((locale) => notifyFeedsOfEntryChange({ locale, topics: slugs })));
  })().catch((error) => console.error("[websub] could not notify the hub", error));
}
