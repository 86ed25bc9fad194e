/**
 * Tag-invalidated, in-process read cache for public data.
 *
 * Why our own and not Next's data cache: invalidation must also come from the
 * scheduler (no request in flight) and from other server processes. Each process
 * keeps its own copy; `invalidateTags` clears it locally and broadcasts through
 * PostgreSQL NOTIFY so every other process clears the same tags (see
 * lib/cache/invalidation.ts). Entries past their time or invalidated are kept as
 * stale copies: when the database is unreachable, readers get the stale copy
 * instead of an error.
 */

interface CacheEntry {
  value: unknown;
  tags: string[];
  freshUntil: number;
  /** Bumped by invalidation; a fetch started before it must not store its result. */
  stale: boolean;
}

const MAX_ENTRIES = Number(process.env.FACTDESK_CACHE_MAX_ENTRIES || 20_000);
/** How long an entry is served without asking the database again (invalidation aside). */
const DEFAULT_TTL_MS = Number(process.env.FACTDESK_CACHE_TTL_MS || 5 * 60_000);
/** How long a reader waits for the database when a stale copy could answer (see withinGrace). */
const STALE_GRACE_MS = Number(process.env.FACTDESK_CACHE_STALE_GRACE_MS || 2_000);

type Store = {
  entries: Map<string, CacheEntry>;
  inflight: Map<string, Promise<unknown>>;
  tagEpochs: Map<string, number>;
  epoch: number;
  /** Epoch of the last invalidation of everything (see invalidateAllLocal). */
  allEpoch: number;
};

/** The full-page cache of lib/cache/page-cache-handler.js, when Next loaded it in this process. */
type PageStore = { invalidatePages(tags: Iterable<string>): void; dropAllPages(): void; reset(): void };

const globalStore = globalThis as unknown as { __factdeskCache?: Store; __factdeskPageCache?: PageStore };
const store: Store = (globalStore.__factdeskCache ??= {
  entries: new Map(),
  inflight: new Map(),
  tagEpochs: new Map(),
  epoch: 0,
  allEpoch: 0,
});

export const cacheStats = { hits: 0, misses: 0, staleServed: 0 };

function enabled(): boolean {
  return process.env.FACTDESK_CACHE !== "off";
}

function touch(key: string, entry: CacheEntry) {
  // Map keeps insertion order: re-inserting makes this the most recently used.
  store.entries.delete(key);
  store.entries.set(key, entry);
  while (store.entries.size > MAX_ENTRIES) {
    const oldest = store.entries.keys().next().value;
    if (oldest === undefined) break;
    store.entries.delete(oldest);
  }
}

function latestEpoch(tags: string[]): number {
  let max = store.allEpoch || 0;
  for (const tag of tags) max = Math.max(max, store.tagEpochs.get(tag) ?? 0);
  return max;
}

/**
 * Returns the cached value for `key`, or runs `load` once (concurrent callers
 * share the same promise) and caches it under `tags`.
 */
export async function cached<T>(key: string, tags: string[], load: () => Promise<T>, ttlMs = DEFAULT_TTL_MS): Promise<T> {
  if (!enabled()) return load();
  const now = Date.now();
  const existing = store.entries.get(key);
  if (existing && !existing.stale && existing.freshUntil > now) {
    cacheStats.hits++;
    touch(key, existing);
    return existing.value as T;
  }
  cacheStats.misses++;
  const pending = store.inflight.get(key);
  if (pending) return existing ? withinGrace(pending as Promise<T>, existing.value as T) : (pending as Promise<T>);

  const startedAt = ++store.epoch;
  const promise = (async () => {
    try {
      const value = await load();
      // An invalidation of one of our tags while we were loading means `value` may be stale.
      if (latestEpoch(tags) < startedAt) {
        touch(key, { value, tags, freshUntil: Date.now() + ttlMs, stale: false });
      }
      return value;
    } catch (error) {
      if (existing) {
        cacheStats.staleServed++;
        return existing.value as T;
      }
      throw error;
    } finally {
      store.inflight.delete(key);
    }
  })();
  store.inflight.set(key, promise);
  return existing ? withinGrace(promise, existing.value as T) : promise;
}

/**
 * With a stale copy at hand, a reader waits for the database at most
 * STALE_GRACE_MS, then gets the stale copy (the load goes on and refreshes the
 * cache when it ends). While the database is down, postgres.js queues queries
 * through its reconnection back-off (up to 20 s): without this bound, "serve the
 * stale copy on error" came too late and pages hung (found by the resilience tests).
 */
function withinGrace<T>(load: Promise<T>, stale: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<T>((resolve) => {
    timer = setTimeout(() => {
      cacheStats.staleServed++;
      resolve(stale);
    }, STALE_GRACE_MS);
  });
  return Promise.race([load, grace]).finally(() => clearTimeout(timer));
}

/** Marks every entry carrying one of `tags` as stale, in this process only. */
export function invalidateLocalTags(tags: Iterable<string>): void {
  const set = new Set(tags);
  if (set.size === 0) return;
  const epoch = ++store.epoch;
  for (const tag of set) store.tagEpochs.set(tag, epoch);
  for (const entry of store.entries.values()) {
    if (!entry.stale && entry.tags.some((tag) => set.has(tag))) entry.stale = true;
  }
  // Rendered pages built from these data (entry pages are ISR): the next request renders again.
  globalStore.__factdeskPageCache?.invalidatePages(set);
}

/**
 * Marks every entry stale, in this process only: for when invalidations may have
 * been missed (the LISTEN connection was down). Stale copies stay available as the
 * fallback while the database is unreachable.
 */
export function invalidateAllLocal(): void {
  store.allEpoch = ++store.epoch;
  for (const entry of store.entries.values()) entry.stale = true;
  globalStore.__factdeskPageCache?.dropAllPages();
}

/** Drops everything (tests). */
export function clearCache(): void {
  store.entries.clear();
  store.inflight.clear();
  store.tagEpochs.clear();
  store.allEpoch = 0;
  globalStore.__factdeskPageCache?.reset();
}
