/**
 * The one HTTP handler behind the nine feed routes under app/(site)/[locale]/:
 * the route files only say which feed and which format.
 */
import { isLocale } from "@/lib/i18n/locales";
import { feedResponse } from "./conditional";
import { FEED_CONTENT_TYPES, type FeedFormat } from "./formats";
import { parseFeedQuery, renderSiteFeed } from "./site-feeds";
import type { FeedScope } from "./urls";

/**
 * Every use revalidates: a 304 costs no query (the feed is cached in memory), and
 * a publish is then seen by the next poll even behind a shared cache or CDN.
 */
export const SITE_FEED_CACHE_CONTROL = "public, no-cache";

export interface SiteFeedRouteContext {
  params: Promise<{ locale: string; slug?: string }>;
}

export type SiteFeedHandler = (request: Request, context: SiteFeedRouteContext) => Promise<Response>;

function plainText(status: 400 | 404, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

const NOT_FOUND = "Not found: there is no such feed.";

/** GET (and HEAD) for one kind of feed in one format. */
export function siteFeedHandler(kind: FeedScope["kind"], format: FeedFormat): SiteFeedHandler {
  return async function handleFeedRequest(request, context) {
    const { locale, slug } = await context.params;
    if (!isLocale(locale)) return plainText(404, NOT_FOUND);
    let scope: FeedScope;
    if (kind === "topic") {
      if (slug === undefined) return plainText(404, NOT_FOUND);
      scope = { kind, slug };
    } else {
      scope = { kind };
    }

    const parsed = parseFeedQuery(new URL(request.url).searchParams);
    if (!parsed.ok) return plainText(400, `Bad request: ${parsed.error}`);

    const feed = await renderSiteFeed(locale, scope, format, parsed.query);
    if (feed.status === "not_found") return plainText(404, NOT_FOUND);
    return feedResponse(feed.body, {
      contentType: FEED_CONTENT_TYPES[format],
      lastModified: feed.lastModified,
      request,
      cacheControl: SITE_FEED_CACHE_CONTROL,
    });
  };
}
