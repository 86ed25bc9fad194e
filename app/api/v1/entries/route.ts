import { listPublishedEntries, listTopics } from "@/lib/entries/public-queries";
import { apiError, apiJson } from "@/lib/public-api/http";
import { entriesPageUrl, entrySummaryJson, parseEntriesQuery } from "@/lib/public-api/entries";

export const dynamic = "force-dynamic";

/** GET /api/v1/entries?locale=&verdict=&topic=&cursor=&limit= — published entries, newest first. */
export async function GET(request: Request) {
  const search = new URL(request.url).searchParams;
  const requestedLocale = search.get("locale");
  const topics = await listTopics(requestedLocale === "en" ? "en" : "fr");
  const parsed = parseEntriesQuery(search, topics.map((topic) => topic.slug));
  if (!parsed.ok) return apiError(request, 400, "invalid_parameter", parsed.message, { parameter: parsed.parameter });
  const { query } = parsed;
  const page = await listPublishedEntries({
    locale: query.locale,
    verdict: query.verdict,
    topic: query.topic,
    cursor: query.cursor,
    limit: query.limit,
  });
  return apiJson(request, {
    data: page.items.map(entrySummaryJson),
    meta: { locale: query.locale, verdict: query.verdict ?? null, topic: query.topic ?? null, limit: query.limit },
    nextCursor: page.nextCursor,
    links: { next: page.nextCursor ? entriesPageUrl(query, page.nextCursor) : null },
  });
}
