/**
 * The two reads the feeds need beyond lib/entries/public-queries.ts: the
 * corrections with a keyset cursor and their entry's topics, and when a locale's
 * public content last changed. Cached under the public tags, so a publish,
 * unpublish or correction (which invalidates them) is seen at once.
 */
import { sql, type SQL } from "drizzle-orm";
import { getPublicReadDb, queryRows } from "@/db/client";
import type { Locale, Verdict } from "@/db/schema";
import { publicTags } from "@/lib/entries/cache-tags";
import { encodeCursor, type ListCursor, type PublicCorrection, type PublicTopic } from "@/lib/entries/public-queries";
import { cached } from "@/lib/cache/tagged-cache";

export interface FeedCorrection extends PublicCorrection {
  id: number;
  entryId: number;
  entrySlug: string;
  /** The claim as now published. */
  claim: string;
  /** Topics of the entry as now published. */
  topics: PublicTopic[];
}

export interface FeedCorrectionPage {
  items: FeedCorrection[];
  nextCursor: string | null;
}

type CorrectionRow = {
  id: number;
  note: string;
  previous_verdict: Verdict | null;
  new_verdict: Verdict;
  published_at: Date | string;
  entry_id: number;
  slug: string;
  claim: string;
  topics: PublicTopic[];
};

async function loadCorrectionPage(locale: Locale, cursor: ListCursor | undefined, limit: number): Promise<FeedCorrectionPage> {
  const filters: SQL[] = [
    sql`c.locale = ${locale}`,
    // A withdrawn entry's corrections leave the feed with it.
    sql`e.published_revision_id is not null and e.unpublished_at is null`,
  ];
  if (cursor) filters.push(sql`(c.published_at, c.id) < (${cursor.at.toISOString()}::timestamptz, ${cursor.id})`);
  const db = await getPublicReadDb();
  const rows = await queryRows<CorrectionRow>(
    db,
    sql`select c.id, c.note, c.previous_verdict, c.new_verdict, c.published_at, e.id as entry_id, e.slug, r.claim,
          (select coalesce(json_agg(json_build_object('slug', t.slug, 'nameFr', t.name_fr, 'nameEn', t.name_en) order by t.slug), '[]'::json)
             from revision_topics rt join topics t on t.id = rt.topic_id
            where rt.revision_id = r.id) as topics
        from corrections c
        join entries e on e.id = c.entry_id
        join entry_revisions r on r.id = e.published_revision_id
        where ${sql.join(filters, sql` and `)}
        order by c.published_at desc, c.id desc
        limit ${limit + 1}`,
  );
  const items = rows.slice(0, limit).map((row) => ({
    id: row.id,
    note: row.note,
    previousVerdict: row.previous_verdict,
    newVerdict: row.new_verdict,
    publishedAt: new Date(row.published_at).toISOString(),
    entryId: row.entry_id,
    entrySlug: row.slug,
    claim: row.claim,
    topics: row.topics,
  }));
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor({ at: new Date(last.publishedAt), id: last.id }) : null;
  return { items, nextCursor };
}

/** Corrections of live entries, newest first, `limit` at a time after `cursor`. */
export function listCorrectionsForFeed(locale: Locale, cursor: ListCursor | undefined, limit: number): Promise<FeedCorrectionPage> {
  const key = `feed-corrections:${JSON.stringify([locale, cursor?.at.toISOString(), cursor?.id, limit])}`;
  return cached(key, [publicTags.corrections(locale), publicTags.topics()], () => loadCorrectionPage(locale, cursor, limit));
}

async function loadPublicChangeTime(locale: Locale): Promise<Date | null> {
  const db = await getPublicReadDb();
  // The newest publish (a first publication, an update, a correction) or unpublish:
  // a feed can change in no other way. Removals count, or a client asking
  // If-Modified-Since would be told an entry that left is still there.
  const [row] = await queryRows<{ changed_at: Date | string | null }>(
    db,
    sql`select greatest(
          (select max(e.last_published_at) from entries e
            where e.locale = ${locale} and e.published_revision_id is not null and e.unpublished_at is null),
          (select max(e.unpublished_at) from entries e where e.locale = ${locale})
        ) as changed_at`,
  );
  return row?.changed_at ? new Date(row.changed_at) : null;
}

/** When anything public in `locale` last changed (null when nothing ever was public). */
export function publicChangeTime(locale: Locale): Promise<Date | null> {
  return cached(`feed-changed-at:${locale}`, [publicTags.list(locale)], () => loadPublicChangeTime(locale));
}
