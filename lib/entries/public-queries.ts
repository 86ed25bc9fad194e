/**
 * Read side of the public site, the feeds and the API. Each function issues a
 * single SQL query (related rows are aggregated as JSON) and is cached under the
 * tags of lib/entries/cache-tags.ts, so a hot page costs no query at all.
 */
import { sql, type SQL } from "drizzle-orm";
import { getPublicReadDb, queryRows } from "@/db/client";
import type { Locale, Verdict } from "@/db/schema";
import { cached } from "@/lib/cache/tagged-cache";
import { publicTags } from "./cache-tags";
import { SLUG_PATTERN } from "./slug";

export interface PublicSource {
  url: string;
  title: string;
  publisher: string | null;
  accessedAt: string | null;
}
export interface PublicTopic {
  slug: string;
  nameFr: string;
  nameEn: string;
}
export interface PublicCorrection {
  note: string;
  previousVerdict: Verdict | null;
  newVerdict: Verdict;
  publishedAt: string;
}
export interface PublicEntry {
  id: number;
  locale: Locale;
  slug: string;
  claim: string;
  claimOriginText: string | null;
  claimOriginUrl: string | null;
  claimFirstSeen: string | null;
  verdict: Verdict;
  summary: string;
  body: string;
  sources: PublicSource[];
  topics: PublicTopic[];
  corrections: PublicCorrection[];
  firstPublishedAt: Date;
  lastPublishedAt: Date;
  translation: { locale: Locale; slug: string } | null;
}
export type PublicEntryLookup = { status: "found"; entry: PublicEntry } | { status: "gone" } | { status: "not_found" };

export interface EntrySummary {
  id: number;
  locale: Locale;
  slug: string;
  claim: string;
  verdict: Verdict;
  summary: string;
  topics: PublicTopic[];
  firstPublishedAt: Date;
  lastPublishedAt: Date;
}

export class InvalidCursorError extends Error {
  constructor() {
    super("Invalid cursor");
    this.name = "InvalidCursorError";
  }
}

/* ------------------------------ cursors ------------------------------ */

export interface ListCursor {
  at: Date;
  id: number;
}

export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(`${cursor.at.toISOString()}|${cursor.id}`, "utf8").toString("base64url");
}

/** Throws InvalidCursorError for anything that is not a cursor we issued. */
export function decodeCursor(value: string): ListCursor {
  if (value.length > 100 || !/^[A-Za-z0-9_-]+$/.test(value)) throw new InvalidCursorError();
  const [iso, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const at = new Date(iso ?? "");
  const numericId = Number(id);
  if (!iso || Number.isNaN(at.getTime()) || !Number.isSafeInteger(numericId) || numericId <= 0) throw new InvalidCursorError();
  return { at, id: numericId };
}

/* ------------------------------ helpers ------------------------------ */

const topicsJson = (revisionId: SQL) => sql`(
  select coalesce(json_agg(json_build_object('slug', t.slug, 'nameFr', t.name_fr, 'nameEn', t.name_en) order by t.slug), '[]'::json)
  from revision_topics rt join topics t on t.id = rt.topic_id
  where rt.revision_id = ${revisionId})`;

const LIVE = sql`e.published_revision_id is not null and e.unpublished_at is null`;

/**
 * Newest first, in the order of the indexes. drizzle declares `.desc()` index
 * columns as DESC NULLS LAST, while a bare `desc` in SQL means NULLS FIRST: with a
 * bare `desc` PostgreSQL cannot read the index in order and sorts every live entry
 * of the locale instead (about 100 ms at 100,000 entries, against under 1 ms).
 */
const NEWEST_FIRST = (column: SQL, id: SQL) => sql`${column} desc nulls last, ${id} desc nulls last`;
const OLDEST_FIRST = (column: SQL, id: SQL) => sql`${column} asc nulls first, ${id} asc nulls first`;

type SummaryRow = {
  id: number;
  locale: Locale;
  slug: string;
  claim: string;
  verdict: Verdict;
  summary: string;
  topics: PublicTopic[];
  first_published_at: Date | string;
  last_published_at: Date | string;
};

function toSummary(row: SummaryRow): EntrySummary {
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    claim: row.claim,
    verdict: row.verdict,
    summary: row.summary,
    topics: row.topics,
    firstPublishedAt: new Date(row.first_published_at),
    lastPublishedAt: new Date(row.last_published_at),
  };
}

/* ------------------------------- lists ------------------------------- */

export interface ListOptions {
  locale: Locale;
  verdict?: Verdict;
  topic?: string;
  /** Older than this cursor (the next page). */
  cursor?: ListCursor;
  /** Newer than this cursor (the previous page); ignored when `cursor` is set. */
  before?: ListCursor;
  limit?: number;
  /** `published`: newest first publication first (site); `updated`: newest change first (feeds). */
  order?: "published" | "updated";
}

export interface EntryPage {
  items: EntrySummary[];
  /** Cursor of the next (older) page, or null on the last page. */
  nextCursor: string | null;
  /** Cursor of the previous (newer) page, or null on the first page. */
  prevCursor: string | null;
}

function listLimit(options: ListOptions): number {
  return Math.min(Math.max(options.limit ?? 20, 1), 100);
}

/** What a list row carries: the summary the pages show, or the whole entry (feeds, whose items carry the body). */
export type ListShape = "summary" | "full";

const SUMMARY_SELECT = sql`select e.id, e.locale, e.slug, r.claim, r.verdict, r.summary, e.first_published_at, e.last_published_at,
          ${topicsJson(sql`r.id`)} as topics
        from entries e join entry_revisions r on r.id = e.published_revision_id`;

/** The list query (one more row than the page, to know whether there is a next one). Exported for the query-plan test. */
export function entryListQuery(options: ListOptions, shape: ListShape = "summary"): SQL {
  const limit = listLimit(options);
  const column = options.order === "updated" ? sql`e.last_published_at` : sql`e.first_published_at`;
  const filters: SQL[] = [sql`e.locale = ${options.locale}`, LIVE];
  if (options.verdict) filters.push(sql`e.published_verdict = ${options.verdict}`);
  if (options.topic) {
    filters.push(sql`exists (select 1 from revision_topics rt join topics t on t.id = rt.topic_id
      where rt.revision_id = e.published_revision_id and t.slug = ${options.topic})`);
  }
  if (options.cursor) {
    filters.push(sql`(${column}, e.id) < (${options.cursor.at.toISOString()}::timestamptz, ${options.cursor.id})`);
  } else if (options.before) {
    filters.push(sql`(${column}, e.id) > (${options.before.at.toISOString()}::timestamptz, ${options.before.id})`);
  }
  // Going back to newer entries reads the same index the other way (the exact reverse
  // of DESC NULLS LAST is ASC NULLS FIRST); loadEntryList restores newest-first order.
  const order = isBackwards(options) ? OLDEST_FIRST(column, sql`e.id`) : NEWEST_FIRST(column, sql`e.id`);
  return sql`${shape === "full" ? FULL_SELECT : SUMMARY_SELECT}
        where ${sql.join(filters, sql` and `)}
        order by ${order}
        limit ${limit + 1}`;
}

function isBackwards(options: ListOptions): boolean {
  return !options.cursor && options.before !== undefined;
}

async function loadEntryList(options: ListOptions): Promise<EntryPage> {
  const db = await getPublicReadDb();
  return toPage(options, (await queryRows<SummaryRow>(db, entryListQuery(options))).map(toSummary));
}

/** A page of list rows (one row too many when there is more) with its cursors. */
function toPage<T extends Pick<EntrySummary, "id" | "firstPublishedAt" | "lastPublishedAt">>(
  options: ListOptions,
  rows: T[],
): { items: T[]; nextCursor: string | null; prevCursor: string | null } {
  const limit = listLimit(options);
  const backwards = isBackwards(options);
  const more = rows.length > limit;
  const items = rows.slice(0, limit);
  if (backwards) items.reverse();
  const cursorOf = (item: T | undefined) =>
    item ? encodeCursor({ at: options.order === "updated" ? item.lastPublishedAt : item.firstPublishedAt, id: item.id }) : null;
  // Forwards: older pages exist when we read one row too many, newer ones whenever we started from a cursor.
  // Backwards: the reverse.
  const hasOlder = backwards ? true : more;
  const hasNewer = backwards ? more : options.cursor !== undefined;
  return { items, nextCursor: hasOlder ? cursorOf(items[items.length - 1]) : null, prevCursor: hasNewer ? cursorOf(items[0]) : null };
}

export function listPublishedEntries(options: ListOptions): Promise<EntryPage> {
  const key = `list:${JSON.stringify([options.locale, options.verdict, options.topic, options.cursor?.at.toISOString(), options.cursor?.id, options.before?.at.toISOString(), options.before?.id, options.limit, options.order])}`;
  return cached(key, [publicTags.list(options.locale)], () => loadEntryList(options));
}

export interface FullEntryPage extends Omit<EntryPage, "items"> {
  items: PublicEntry[];
}

/**
 * A list page with each entry whole (body, sources, corrections) in the same single
 * query: what a feed needs, without one more query per item. Not cached here: the
 * feeds cache what they build from it.
 */
export async function listPublishedEntriesWithContent(options: ListOptions): Promise<FullEntryPage> {
  const db = await getPublicReadDb();
  const rows = await queryRows<EntryRow>(db, entryListQuery(options, "full"));
  return toPage(options, rows.map(toPublicEntry));
}

/* ------------------------------- entry ------------------------------- */

type EntryRow = {
  id: number;
  locale: Locale;
  slug: string;
  unpublished_at: Date | null;
  published_revision_id: number | null;
  first_published_at: Date | string | null;
  last_published_at: Date | string | null;
  claim: string | null;
  claim_origin_text: string | null;
  claim_origin_url: string | null;
  claim_first_seen: string | null;
  verdict: Verdict | null;
  summary: string | null;
  body: string | null;
  sources: PublicSource[];
  topics: PublicTopic[];
  corrections: PublicCorrection[];
  tr_locale: Locale | null;
  tr_slug: string | null;
  tr_live: boolean | null;
};

/** Every column of a public entry, for one entry or a list (`e` the entry, `r` its published revision). */
const FULL_SELECT = sql`select e.id, e.locale, e.slug, e.unpublished_at, e.published_revision_id, e.first_published_at, e.last_published_at,
          r.claim, r.claim_origin_text, r.claim_origin_url, r.claim_first_seen::text as claim_first_seen,
          r.verdict, r.summary, r.body,
          (select coalesce(json_agg(json_build_object('url', s.url, 'title', s.title, 'publisher', s.publisher,
                    'accessedAt', s.accessed_at::text) order by s.position), '[]'::json)
             from revision_sources s where s.revision_id = r.id) as sources,
          ${topicsJson(sql`r.id`)} as topics,
          (select coalesce(json_agg(json_build_object('note', c.note, 'previousVerdict', c.previous_verdict,
                    'newVerdict', c.new_verdict, 'publishedAt', c.published_at) order by c.published_at desc, c.id desc), '[]'::json)
             from corrections c where c.entry_id = e.id) as corrections,
          tr.locale as tr_locale, tr.slug as tr_slug,
          (tr.published_revision_id is not null and tr.unpublished_at is null) as tr_live
        from entries e
        left join entry_revisions r on r.id = e.published_revision_id
        left join entries tr on tr.id = e.translation_id`;

/** A row of FULL_SELECT whose entry is live (published_revision_id set). */
function toPublicEntry(row: EntryRow): PublicEntry {
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    claim: row.claim!,
    claimOriginText: row.claim_origin_text,
    claimOriginUrl: row.claim_origin_url,
    claimFirstSeen: row.claim_first_seen,
    verdict: row.verdict!,
    summary: row.summary!,
    body: row.body ?? "",
    sources: row.sources,
    topics: row.topics,
    corrections: row.corrections,
    firstPublishedAt: new Date(row.first_published_at!),
    lastPublishedAt: new Date(row.last_published_at!),
    translation: row.tr_live && row.tr_locale && row.tr_slug ? { locale: row.tr_locale, slug: row.tr_slug } : null,
  };
}

async function loadPublicEntry(locale: Locale, slug: string): Promise<PublicEntryLookup> {
  const db = await getPublicReadDb();
  const [row] = await queryRows<EntryRow>(db, sql`${FULL_SELECT} where e.locale = ${locale} and e.slug = ${slug}`);
  if (!row || row.published_revision_id === null) return { status: "not_found" };
  if (row.unpublished_at) return { status: "gone" };
  return { status: "found", entry: toPublicEntry(row) };
}

/** Longer than any slug the editor accepts (lib/workflow/entry-input.ts). */
const MAX_SLUG_LENGTH = 200;

export function getPublicEntry(locale: Locale, slug: string): Promise<PublicEntryLookup> {
  // An address no entry can have (a NUL byte, `../`, 10 kB of text) costs no query:
  // every caller passes what a reader typed (pages, the API, the report form).
  if (slug.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(slug)) return Promise.resolve({ status: "not_found" });
  // Under the topics tag too: the entry carries its topics' names, which a rename changes.
  return cached(`entry:${locale}:${slug}`, [publicTags.entry(locale, slug), publicTags.topics()], () => loadPublicEntry(locale, slug));
}

/* ---------------------------- corrections ---------------------------- */

export interface PublicCorrectionItem extends PublicCorrection {
  id: number;
  entrySlug: string;
  claim: string;
}

/** Exported for the query-plan test. */
export function correctionsQuery(locale: Locale, limit: number): SQL {
  return sql`select c.id, c.note, c.previous_verdict, c.new_verdict, c.published_at, e.slug, r.claim
        from corrections c
        join entries e on e.id = c.entry_id
        join entry_revisions r on r.id = e.published_revision_id
        where c.locale = ${locale} and ${LIVE}
        order by ${NEWEST_FIRST(sql`c.published_at`, sql`c.id`)}
        limit ${limit}`;
}

async function loadCorrections(locale: Locale, limit: number): Promise<PublicCorrectionItem[]> {
  const db = await getPublicReadDb();
  const rows = await queryRows<{
    id: number;
    note: string;
    previous_verdict: Verdict | null;
    new_verdict: Verdict;
    published_at: Date | string;
    slug: string;
    claim: string;
  }>(
    db,
    correctionsQuery(locale, limit),
  );
  return rows.map((row) => ({
    id: row.id,
    note: row.note,
    previousVerdict: row.previous_verdict,
    newVerdict: row.new_verdict,
    publishedAt: new Date(row.published_at).toISOString(),
    entrySlug: row.slug,
    claim: row.claim,
  }));
}

export function listCorrections(locale: Locale, limit = 50): Promise<PublicCorrectionItem[]> {
  return cached(`corrections:${locale}:${limit}`, [publicTags.corrections(locale)], () => loadCorrections(locale, limit));
}

/* ------------------------------- topics ------------------------------ */

export interface TopicWithCount extends PublicTopic {
  count: number;
}

async function loadTopics(locale: Locale): Promise<TopicWithCount[]> {
  const db = await getPublicReadDb();
  const rows = await queryRows<{ slug: string; name_fr: string; name_en: string; count: number | string }>(
    db,
    // One pass over the live entries for every topic at once (a count per topic
    // would read them once per topic: 12 topics at 100,000 entries is ~0.5 s).
    sql`select t.slug, t.name_fr, t.name_en, coalesce(c.count, 0) as count
        from topics t
        left join (
          select rt.topic_id, count(*) as count
          from revision_topics rt join entries e on e.published_revision_id = rt.revision_id
          where e.locale = ${locale} and ${LIVE}
          group by rt.topic_id
        ) c on c.topic_id = t.id
        order by ${locale === "fr" ? sql`t.name_fr` : sql`t.name_en`}`,
  );
  return rows.map((row) => ({ slug: row.slug, nameFr: row.name_fr, nameEn: row.name_en, count: Number(row.count) }));
}

export function listTopics(locale: Locale): Promise<TopicWithCount[]> {
  return cached(`topics:${locale}`, [publicTags.topics(), publicTags.list(locale)], () => loadTopics(locale));
}

export function topicName(topic: PublicTopic, locale: Locale): string {
  return locale === "fr" ? topic.nameFr : topic.nameEn;
}
