/**
 * The read-only JSON API over published entries: parameter validation (every
 * refusal is a 400 that names the parameter) and the public JSON shape of an
 * entry. Reads go through the same cached queries as the pages.
 */
import { VERDICTS, type Verdict } from "@/db/schema";
import {
  decodeCursor,
  type EntrySummary,
  InvalidCursorError,
  type ListCursor,
  type PublicEntry,
  type PublicTopic,
  topicName,
} from "@/lib/entries/public-queries";
import { verdictLabel } from "@/lib/i18n/dictionaries";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import { renderMarkdown } from "@/lib/markdown/render";
import { BEST_RATING, RATING_SCALE, WORST_RATING, claimOriginHref } from "@/lib/site/claim-review";
import { isSlug, isVerdict } from "@/lib/site/list-params";
import { absoluteUrl, paths } from "@/lib/site/urls";

export const DEFAULT_API_LIMIT = 20;
export const MAX_API_LIMIT = 100;
const KNOWN_PARAMETERS = ["locale", "verdict", "topic", "cursor", "limit"] as const;

export interface EntriesQuery {
  locale: Locale;
  verdict?: Verdict;
  topic?: string;
  cursor?: ListCursor;
  /** The cursor as received, echoed in links. */
  cursorText?: string;
  limit: number;
}

export type EntriesQueryResult =
  | { ok: true; query: EntriesQuery }
  | { ok: false; parameter: string; message: string };

/**
 * Validates the query string of GET /api/v1/entries. `knownTopics` are the
 * existing topic slugs. Unknown parameters are ignored (cache-busters, tracking);
 * a known one given twice is refused.
 */
export function parseEntriesQuery(search: URLSearchParams, knownTopics: readonly string[]): EntriesQueryResult {
  for (const name of KNOWN_PARAMETERS) {
    if (search.getAll(name).length > 1) return { ok: false, parameter: name, message: `"${name}" may be given only once.` };
  }
  const value = (name: (typeof KNOWN_PARAMETERS)[number]) => {
    const raw = search.get(name);
    return raw === null || raw.trim() === "" ? undefined : raw.trim();
  };

  const locale = value("locale") ?? DEFAULT_LOCALE;
  if (!isLocale(locale)) return { ok: false, parameter: "locale", message: `"locale" must be one of: ${LOCALES.join(", ")}.` };

  const query: EntriesQuery = { locale, limit: DEFAULT_API_LIMIT };

  const verdict = value("verdict");
  if (verdict !== undefined) {
    if (!isVerdict(verdict)) return { ok: false, parameter: "verdict", message: `"verdict" must be one of: ${VERDICTS.join(", ")}.` };
    query.verdict = verdict;
  }

  const topic = value("topic");
  if (topic !== undefined) {
    if (!isSlug(topic) || !knownTopics.includes(topic)) return { ok: false, parameter: "topic", message: `"topic" must be the slug of an existing topic.` };
    query.topic = topic;
  }

  const limit = value("limit");
  if (limit !== undefined) {
    if (!/^[0-9]{1,3}$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_API_LIMIT) {
      return { ok: false, parameter: "limit", message: `"limit" must be an integer from 1 to ${MAX_API_LIMIT}.` };
    }
    query.limit = Number(limit);
  }

  const cursor = value("cursor");
  if (cursor !== undefined) {
    try {
      query.cursor = decodeCursor(cursor);
      query.cursorText = cursor;
    } catch (error) {
      if (!(error instanceof InvalidCursorError)) throw error;
      return { ok: false, parameter: "cursor", message: `"cursor" must be a value returned as "nextCursor" by this API.` };
    }
  }
  return { ok: true, query };
}

/** The query string of the next page: same filters, new cursor. */
export function entriesPageUrl(query: EntriesQuery, cursor: string): string {
  const params = new URLSearchParams({ locale: query.locale });
  if (query.verdict) params.set("verdict", query.verdict);
  if (query.topic) params.set("topic", query.topic);
  if (query.limit !== DEFAULT_API_LIMIT) params.set("limit", String(query.limit));
  params.set("cursor", cursor);
  return absoluteUrl(`${paths.apiEntries()}?${params.toString()}`);
}

function topicJson(topic: PublicTopic, locale: Locale) {
  return { slug: topic.slug, name: topicName(topic, locale) };
}

function rating(locale: Locale, verdict: Verdict) {
  return { value: RATING_SCALE[verdict], best: BEST_RATING, worst: WORST_RATING, label: verdictLabel(locale, verdict) };
}

export function entrySummaryJson(entry: EntrySummary) {
  return {
    id: entry.id,
    locale: entry.locale,
    slug: entry.slug,
    url: absoluteUrl(paths.entry(entry.locale, entry.slug)),
    apiUrl: absoluteUrl(paths.apiEntry(entry.locale, entry.slug)),
    claim: entry.claim,
    verdict: entry.verdict,
    rating: rating(entry.locale, entry.verdict),
    summary: entry.summary,
    topics: entry.topics.map((topic) => topicJson(topic, entry.locale)),
    publishedAt: entry.firstPublishedAt.toISOString(),
    updatedAt: entry.lastPublishedAt.toISOString(),
  };
}

export function entryJson(entry: PublicEntry) {
  return {
    id: entry.id,
    locale: entry.locale,
    slug: entry.slug,
    url: absoluteUrl(paths.entry(entry.locale, entry.slug)),
    claim: entry.claim,
    claimOrigin: {
      text: entry.claimOriginText,
      url: claimOriginHref(entry.claimOriginUrl) ?? null,
      firstSeen: entry.claimFirstSeen,
    },
    verdict: entry.verdict,
    rating: rating(entry.locale, entry.verdict),
    summary: entry.summary,
    body: entry.body,
    bodyHtml: renderMarkdown(entry.body),
    sources: entry.sources.map((source) => ({
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      accessedAt: source.accessedAt,
    })),
    topics: entry.topics.map((topic) => topicJson(topic, entry.locale)),
    corrections: entry.corrections.map((correction) => ({
      note: correction.note,
      previousVerdict: correction.previousVerdict,
      newVerdict: correction.newVerdict,
      publishedAt: new Date(correction.publishedAt).toISOString(),
    })),
    publishedAt: entry.firstPublishedAt.toISOString(),
    updatedAt: entry.lastPublishedAt.toISOString(),
    translation: entry.translation
      ? {
          locale: entry.translation.locale,
          slug: entry.translation.slug,
          url: absoluteUrl(paths.entry(entry.translation.locale, entry.translation.slug)),
          apiUrl: absoluteUrl(paths.apiEntry(entry.translation.locale, entry.translation.slug)),
        }
      : null,
  };
}
