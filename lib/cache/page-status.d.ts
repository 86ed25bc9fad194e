/** Types of lib/cache/page-status.js (CommonJS: the page cache handler loads it outside the bundle). */
export function statusMetadata(status: 410): Record<string, string>;
export function requestedStatus(html: unknown): number | undefined;
export function applyRequestedStatus(data: unknown): void;
