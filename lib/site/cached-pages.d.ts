/** Types of lib/site/cached-pages.js (CommonJS: next.config.js loads it). */
type QueryCondition = { type: "query"; key: string };
export function listPageRewrites(): { source: string; destination: string; has: QueryCondition[] }[];
export function cachedPageHeaders(): { source: string; missing?: QueryCondition[]; headers: { key: string; value: string }[] }[];
