// @ts-check
/**
 * Next.js `cacheHandler` (next.config.js): the full-page (ISR) cache of this
 * process, kept in memory and dropped from our own invalidation path.
 *
 * Entry pages are on-demand ISR (rendered on first request, then served from
 * here). Next's own invalidation (revalidatePath/revalidateTag) needs a request
 * context and reaches one process; ours comes from the workflow, the scheduler
 * and other processes' NOTIFY (lib/cache/invalidation.ts), all of which end in
 * invalidateLocalTags (lib/cache/tagged-cache.ts). That function calls
 * `invalidatePages` below through the store on globalThis, which maps our data
 * tags to Next's implicit path tags (`entry:fr:slug` → `_N_T_/fr/rumors/slug`)
 * and deletes the matching pages: the next request renders again, blocking (no
 * stale-while-revalidate), so nothing is served stale past the invalidation.
 *
 * A render that started before an invalidation of one of its tags is not stored
 * (same rule as the read cache), so a slow render cannot put an old page back.
 */

const MAX_ENTRIES = Number(process.env.FACTDESK_PAGE_CACHE_MAX_ENTRIES || 10_000);

/**
 * @typedef {{ value: unknown; lastModified: number; tags: string[] }} PageEntry
 * @typedef {{
 *   entries: Map<string, PageEntry>;
 *   pending: Map<string, number>;
 *   tagEpochs: Map<string, number>;
 *   allEpoch: number;
 *   epoch: number;
 *   invalidatePages: (tags: Iterable<string>) => void;
 *   dropAllPages: () => void;
 * }} PageStore
 */

/** Our data tags → the Next path tags of the pages that show that data. */
function pageTagsFor(tag) {
  const entry = /^entry:([a-z]{2}):(.+)$/.exec(tag);
  return entry ? [`_N_T_/${entry[1]}/rumors/${entry[2]}`] : [];
}

/** @returns {PageStore} */
function createStore() {
  /** @type {PageStore} */
  const store = {
    entries: new Map(),
    pending: new Map(),
    tagEpochs: new Map(),
    allEpoch: 0,
    epoch: 0,
    invalidatePages(tags) {
      const pageTags = new Set();
      for (const tag of tags) for (const pageTag of pageTagsFor(tag)) pageTags.add(pageTag);
      if (pageTags.size === 0) return;
      const epoch = ++store.epoch;
      for (const tag of pageTags) store.tagEpochs.set(tag, epoch);
      for (const [key, entry] of store.entries) {
        if (entry.tags.some((tag) => pageTags.has(tag))) store.entries.delete(key);
      }
    },
    dropAllPages() {
      store.allEpoch = ++store.epoch;
      store.entries.clear();
    },
  };
  return store;
}

const globalStore = /** @type {{ __factdeskPageCache?: PageStore }} */ (globalThis);
const store = (globalStore.__factdeskPageCache ??= createStore());

/** Next's implicit tags travel in ctx.tags and in the page's x-next-cache-tags header. */
function tagsOf(data, ctx) {
  const tags = new Set(Array.isArray(ctx?.tags) ? ctx.tags : []);
  const header = data?.headers?.["x-next-cache-tags"];
  if (typeof header === "string") for (const tag of header.split(",")) if (tag) tags.add(tag);
  return [...tags];
}

class FactdeskPageCacheHandler {
  constructor() {}

  async get(key) {
    const entry = store.entries.get(key);
    if (entry) {
      // Map keeps insertion order: re-inserting makes this the most recently used.
      store.entries.delete(key);
      store.entries.set(key, entry);
      return { value: entry.value, lastModified: entry.lastModified };
    }
    // A render follows: remember when it started (the oldest one still running).
    if (!store.pending.has(key)) store.pending.set(key, store.epoch);
    return null;
  }

  async set(key, data, ctx) {
    const startedAt = store.pending.get(key) ?? store.epoch;
    store.pending.delete(key);
    if (data === null) {
      store.entries.delete(key);
      return;
    }
    const tags = tagsOf(data, ctx);
    const invalidatedSince = store.allEpoch > startedAt || tags.some((tag) => (store.tagEpochs.get(tag) ?? 0) > startedAt);
    if (invalidatedSince) return;
    store.entries.delete(key);
    store.entries.set(key, { value: data, lastModified: Date.now(), tags });
    while (store.entries.size > MAX_ENTRIES) {
      const oldest = store.entries.keys().next().value;
      if (oldest === undefined) break;
      store.entries.delete(oldest);
    }
  }

  /** Next's own revalidateTag / revalidatePath (not used by Factdesk, honoured anyway). */
  async revalidateTag(tags) {
    const set = new Set(Array.isArray(tags) ? tags : [tags]);
    const epoch = ++store.epoch;
    for (const tag of set) store.tagEpochs.set(tag, epoch);
    for (const [key, entry] of store.entries) if (entry.tags.some((tag) => set.has(tag))) store.entries.delete(key);
  }

  resetRequestCache() {}
}

module.exports = FactdeskPageCacheHandler;
