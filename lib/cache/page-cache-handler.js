// @ts-check
/**
 * Next.js `cacheHandler` (next.config.js): the full-page (ISR) cache of this
 * process, kept in memory and dropped from our own invalidation path.
 *
 * Entry pages, the home pages and the topic pages are on-demand ISR (rendered
 * on first request, then served from here; their filtered and paginated views
 * are rendered per request, see lib/site/cached-pages.js); a withdrawn
 * entry's page is stored, and sent, with status 410 (./page-status.js). Next's own invalidation (revalidatePath/revalidateTag) needs a request
 * context and reaches one process; ours comes from the workflow, the scheduler
 * and other processes' NOTIFY (lib/cache/invalidation.ts), all of which end in
 * invalidateLocalTags (lib/cache/tagged-cache.ts). That function calls
 * `invalidatePages` below through the store on globalThis, which maps our data
 * tags to Next's implicit path tags (`entry:fr:slug` → `_N_T_/fr/rumors/slug`,
 * `list:fr` → `_N_T_/fr` and `_N_T_/fr/topics/…`) and deletes the matching pages: the next request renders again, blocking (no
 * stale-while-revalidate), so nothing is served stale past the invalidation.
 *
 * A render that started before an invalidation of one of its tags is not stored
 * (same rule as the read cache), so a slow render cannot put an old page back.
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS: Next loads this file outside the bundle
const { applyRequestedStatus } = require("./page-status.js");

const MAX_ENTRIES = Number(process.env.FACTDESK_PAGE_CACHE_MAX_ENTRIES || 20_000);
/** Memory budget (an entry page is ~70 kB: HTML + RSC payload); least recently used pages go first. */
const MAX_BYTES = Number(process.env.FACTDESK_PAGE_CACHE_MAX_MB || 512) * 1024 * 1024;

/**
 * @typedef {{ value: unknown; lastModified: number; tags: string[]; bytes: number }} PageEntry
 * @typedef {{
 *   entries: Map<string, PageEntry>;
 *   pending: Map<string, number>;
 *   tagEpochs: Map<string, number>;
 *   prefixEpochs: Map<string, number>;
 *   allEpoch: number;
 *   epoch: number;
 *   bytes: number;
 *   invalidatePages: (tags: Iterable<string>) => void;
 *   dropAllPages: () => void;
 *   reset: () => void;
 * }} PageStore
 */

/**
 * Our data tags → the Next path tags of the cached pages that show that data:
 * `exact` tags, and `prefixes` of tags (every page under a path). `all` when every
 * page may show it (a topic's name appears on entry, home and topic pages).
 *
 * - `entry:{locale}:{slug}` → that entry's page;
 * - `list:{locale}` → the locale's home page and its topic pages (their lists);
 * - `topics` → every page (renames are rare; entry pages show topic names).
 *
 * @param {string} tag
 * @returns {{ exact: string[]; prefixes: string[]; all: boolean }}
 */
function pageTagsFor(tag) {
  const entry = /^entry:([a-z]{2}):(.+)$/.exec(tag);
  if (entry) return { exact: [`_N_T_/${entry[1]}/rumors/${entry[2]}`], prefixes: [], all: false };
  const list = /^list:([a-z]{2})$/.exec(tag);
  if (list) return { exact: [`_N_T_/${list[1]}`], prefixes: [`_N_T_/${list[1]}/topics/`], all: false };
  return { exact: [], prefixes: [], all: tag === "topics" };
}

/** @param {PageStore} store @param {string} key */
function remove(store, key) {
  const entry = store.entries.get(key);
  if (!entry) return;
  store.entries.delete(key);
  store.bytes -= entry.bytes;
}

/**
 * Memory a string takes in V8: one byte a character while every character fits in
 * Latin-1, two otherwise (one “ in a page makes the whole HTML two-byte).
 * @param {string} text
 */
function stringBytes(text) {
  return /[^\u0000-\u00ff]/.test(text) ? text.length * 2 : text.length;
}

/** Approximate memory of a cached response: its HTML, RSC payload and segment payloads. */
function sizeOf(data) {
  let bytes = 1024;
  if (typeof data?.html === "string") bytes += stringBytes(data.html);
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
    prefixEpochs: new Map(),
    allEpoch: 0,
    epoch: 0,
    bytes: 0,
    invalidatePages(tags) {
      const exact = new Set();
      const prefixes = new Set();
      for (const tag of tags) {
        const matched = pageTagsFor(tag);
        if (matched.all) return store.dropAllPages();
        for (const pageTag of matched.exact) exact.add(pageTag);
        for (const prefix of matched.prefixes) prefixes.add(prefix);
      }
      if (exact.size === 0 && prefixes.size === 0) return;
      const epoch = ++store.epoch;
      for (const tag of exact) store.tagEpochs.set(tag, epoch);
      for (const prefix of prefixes) store.prefixEpochs.set(prefix, epoch);
      const hit = (tag) => exact.has(tag) || [...prefixes].some((prefix) => tag.startsWith(prefix));
      for (const [key, entry] of store.entries) {
        if (entry.tags.some(hit)) remove(store, key);
      }
    },
    dropAllPages() {
      store.allEpoch = ++store.epoch;
      store.entries.clear();
      store.bytes = 0;
    },
    /** Forgets everything, renders in progress included (tests). */
    reset() {
      store.entries.clear();
      store.pending.clear();
      store.tagEpochs.clear();
      store.prefixEpochs.clear();
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
    // Next sends the page with this value's status, now and on every hit: a withdrawn
    // entry's page asks for 410 (./page-status.js). Done before anything else, so it
    // holds with the cache off too.
    applyRequestedStatus(data);
    // FACTDESK_CACHE=off turns our caches off, this one included (the benchmark counts
    // the queries of uncached renders that way).
    if (process.env.FACTDESK_CACHE === "off") return;
    if (data === null) {
      remove(store, key);
      return;
    }
    const tags = tagsOf(data, ctx);
    const invalidatedSince =
      store.allEpoch > startedAt ||
      tags.some((tag) => (store.tagEpochs.get(tag) ?? 0) > startedAt) ||
      [...store.prefixEpochs].some(([prefix, epoch]) => epoch > startedAt && tags.some((tag) => tag.startsWith(prefix)));
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
/** For tests: the memory the budget counts for one cached response. */
module.exports.sizeOf = sizeOf;
