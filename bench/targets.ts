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
  /** Paths requested once each before any measurement (the warmed set), if any. */
  warmPaths?: string[];
  /** Runs before each measurement of this kind (the server's origin). */
  beforeMeasure?: (origin: string) => Promise<void>;
  /** Runs after each measurement of this kind: what it must not leave behind for the others. */
  afterMeasure?: (origin: string) => Promise<void>;
  /** Requests of the generic warm-up (default: the run's), fewer for pages each request should see for the first time. */
  warmUpRequests?: number;
  /** Whether the query count of one uncached render is reported for this kind (once per route). */
  countQueries: boolean;
  /** A path that must answer 200 when the route exists (a 404 here means "not built yet"). */
  probePath: string;
  nextPath: () => string;
  /** Paths for counting queries (several, so one slow tick of a background job does not skew the count). */
  samplePaths: (count: number) => string[];
}

/**
 * Splits the entries into a warmed set (a random tenth, at most `maxWarm`, spread
 * over the whole archive) and the rest, which the "entry (random)" measurement draws
 * from, so that its requests stay first renders as far as the archive allows.
 */
export function splitWarmSet(paths: readonly string[], maxWarm: number): { warm: string[]; cold: string[] } {
  const shuffled = [...paths];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const size = Math.min(maxWarm, Math.floor(paths.length / 10));
  return { warm: shuffled.slice(0, size), cold: shuffled.slice(size) };
}

export function pageTargets(targets: BenchTargets, options: { warmSetSize: number }): PageTarget[] {
  if (targets.entryPaths.length < 4) throw new Error("the benchmark database has fewer than 4 published entries");
  const { warm, cold } = splitWarmSet(targets.entryPaths, options.warmSetSize);
  let nextCold = 1; // cold[0] is the probe's
  const used: string[] = [];
  const topic = targets.topicSlugs[0];
  const word = (locale: Locale) => randomItem(targets.vocabulary[locale]);
  const search = (locale: Locale) => `/${locale}/search?q=${encodeURIComponent(word(locale))}`;
  const byLocale = (make: (locale: Locale) => string) => (count: number) =>
    Array.from({ length: count }, (_, i) => make(i % 2 === 0 ? "fr" : "en"));
  /** Makes the server forget the cold entries requested so far (read and page caches). */
  const forgetUsed = async (origin: string): Promise<void> => {
    if (used.length === 0) return;
    const response = await fetch(`${origin}/api/bench/forget`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ paths: [...new Set(used)] }),
      signal: AbortSignal.timeout(30_000),
    });
    if (response.status !== 200) throw new Error(`/api/bench/forget answered ${response.status}: is the build older than the benchmark? (run without --skip-build)`);
    const { pageCache } = (await response.json()) as { pageCache?: { pages: number; bytes: number } };
    if (pageCache) console.log(`[bench]   page cache after forgetting ${new Set(used).size} first renders: ${pageCache.pages} pages, ${(pageCache.bytes / 1024 / 1024).toFixed(0)} MB counted`);
    used.length = 0;
    nextCold = 1;
  };

  return [
    { kind: "static", countQueries: true, probePath: STATIC_PATH, nextPath: () => STATIC_PATH, samplePaths: (count) => Array(count).fill(STATIC_PATH) },
    { kind: "home", countQueries: true, probePath: "/fr", nextPath: () => `/${randomLocale()}`, samplePaths: byLocale((l) => `/${l}`) },
    {
      // Each request a different entry (the cold list is already shuffled) until the list
      // runs out: first renders, at any archive size, rather than whatever share of a small
      // archive earlier requests happened to render.
      kind: "entry",
      countQueries: true,
      probePath: cold[0],
      nextPath: () => {
        if (nextCold === cold.length) console.warn(`[bench] entry (random): all ${cold.length} cold entries requested once; further requests repeat them (cache hits)`);
        const path = cold[nextCold++ % cold.length];
        used.push(path);
        return path;
      },
      // The entries requested so far are rendered and cached: the server forgets them
      // before each measurement, so that every measurement starts from first renders,
      // and after it, so that they do not push the warmed set out of the page cache.
      beforeMeasure: forgetUsed,
      afterMeasure: forgetUsed,
      warmUpRequests: 20,
      samplePaths: (count) => Array.from({ length: count }, () => randomItem(cold)),
    },
    {
      // A burst of readers over many entries, each already rendered once (what the page cache serves).
      kind: "entryWarm",
      countQueries: false,
      warmPaths: warm,
      probePath: warm[0],
      nextPath: () => randomItem(warm),
      samplePaths: (count) => Array.from({ length: count }, () => randomItem(warm)),
    },
    {
      kind: "topic",
      countQueries: true,
      probePath: `/fr/topics/${topic}`,
      nextPath: () => `/${randomLocale()}/topics/${randomItem(targets.topicSlugs)}`,
      samplePaths: byLocale((l) => `/${l}/topics/${randomItem(targets.topicSlugs)}`),
    },
    {
      kind: "search",
      countQueries: true,
      probePath: `/fr/search?q=${encodeURIComponent(targets.vocabulary.fr[0])}`,
      nextPath: () => search(randomLocale()),
      samplePaths: byLocale(search),
    },
    { kind: "feed", countQueries: true, probePath: "/fr/feed.xml", nextPath: () => `/${randomLocale()}/feed.xml`, samplePaths: byLocale((l) => `/${l}/feed.xml`) },
  ];
}
