/**
 * The URLs of each kind of page, as readers would request them: a random entry
 * of the whole archive per request (never one hot URL), a random word of the
 * corpus per search, either locale.
 */
import type { Locale } from "@/db/schema";
import type { PageKind } from "./report";
import type { BenchTargets } from "./seed";

export const STATIC_PATH = "/bench-static";

function randomItem<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)];
}

const randomLocale = (): Locale => (Math.random() < 0.5 ? "fr" : "en");

export interface PageTarget {
  kind: PageKind;
  /** A path that must answer 200 when the route exists (a 404 here means "not built yet"). */
  probePath: string;
  nextPath: () => string;
  /** Paths for counting queries (several, so one slow tick of a background job does not skew the count). */
  samplePaths: (count: number) => string[];
}

export function pageTargets(targets: BenchTargets): PageTarget[] {
  if (targets.entryPaths.length === 0) throw new Error("the benchmark database has no published entry");
  const topic = targets.topicSlugs[0];
  const word = (locale: Locale) => randomItem(targets.vocabulary[locale]);
  const search = (locale: Locale) => `/${locale}/search?q=${encodeURIComponent(word(locale))}`;
  const byLocale = (make: (locale: Locale) => string) => (count: number) =>
    Array.from({ length: count }, (_, i) => make(i % 2 === 0 ? "fr" : "en"));
  return [
    { kind: "static", probePath: STATIC_PATH, nextPath: () => STATIC_PATH, samplePaths: (count) => Array(count).fill(STATIC_PATH) },
    { kind: "home", probePath: "/fr", nextPath: () => `/${randomLocale()}`, samplePaths: byLocale((l) => `/${l}`) },
    {
      kind: "entry",
      probePath: targets.entryPaths[0],
      nextPath: () => randomItem(targets.entryPaths),
      samplePaths: (count) => Array.from({ length: count }, () => randomItem(targets.entryPaths)),
    },
    {
      kind: "topic",
      probePath: `/fr/topics/${topic}`,
      nextPath: () => `/${randomLocale()}/topics/${randomItem(targets.topicSlugs)}`,
      samplePaths: byLocale((l) => `/${l}/topics/${randomItem(targets.topicSlugs)}`),
    },
    {
      kind: "search",
      probePath: `/fr/search?q=${encodeURIComponent(targets.vocabulary.fr[0])}`,
      nextPath: () => search(randomLocale()),
      samplePaths: byLocale(search),
    },
    { kind: "feed", probePath: "/fr/feed.xml", nextPath: () => `/${randomLocale()}/feed.xml`, samplePaths: byLocale((l) => `/${l}/feed.xml`) },
  ];
}
