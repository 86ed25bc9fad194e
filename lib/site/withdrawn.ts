/**
 * Withdrawn (unpublished) entries answer HTTP 410 Gone. An App Router page can
 * only answer 200, 404, 401, 403 or a redirect, so proxy.ts asks, before
 * rendering, whether the requested entry is withdrawn and, if so, rewrites the
 * request to /{locale}/withdrawn with status 410. The lookup is the entry page's
 * own cached query (same cache key), so a hot entry costs the proxy no query.
 */
import { getPublicEntry } from "@/lib/entries/public-queries";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { isSlug } from "./list-params";

/** Set by the proxy on the rewritten request; stripped from any request that arrives with it. */
export const WITHDRAWN_HEADER = "x-factdesk-withdrawn";

const ENTRY_PATH_RE = /^\/([a-z]{2})\/rumors\/([^/]+)\/?$/;

/** The locale of a withdrawn entry's address, or null for anything else. */
export async function withdrawnEntryLocale(pathname: string): Promise<Locale | null> {
  const match = ENTRY_PATH_RE.exec(pathname);
  if (!match || !isLocale(match[1]) || !isSlug(match[2])) return null;
  const lookup = await getPublicEntry(match[1], match[2]);
  return lookup.status === "gone" ? match[1] : null;
}
