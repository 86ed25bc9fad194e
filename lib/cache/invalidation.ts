/**
 * Cross-process cache invalidation over PostgreSQL LISTEN/NOTIFY.
 * Chosen over a Redis-backed cache handler because PostgreSQL is already the one
 * shared dependency of every Factdesk server: no new service to run, and the
 * NOTIFY is sent by the same database that holds the change.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { getConnection } from "@/db/client";
import { invalidateLocalTags } from "./tagged-cache";

const CHANNEL = "factdesk_cache";
const processId = randomUUID();
const globalStore = globalThis as unknown as { __factdeskCacheListening?: boolean };

/** Invalidates `tags` here and in every other server process. */
export async function invalidateTags(tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  invalidateLocalTags(tags);
  const conn = await getConnection();
  if (conn.kind !== "postgres") return; // the embedded database serves a single process
  try {
    await conn.db.execute(sql`select pg_notify(${CHANNEL}, ${JSON.stringify({ origin: processId, tags })})`);
  } catch (error) {
    console.error("[cache] could not broadcast invalidation", error);
  }
}

/** Subscribes this process to other processes' invalidations (once). */
export async function listenForInvalidations(): Promise<void> {
  if (globalStore.__factdeskCacheListening) return;
  const conn = await getConnection();
  if (!conn.listen) return;
  globalStore.__factdeskCacheListening = true;
  await conn.listen(CHANNEL, (payload) => {
    try {
      const message = JSON.parse(payload) as { origin?: string; tags?: unknown };
      if (message.origin === processId || !Array.isArray(message.tags)) return;
      invalidateLocalTags(message.tags.filter((tag): tag is string => typeof tag === "string"));
    } catch {
      /* ignore malformed notifications */
    }
  });
}
