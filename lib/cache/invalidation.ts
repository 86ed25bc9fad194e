/**
 * Cross-process cache invalidation over PostgreSQL LISTEN/NOTIFY.
 * Chosen over a Redis-backed cache handler because PostgreSQL is already the one
 * shared dependency of every Factdesk server: no new service to run, and the
 * NOTIFY is sent by the same database that holds the change.
 *
 * A notification sent while a process's LISTEN connection is down is lost, so:
 * - whenever the subscription is (re)established, the process drops its whole
 *   cache to "stale" (it may have missed invalidations meanwhile);
 * - a watchdog pings the channel through the ordinary pool every few seconds and
 *   expects its own ping back; when the database answers but the ping does not
 *   come back, the subscription is dead and is started over on a new connection.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { getConnection, readPublicFromPrimaryForAWhile, type Listener } from "@/db/client";
import { invalidateAllLocal, invalidateLocalTags } from "./tagged-cache";

const CHANNEL = "factdesk_cache";
const processId = randomUUID();
const WATCHDOG_INTERVAL_MS = Number(process.env.FACTDESK_LISTEN_CHECK_MS || 5_000);
const PING_TIMEOUT_MS = 3_000;

type Message = { origin?: string; tags?: unknown; ping?: string };

const globalStore = globalThis as unknown as {
  __factdeskCacheListener?: { listener: Listener; pings: Map<string, () => void>; timer: NodeJS.Timeout };
};

/** Invalidates `tags` here and in every other server process. */
export async function invalidateTags(tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  // Re-reads of the changed pages must not come from a replica that lags behind (db/client.ts).
  readPublicFromPrimaryForAWhile();
  invalidateLocalTags(tags);
  try {
    const conn = await getConnection();
    if (conn.kind !== "postgres") return; // the embedded database serves a single process
    await conn.db.execute(sql`select pg_notify(${CHANNEL}, ${JSON.stringify({ origin: processId, tags })})`);
  } catch (error) {
    // The other processes re-read everything when their subscription comes back.
    console.error("[cache] could not broadcast invalidation", error);
  }
}

function onNotification(payload: string, pings: Map<string, () => void>): void {
  let message: Message;
  try {
    message = JSON.parse(payload) as Message;
  } catch {
    return; // not ours
  }
  if (message.origin !== processId) {
    if (Array.isArray(message.tags)) {
      readPublicFromPrimaryForAWhile();
      invalidateLocalTags(message.tags.filter((tag): tag is string => typeof tag === "string"));
    }
    return;
  }
  if (typeof message.ping === "string") pings.get(message.ping)?.();
}

/** One watchdog round: restarts the subscription when the database answers but our own ping does not come back. */
async function checkSubscription(listener: Listener, pings: Map<string, () => void>): Promise<void> {
  const ping = randomUUID();
  const received = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
    pings.set(ping, () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  try {
    const conn = await getConnection();
    await conn.db.execute(sql`select pg_notify(${CHANNEL}, ${JSON.stringify({ origin: processId, ping })})`);
  } catch {
    pings.delete(ping);
    return; // the database is unreachable: the subscription cannot be fixed now
  }
  const alive = await received;
  pings.delete(ping);
  if (alive) return;
  console.warn("[cache] invalidation subscription lost; subscribing again");
  await listener.restart().catch((error) => console.error("[cache] could not subscribe again", error));
}

/** Subscribes this process to other processes' invalidations (once), and keeps the subscription alive. */
export async function listenForInvalidations(): Promise<void> {
  if (globalStore.__factdeskCacheListener) return;
  const conn = await getConnection();
  if (!conn.listen) return;
  const pings = new Map<string, () => void>();
  const listener = await conn.listen(
    CHANNEL,
    (payload) => onNotification(payload, pings),
    () => {
      readPublicFromPrimaryForAWhile();
      invalidateAllLocal();
    },
  );
  let checking = false;
  const timer = setInterval(() => {
    if (checking) return;
    checking = true;
    checkSubscription(listener, pings).finally(() => {
      checking = false;
    });
  }, WATCHDOG_INTERVAL_MS);
  timer.unref();
  globalStore.__factdeskCacheListener = { listener, pings, timer };
}

/** Stops the subscription and its watchdog (scripts and tests that end their process cleanly). */
export async function stopListening(): Promise<void> {
  const current = globalStore.__factdeskCacheListener;
  if (!current) return;
  globalStore.__factdeskCacheListener = undefined;
  clearInterval(current.timer);
  await current.listener.close();
}
