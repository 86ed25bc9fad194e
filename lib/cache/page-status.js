// @ts-check
/**
 * The HTTP status of a rendered public page, where the App Router gives a page no
 * say: a page can end in 200, 404 (notFound), 401/403 (authInterrupts) or a
 * redirect, but the address of a withdrawn entry must answer 410 Gone.
 *
 * The entry page says so in its metadata (`<meta name="factdesk-status"
 * content="410">`, from `statusMetadata`), and the full-page cache handler
 * (page-cache-handler.js) copies it onto the rendered result before Next sends
 * it: Next answers with the `status` of the page's cache value, on the render
 * that produced it as on every hit after. So no proxy has to look up each entry
 * request before the cache.
 *
 * Under `next dev` Next keeps no page cache and never calls the cache handler, so
 * there the page is sent with 200; `next start` answers 410.
 *
 * Stored text cannot forge the marker: text reaches the HTML with `<` escaped,
 * and the inline RSC payload with `<` written as `\u003c`.
 */

const STATUS_META_NAME = "factdesk-status";
/** The statuses a page may ask for this way. */
const PAGE_STATUSES = new Set([410]);
const MARKER = new RegExp(`<meta name="${STATUS_META_NAME}" content="(\\d{3})"\\s*/?>`);

/**
 * The `other` field of a page's Metadata that asks for `status`.
 * @param {number} status
 * @returns {Record<string, string>}
 */
function statusMetadata(status) {
  if (!PAGE_STATUSES.has(status)) throw new Error(`A page cannot ask for HTTP status ${status}`);
  return { [STATUS_META_NAME]: String(status) };
}

/**
 * The status a rendered page's HTML asks for, or undefined.
 * @param {unknown} html
 * @returns {number | undefined}
 */
function requestedStatus(html) {
  if (typeof html !== "string") return undefined;
  const match = MARKER.exec(html);
  const status = match ? Number(match[1]) : undefined;
  return status !== undefined && PAGE_STATUSES.has(status) ? status : undefined;
}

/**
 * Gives a rendered App Router page (a Next cache value) the status its HTML asks
 * for. A page that already ends in an error status (404 and the like) keeps it.
 * @param {unknown} data
 */
function applyRequestedStatus(data) {
  if (!data || typeof data !== "object") return;
  const page = /** @type {{ kind?: unknown; html?: unknown; status?: number }} */ (data);
  if (page.kind !== "APP_PAGE" || (page.status !== undefined && page.status !== 200)) return;
  const status = requestedStatus(page.html);
  if (status !== undefined) page.status = status;
}

module.exports = { statusMetadata, requestedStatus, applyRequestedStatus };
