/**
 * Full-text search of the published entries of one locale, in that locale's
 * accent-insensitive text search configuration (factdesk_fr / factdesk_en, see
 * db/migrations/0000): "donnees" finds "données", "antennas" finds "antenna".
 *
 * Ranking: entries whose claim (weight A of the stored vector) matches the whole
 * query come first, then by ts_rank over claim, summary and body, then newest.
 * One SQL statement: matches through the GIN index, the page of results, its
 * total, and ts_headline snippets computed for that page only. Results are cached
 * under the locale's list tag, which every publication invalidates.
 */
import { sql } from "drizzle-orm";
import { getPublicReadDb, queryRows } from "@/db/client";
import type { Locale, Verdict } from "@/db/schema";
import { cached } from "@/lib/cache/tagged-cache";
import { publicTags } from "@/lib/entries/cache-tags";
import { textSearchConfig } from "@/lib/entries/publication";
import type { PublicTopic } from "@/lib/entries/public-queries";
import { HIGHLIGHT_START, HIGHLIGHT_STOP, plainText } from "./highlight";

export const SEARCH_PAGE_SIZE = 20;

export interface SearchHit {
  id: number;
  slug: string;
  verdict: Verdict;
  claim: string;
  /** The claim with every matching word marked (see ./highlight.ts). */
  claimHighlighted: string;
  /** A short extract of the summary and body around the matches, marked. */
  snippet: string;
  /** Whether the snippet starts where the summary starts (else the page shows it as an extract). */
  snippetAtStart: boolean;
  topics: PublicTopic[];
  firstPublishedAt: Date;
  titleMatch: boolean;
  rank: number;
}

export interface SearchResults {
  total: number;
  page: number;
  hits: SearchHit[];
  hasMore: boolean;
}

type HitRow = {
  id: number;
  slug: string;
  verdict: Verdict;
  claim: string;
  claim_hl: string;
  snippet: string;
  summary: string;
  topics: PublicTopic[];
  first_published_at: Date | string;
  title_match: boolean;
  rank: number | string;
  total: number | string;
};

// Quoted so that ts_headline's option parser takes the private-use characters as they are.
const CLAIM_OPTIONS = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}", HighlightAll=true`;
const SNIPPET_OPTIONS = `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_STOP}", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

/**
 * How many matches are ranked, newest first. Ranking every match of a common word
 * detoasts and scores tens of thousands of documents (over a second at 100,000
 * entries); the newest 500 keep search fast at any archive size. Readers page
 * through those 25 pages of 20; a broader question needs more words.
 */
export const SEARCH_CANDIDATES = 500;

async function loadSearch(locale: Locale, query: string, page: number): Promise<SearchResults> {
  const config = textSearchConfig(locale);
  const offset = (page - 1) * SEARCH_PAGE_SIZE;
  const marks = `${HIGHLIGHT_START}${HIGHLIGHT_STOP}`;
  const db = await getPublicReadDb();
  const rows = await queryRows<HitRow>(
    db,
    sql`with q as (select websearch_to_tsquery(${config}, ${query}) as query),
        -- The newest matches, ids only, nothing ranked yet (db/migrations/0003: always
        -- through the GIN index, whatever the planner guesses of the word).
        candidates as (
          select c.id from factdesk_search_candidates(${locale}, websearch_to_tsquery(${config}, ${query}), ${SEARCH_CANDIDATES}) c
        ),
        matches as (
          -- Ranked: only the bounded set (ranking every match of a common word took
          -- over half a second at 100,000 entries).
          select e.id, e.slug, e.published_revision_id, e.first_published_at,
                 ts_filter(e.search_vector, '{a}') @@ q.query as title_match,
                 ts_rank(e.search_vector, q.query) as rank
          from candidates c join entries e on e.id = c.id, q
        ),
        page as (
          select * from matches
          order by title_match desc, rank desc, first_published_at desc, id desc
          limit ${SEARCH_PAGE_SIZE + 1} offset ${offset}
        )
        select p.id, p.slug, r.verdict, r.claim, r.summary, p.first_published_at, p.title_match, p.rank,
               (select count(*) from matches) as total,
               ts_headline(${config}, translate(r.claim, ${marks}, ''), q.query, ${CLAIM_OPTIONS}) as claim_hl,
               ts_headline(${config},
                 translate(r.summary || ' ' ||
                   -- Markdown link targets and markup characters are not reading text.
                   regexp_replace(regexp_replace(r.body, '\\]\\([^)]*\\)', ']', 'g'), '[#*_\`>|~\\[\\]]+', ' ', 'g'),
                   ${marks}, ''),
                 q.query, ${SNIPPET_OPTIONS}) as snippet,
               (select coalesce(json_agg(json_build_object('slug', t.slug, 'nameFr', t.name_fr, 'nameEn', t.name_en) order by t.slug), '[]'::json)
                  from revision_topics rt join topics t on t.id = rt.topic_id where rt.revision_id = r.id) as topics
        from page p
        join entry_revisions r on r.id = p.published_revision_id
        cross join q
        order by p.title_match desc, p.rank desc, p.first_published_at desc, p.id desc`,
  );
  const hits = rows.slice(0, SEARCH_PAGE_SIZE).map((row) => ({
    id: row.id,
    slug: row.slug,
    verdict: row.verdict,
    claim: row.claim,
    claimHighlighted: row.claim_hl,
    snippet: row.snippet,
    snippetAtStart: startsTheSame(row.summary, plainText(row.snippet)),
    topics: row.topics,
    firstPublishedAt: new Date(row.first_published_at),
    titleMatch: row.title_match,
    rank: Number(row.rank),
  }));
  // The total comes with every row; with no row on this page, count it as "what came before".
  const total = rows.length > 0 ? Number(rows[0].total) : offset === 0 ? 0 : await countMatches(locale, query);
  return { total, page, hits, hasMore: rows.length > SEARCH_PAGE_SIZE };
}

function startsTheSame(document: string, extract: string): boolean {
  const normalise = (text: string) => text.replace(/\s+/g, " ").trim();
  return normalise(document).startsWith(normalise(extract).slice(0, 40));
}

async function countMatches(locale: Locale, query: string): Promise<number> {
  const config = textSearchConfig(locale);
  const db = await getPublicReadDb();
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`select count(*) as n from factdesk_search_candidates(${locale}, websearch_to_tsquery(${config}, ${query}), ${SEARCH_CANDIDATES})`,
  );
  return Number(row?.n ?? 0);
}

/** Published entries of `locale` matching `query` (already cleaned by parseSearchQuery), page by page. */
export function searchEntries(locale: Locale, query: string, page = 1): Promise<SearchResults> {
  return cached(`search:${locale}:${page}:${query}`, [publicTags.list(locale)], () => loadSearch(locale, query, page));
}
