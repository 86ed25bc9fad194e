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

const MAX_ENTRIES = Number(process.env.FACTDESK_PAGE_CACHE_MAX_ENTRIES || 20_000);
/** Memory budget (an entry page is ~70 kB: HTML + RSC payload); least recently used pages go first. */
const MAX_BYTES = Number(process.env.FACTDESK_PAGE_CACHE_MAX_MB || 512) * 1024 * 1024;

/**
 * @typedef {{ value: unknown; lastModified: number; tags: string[]; bytes: number }} PageEntry
 * @typedef {{
 *   entries: Map<string, PageEntry>;
 *   pending: Map<string, number>;
 *   tagEpochs: Map<string, number>;
 *   allEpoch: number;
 *   epoch: number;
 *   bytes: number;
 *   invalidatePages: (tags: Iterable<string>) => void;
 *   dropAllPages: () => void;
 * }} PageStore
 */

/** Our data tags → the Next path tags of the pages that show that data. */
function pageTagsFor(tag) {
  const entry = /^entry:([a-z]{2}):(.+)$/.exec(tag);
  return entry ? [`_N_T_/${entry[1]}/rumors/${entry[2]}`] : [];
}

/** @param {PageStore} store @param {string} key */
function remove(store, key) {
  const entry = store.entries.get(key);
  if (!entry) return;
  store.entries.delete(key);
  store.bytes -= entry.bytes;
}

/** Approximate size of a cached response: its HTML, RSC payload and segment payloads. */
function sizeOf(data) {
  let bytes = 1024;
  if (typeof data?.html === "string") bytes += data.html.length;
  if (data?.rscData?.byteLength) bytes += data.rscData.byteLength;
  if (data?.segmentData instanceof Map) for (const segment of data.segmentData.values()) bytes += segment?.byteLength ?? 0;
  if (data?.body?.byteLength) bytes += data.body.byteLength;
  return bytes;
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
    bytes: 0,
    invalidatePages(tags) {
      const pageTags = new Set();
      for (const tag of tags) for (const pageTag of pageTagsFor(tag)) pageTags.add(pageTag);
      if (pageTags.size === 0) return;
      const epoch = ++store.epoch;
      for (const tag of pageTags) store.tagEpochs.set(tag, epoch);
      for (const [key, entry] of store.entries) {
        if (entry.tags.some((tag) => pageTags.has(tag))) remove(store, key);
      }
    },
    dropAllPages() {
      store.allEpoch = ++store.epoch;
      store.entries.clear();
      store.bytes = 0;
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
      remove(store, key);
      return;
    }
    const tags = tagsOf(data, ctx);
    const invalidatedSince = store.allEpoch > startedAt || tags.some((tag) => (store.tagEpochs.get(tag) ?? 0) > startedAt);
    if (invalidatedSince) return;
    remove(store, key);
    const bytes = sizeOf(data);
    store.entries.set(key, { value: data, lastModified: Date.now(), tags, bytes });
    store.bytes += bytes;
    while (store.entries.size > MAX_ENTRIES || store.bytes > MAX_BYTES) {
      const oldest = store.entries.keys().next().value;
      if (oldest === undefined) break;
      remove(store, oldest);
    }
  }

  /** Next's own revalidateTag / revalidatePath (not used by Factdesk, honoured anyway). */
  async revalidateTag(tags) {
    const set = new Set(Array.isArray(tags) ? tags : [tags]);
    const epoch = ++store.epoch;
    for (const tag of set) store.tagEpochs.set(tag, epoch);
    for (const [key, entry] of store.entries) if (entry.tags.some((tag) => set.has(tag))) remove(store, key);
  }

  resetRequestCache() {}
}

module.exports = FactdeskPageCacheHandler;
