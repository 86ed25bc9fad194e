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

/**
 * Any two-letter first segment, not only `fr` and `en`: an unknown locale (`/de`,
 * `/de/rumors/x`) is a 404 from these same static routes, which Next would also
 * send with the year-long `s-maxage`.
 */
const HOME = "/:locale([a-z]{2})";
const TOPIC = "/:locale([a-z]{2})/topics/:slug";
const ENTRY = "/:locale([a-z]{2})/rumors/:slug";

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
    { source: HOME, missing: listParamConditions, headers },
    { source: TOPIC, missing: listParamConditions, headers },
    { source: ENTRY, headers },
  ];
}

module.exports = { listPageRewrites, cachedPageHeaders };
