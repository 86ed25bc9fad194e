/**
 * Query-string parameters of the public lists (home, topic pages): filters and
 * keyset cursors. Anything a reader or a bot can type lands here first; what we
 * did not issue is refused as a whole (the page then shows an empty, explained
 * result) rather than half-applied or passed to SQL.
 */
import { VERDICTS, type Verdict } from "@/db/schema";
import { decodeCursor, InvalidCursorError, type ListCursor } from "@/lib/entries/public-queries";

/** What Next hands a page as `searchParams`. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

export interface ListParams {
  verdict?: Verdict;
  topic?: string;
  /** Older than this (next page). */
  cursor?: ListCursor;
  /** Newer than this (previous page). */
  before?: ListCursor;
}

export type ListParamsResult = { ok: true; params: ListParams } | { ok: false; error: "invalid_parameters" };

const SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 200;

/**
 * One value of a parameter: absent and empty (a form's "All" option) are
 * `undefined`; a repeated parameter (`?verdict=a&verdict=b`) is an error, since
 * picking one of the values silently would show a page the reader did not ask for.
 */
export function singleValue(raw: RawSearchParams, name: string): { ok: true; value: string | undefined } | { ok: false } {
  const value = raw[name];
  if (Array.isArray(value)) return { ok: false };
  if (value === undefined || value.trim() === "") return { ok: true, value: undefined };
  return { ok: true, value: value.trim() };
}

export function isVerdict(value: unknown): value is Verdict {
  return typeof value === "string" && (VERDICTS as readonly string[]).includes(value);
}

/** An entry or topic slug as the schema allows them: lower-case words joined by hyphens. */
export function isSlug(value: unknown): value is string {
  return typeof value === "string" && value.length <= MAX_SLUG_LENGTH && SLUG_RE.test(value);
}

function cursorValue(value: string | undefined): ListCursor | undefined | null {
  if (value === undefined) return undefined;
  try {
    return decodeCursor(value);
  } catch (error) {
    if (error instanceof InvalidCursorError) return null;
    throw error;
  }
}

/**
 * Parses `verdict`, `topic`, `cursor` and `before`. `knownTopics` is the list of
 * existing topic slugs: an unknown topic is refused like a malformed one. Pass
 * `allowTopic: false` on pages where the topic is fixed by the path.
 */
export function parseListParams(
  raw: RawSearchParams,
  options: { knownTopics: readonly string[]; allowTopic?: boolean },
): ListParamsResult {
  const invalid = { ok: false, error: "invalid_parameters" } as const;
  const verdict = singleValue(raw, "verdict");
  const topic = singleValue(raw, "topic");
  const cursor = singleValue(raw, "cursor");
  const before = singleValue(raw, "before");
  if (!verdict.ok || !topic.ok || !cursor.ok || !before.ok) return invalid;

  const params: ListParams = {};
  if (verdict.value !== undefined) {
    if (!isVerdict(verdict.value)) return invalid;
    params.verdict = verdict.value;
  }
  if (topic.value !== undefined) {
    if (options.allowTopic === false || !isSlug(topic.value) || !options.knownTopics.includes(topic.value)) return invalid;
    params.topic = topic.value;
  }
  const older = cursorValue(cursor.value);
  const newer = cursorValue(before.value);
  if (older === null || newer === null || (older && newer)) return invalid;
  if (older) params.cursor = older;
  if (newer) params.before = newer;
  return { ok: true, params };
}

/** The query string of a list page with these filters and one cursor, e.g. `?verdict=false&cursor=…`. */
export function listQueryString(filters: { verdict?: Verdict; topic?: string }, page?: { cursor?: string; before?: string }): string {
  const query = new URLSearchParams();
  if (filters.verdict) query.set("verdict", filters.verdict);
  if (filters.topic) query.set("topic", filters.topic);
  if (page?.cursor) query.set("cursor", page.cursor);
  else if (page?.before) query.set("before", page.before);
  const text = query.toString();
  return text ? `?${text}` : "";
}
