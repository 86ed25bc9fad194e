/**
 * Sliding-window rate limits kept in the database (`rate_limit_hits`), so they
 * hold across every server and restart. A hit is recorded only when it is
 * allowed: a refused client is not kept out longer by retrying.
 */
import { sql } from "drizzle-orm";
import { queryRows, type DbOrTx } from "@/db/client";
import { rateLimitHits } from "@/db/schema";

export interface RateWindow {
  windowMs: number;
  max: number;
}

/** Public tip form, per client address: a burst of 5, and 20 a day. */
export const TIP_RATE_LIMITS: readonly RateWindow[] = [
  { windowMs: 10 * 60_000, max: 5 },
  { windowMs: 24 * 60 * 60_000, max: 20 },
];

/** Hits older than the longest window are useless. */
export const RATE_LIMIT_RETENTION_MS = Math.max(...TIP_RATE_LIMITS.map((w) => w.windowMs));

/**
 * Records a hit for `bucket`/`key` unless one of `windows` is full. Call inside a
 * transaction: an advisory lock on the key makes concurrent requests count one
 * after the other, on every server.
 */
export async function takeRateLimitHit(
  tx: DbOrTx,
  input: { bucket: string; key: string; windows: readonly RateWindow[]; now?: Date },
): Promise<{ allowed: boolean }> {
  const now = input.now ?? new Date();
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${input.bucket}:${input.key}`}))`);
  const longest = Math.max(...input.windows.map((w) => w.windowMs));
  const since = new Date(now.getTime() - longest);
  const rows = await queryRows<{ created_at: string | Date }>(
    tx,
    sql`select created_at from ${rateLimitHits}
        where bucket = ${input.bucket} and key = ${input.key}
          and created_at > ${since.toISOString()}::timestamptz and created_at <= ${now.toISOString()}::timestamptz`,
  );
  const times = rows.map((row) => new Date(row.created_at).getTime());
  for (const window of input.windows) {
    const from = now.getTime() - window.windowMs;
    if (times.filter((time) => time > from).length >= window.max) return { allowed: false };
  }
  await tx.insert(rateLimitHits).values({ bucket: input.bucket, key: input.key, createdAt: now });
  return { allowed: true };
}

export async function pruneRateLimitHits(db: DbOrTx, now: Date = new Date()): Promise<number> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`delete from ${rateLimitHits} where created_at < ${new Date(now.getTime() - RATE_LIMIT_RETENTION_MS).toISOString()}::timestamptz returning id`,
  );
  return rows.length;
}
