// @ts-check
/**
 * Routing of the public pages served from the full-page cache (on-demand ISR:
 * home, topic and entry pages), written as next.config.js `headers` and
 * `rewrites` rules: Next matches those in its router, where a proxy (middleware)
 * would cost each request about what serving the whole cached page costs
 * (bench/FINDINGS.md §7).
 */

/** The query parameters the home and topic lists read (lib/site/list-params.ts); others (utm_…) change nothing. */
const LIST_PARAMS = ["verdict", "topic", "cursor", "before"];

/**
 * Caches may keep a copy but must ask again before each use. Next would send
 * `s-maxage=31536000` for a cached page: a shared cache in front would keep it
 * for a year, past any correction or withdrawal. Next keeps a Cache-Control set
 * by next.config.js headers (send-payload.js).
 */
const CACHED_PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";

const HOME = "/:locale(fr|en)";
const TOPIC = "/:locale(fr|en)/topics/:slug";
/**
 * The same routes under any two-letter first segment: an unknown locale (`/de`,
 * `/de/rumors/x`) is a 404 from these static routes, which Next would also send with
 * the year-long `s-maxage`.
 */
const ANY_LOCALE = {
  home: "/:locale([a-z]{2})",
  topic: "/:locale([a-z]{2})/topics/:slug",
  entry: "/:locale([a-z]{2})/rumors/:slug",
};

/** @typedef {{ type: "query"; key: string }} QueryCondition */

/** @type {QueryCondition[]} */
const listParamConditions = LIST_PARAMS.map((key) => ({ type: "query", key }));

/**
 * A static page cannot read the query string, so a filtered or paginated home
 * or topic page is rendered per request by the page's `browse` twin, under the
 * same address.
 */
function listPageRewrites() {
  return [
    { source: HOME, destination: "/:locale/browse" },
    { source: TOPIC, destination: "/:locale/topics/:slug/browse" },
  ].flatMap((rule) => listParamConditions.map((condition) => ({ ...rule, has: [condition] })));
}

/** Cache-Control of the pages served from the full-page cache (not of their per-request twins). */
function cachedPageHeaders() {
  const headers = [{ key: "Cache-Control", value: CACHED_PAGE_CACHE_CONTROL }];
  return [
    { source: ANY_LOCALE.home, missing: listParamConditions, headers },
    { source: ANY_LOCALE.topic, missing: listParamConditions, headers },
    { source: ANY_LOCALE.entry, headers },
  ];
}

module.exports = { LIST_PARAMS, CACHED_PAGE_CACHE_CONTROL, listPageRewrites, cachedPageHeaders };
