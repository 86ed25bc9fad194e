/** Types of lib/cache/page-cache-handler.js (CommonJS, loaded by Next from next.config.js). */
declare class FactdeskPageCacheHandler {
  get(key: string, ctx?: unknown): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
  resetRequestCache(): void;
}
declare namespace FactdeskPageCacheHandler {
  /** The memory the budget counts for one cached response. */
  function sizeOf(data: unknown): number;
}
export = FactdeskPageCacheHandler;
