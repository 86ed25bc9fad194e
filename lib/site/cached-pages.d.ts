/** Types of lib/site/cached-pages.js (CommonJS: next.config.js loads it). */
type QueryCondition = { type: "query"; key: string };
export const LIST_PARAMS: string[];
export const CACHED_PAGE_CACHE_CONTROL: string;
export function listPageRewrites(): { source: string; destination: string; has: QueryCondition[] }[];
export function cachedPageHeaders(): { source: string; missing?: QueryCondition[]; headers: { key: string; value: string }[] }[];
