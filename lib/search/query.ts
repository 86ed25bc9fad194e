/**
 * The reader's search text, cleaned before it goes anywhere near SQL. PostgreSQL
 * parses it with websearch_to_tsquery (which never fails on odd syntax); this
 * only bounds its size and removes what a text column cannot hold.
 */

/** Longest search we run, in characters, after whitespace is collapsed. */
export const MAX_QUERY_LENGTH = 200;
/** Beyond this raw length we do not even normalise the text. */
const MAX_RAW_LENGTH = 4 * MAX_QUERY_LENGTH;

export type SearchQueryResult =
  | { ok: true; query: string }
  | { ok: false; reason: "empty" | "too_long" | "invalid" };

// NUL cannot be stored in a PostgreSQL text value; other C0/C1 controls and the
// private-use marks we use for highlighting have no business in a search.
const UNWANTED_RE = /[\u0000-\u001f\u007f-\u009f\ue000\ue001]/g;

export function parseSearchQuery(raw: string | string[] | undefined): SearchQueryResult {
  if (raw === undefined) return { ok: false, reason: "empty" };
  // ?q=a&q=b: ambiguous, so not run.
  if (Array.isArray(raw)) return { ok: false, reason: "invalid" };
  if (raw.length > MAX_RAW_LENGTH) return { ok: false, reason: "too_long" };
  const query = raw
    .toWellFormed()
    .normalize("NFC")
    .replace(UNWANTED_RE, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (query === "") return { ok: false, reason: "empty" };
  if ([...query].length > MAX_QUERY_LENGTH) return { ok: false, reason: "too_long" };
  return { ok: true, query };
}

/** `page` parameter of the search results: 1 to MAX_SEARCH_PAGE; anything else is refused. */
export const MAX_SEARCH_PAGE = 50;

export function parseSearchPage(raw: string | string[] | undefined): number | null {
  if (raw === undefined || raw === "") return 1;
  if (Array.isArray(raw) || !/^[1-9][0-9]{0,2}$/.test(raw)) return null;
  const page = Number(raw);
  return page <= MAX_SEARCH_PAGE ? page : null;
}
