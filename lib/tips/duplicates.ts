/**
 * Duplicate detection. Two tips are duplicates when they point at the same URL,
 * or when their claims are near-identical by PostgreSQL trigram similarity
 * (pg_trgm, on both database kinds; the `%` operator uses the GIN index, the
 * threshold is then checked exactly). Grouped tips share `group_id`: the id of
 * the group's first tip, which carries its own id.
 */
import { sql } from "drizzle-orm";
import { queryRows, type DbOrTx } from "@/db/client";
import type { TipKind } from "./form";

/** Similarity at which a new tip joins an existing group by itself. */
export const DUPLICATE_SIMILARITY = 0.6;
/** Looser similarity for the suggestions an editor sees on a tip. */
export const SUGGESTION_SIMILARITY = 0.35;
/** Only recent tips are compared with a new one. */
const DUPLICATE_LOOKBACK_DAYS = 180;

/** The group a new tip belongs to, or null; makes the matched tip a group root if it was alone. */
export async function joinDuplicateGroup(
  tx: DbOrTx,
  tip: { kind: TipKind; entryId: number | null; claim: string; seenUrl: string | null; now: Date },
): Promise<number | null> {
  const since = new Date(tip.now.getTime() - DUPLICATE_LOOKBACK_DAYS * 86_400_000).toISOString();
  // Error reports are duplicates only of reports on the same entry.
  const sameScope = tip.kind === "error" ? sql`kind = 'error' and entry_id = ${tip.entryId}` : sql`kind = 'rumor'`;
  const [match] = await queryRows<{ id: number; group_id: number | null }>(
    tx,
    sql`select id, group_id from tips
        where ${sameScope} and created_at > ${since}::timestamptz
          and ((${tip.seenUrl}::text is not null and seen_url = ${tip.seenUrl}::text)
               or (claim % ${tip.claim} and similarity(claim, ${tip.claim}) >= ${DUPLICATE_SIMILARITY}))
        order by (${tip.seenUrl}::text is not null and seen_url = ${tip.seenUrl}::text) desc,
                 similarity(claim, ${tip.claim}) desc, id
        limit 1`,
  );
  if (!match) return null;
  if (match.group_id !== null) return match.group_id;
  await tx.execute(sql`update tips set group_id = id where id = ${match.id} and group_id is null`);
  return match.id;
}

export interface SimilarTip {
  id: number;
  reference: string;
  kind: TipKind;
  status: string;
  claim: string;
  seenUrl: string | null;
  groupKey: number;
  similarity: number;
  sameUrl: boolean;
  createdAt: Date;
}

/** Tips outside `tipId`'s group that look like it: candidates for a manual merge. */
export async function findSimilarTips(db: DbOrTx, tipId: number, limit = 8): Promise<SimilarTip[]> {
  const rows = await queryRows<{
    id: number;
    reference: string;
    kind: TipKind;
    status: string;
    claim: string;
    seen_url: string | null;
    group_key: number;
    similarity: number;
    same_url: boolean;
    created_at: string | Date;
  }>(
    db,
    sql`select o.id, o.reference, o.kind, o.status, o.claim, o.seen_url, coalesce(o.group_id, o.id) as group_key,
               similarity(o.claim, t.claim)::float8 as similarity,
               (t.seen_url is not null and o.seen_url = t.seen_url) as same_url, o.created_at
        from tips t
        join tips o on o.id <> t.id and coalesce(o.group_id, o.id) <> coalesce(t.group_id, t.id)
        where t.id = ${tipId}
          and ((t.seen_url is not null and o.seen_url = t.seen_url)
               or (o.claim % t.claim and similarity(o.claim, t.claim) >= ${SUGGESTION_SIMILARITY}))
        order by same_url desc, similarity desc, o.created_at desc
        limit ${limit}`,
  );
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    status: row.status,
    claim: row.claim,
    seenUrl: row.seen_url,
    groupKey: row.group_key,
    similarity: Number(row.similarity),
    sameUrl: row.same_url,
    createdAt: new Date(row.created_at),
  }));
}
