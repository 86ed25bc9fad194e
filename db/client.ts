/**
 * The one place that knows Factdesk runs on two drivers:
 * - DATABASE_URL set: real PostgreSQL through postgres.js (production, CI);
 * - unset: embedded PostgreSQL (PGlite) persisted under .data/, for newcomers.
 * Everything else imports `getDb()` and speaks the same SQL to both.
 *
 * Optional read replicas (DATABASE_REPLICA_URL, comma-separated, postgres only):
 * `getPublicReadDb()` — for the public site's read queries and nothing else —
 * reads from them; see its comment for what keeps those reads fresh.
 */
import fs from "node:fs";
import path from "node:path";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations, Logger } from "drizzle-orm";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or a transaction: domain functions accept both. */
export type DbOrTx = Db | Tx;

export type DatabaseKind = "postgres" | "embedded";

type PostgresFactory = typeof import("postgres");

/** A LISTEN subscription on its own connection (see `Connection.listen`). */
export interface Listener {
  /** Drops the listening connection and subscribes again on a new one (throws while the database is down). */
  restart: () => Promise<void>;
  close: () => Promise<void>;
}

interface Connection {
  kind: DatabaseKind;
  db: Db;
  /** Public reads through the replicas (withReplicas), when DATABASE_REPLICA_URL is set. */
  publicRead?: Db;
  close: () => Promise<void>;
  /**
   * Raw LISTEN support for cross-process cache invalidation (postgres only).
   * `onListen` runs each time the subscription is (re)established: notifications
   * sent while it was down are lost, so the caller must assume it missed some.
   */
  listen?: (channel: string, onMessage: (payload: string) => void, onListen: () => void) => Promise<Listener>;
}

const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");
/** Arbitrary constant shared by every Factdesk process: serialises migrations. */
const MIGRATION_LOCK_KEY = 724_913_001;

export class EmbeddedDatabaseLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database at ${dir} is already open in another process (pid ${pid}). ` +
        `PGlite cannot be shared between processes: stop that process, or set DATABASE_URL to use PostgreSQL.`,
    );
    this.name = "EmbeddedDatabaseLockedError";
  }
}

const CONNECTION_ERROR_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01", // admin_shutdown: the server is stopping
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: the server is starting up or shutting down
]);

/**
 * Is this error "the database server cannot be reached right now" (as opposed to a
 * bad query or a bad migration)? Such errors are worth waiting out: the server
 * keeps running and retries, instead of crashing.
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (CONNECTION_ERROR_CODES.has(code) || code.startsWith("08"))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

export function databaseKind(): DatabaseKind {
  return process.env.DATABASE_URL ? "postgres" : "embedded";
}

export function embeddedDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PGLITE_DIR || path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "pglite"));
}

/**
 * Counts queries when FACTDESK_COUNT_QUERIES=1 (used by the benchmark). Kept on
 * globalThis: Next bundles this module into several chunks (instrumentation, pages,
 * routes), and the copy that opened the connection must count into the same object
 * the others read.
 */
export const queryCounter: { count: number } = ((globalThis as unknown as { __factdeskQueryCounter?: { count: number } }).__factdeskQueryCounter ??= {
  count: 0,
});
const countingLogger: Logger = {
  logQuery() {
    queryCounter.count++;
  },
};
function loggerOption(): { logger?: Logger } {
  return process.env.FACTDESK_COUNT_QUERIES === "1" ? { logger: countingLogger } : {};
}

function pidIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** PGlite has no lock of its own: two processes on one directory silently lose writes. */
function acquireEmbeddedLock(dir: string): () => void {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const lockFile = `${dir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockFile, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockFile, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(fs.readFileSync(lockFile, "utf8").trim(), 10);
      if (Number.isFinite(holder) && holder !== process.pid && pidIsAlive(holder)) {
        throw new EmbeddedDatabaseLockedError(dir, holder);
      }
      if (holder === process.pid) return () => {};
      fs.unlinkSync(lockFile); // stale lock left by a crashed process
    }
  }
  throw new Error(`Could not lock the embedded database at ${dir}`);
}

/** DATABASE_REPLICA_URL: comma-separated postgres URLs of read replicas (none when unset). */
export function replicaUrls(env: Record<string, string | undefined> = process.env): string[] {
  return (env.DATABASE_REPLICA_URL || "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
}

async function openPostgres(url: string): Promise<Connection> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { withReplicas } = await import("drizzle-orm/pg-core");
  const pool = (address: string) =>
    postgres(address, {
      max: Number(process.env.DATABASE_POOL_SIZE || 10),
      onnotice: () => {},
      idle_timeout: 60,
      connect_timeout: 5,
    });
  const client = pool(url);
  const db = drizzle(client, { schema, ...loggerOption() }) as unknown as Db;
  const replicaClients = replicaUrls().map(pool);
  let publicRead: Db | undefined;
  if (replicaClients.length > 0) {
    const replicas = replicaClients.map((replica) => drizzle(replica, { schema, ...loggerOption() }) as unknown as Db);
    let next = 0;
    const pick = () => replicas[next++ % replicas.length];
    // withReplicas sends the query builder's selects to a replica and keeps every write on the
    // primary; our public queries are raw SQL (`execute`), which it would send to the primary,
    // so this Db — handed only to read-only public code — sends `execute` to a replica too,
    // and to the primary when that replica cannot be reached (a replica down is not an outage).
    const routed = withReplicas(db as never, replicas as never, pick as never) as unknown as Db;
    const execute = async (query: SQL) => {
      try {
        return await pick().execute(query);
      } catch (error) {
        if (!isDatabaseUnavailableError(error)) throw error;
        return db.execute(query);
      }
    };
    publicRead = { ...routed, execute: execute as Db["execute"] } as Db;
  }
  const listeners = new Set<Listener>();
  return {
    kind: "postgres",
    db,
    publicRead,
    close: async () => {
      await Promise.all([...listeners].map((listener) => listener.close()));
      await Promise.all([client, ...replicaClients].map((c) => c.end({ timeout: 5 })));
    },
    listen: async (channel, onMessage, onListen) => {
      const listener = await listenOnOwnConnection(postgres, url, channel, onMessage, onListen);
      listeners.add(listener);
      return listener;
    },
  };
}

/**
 * LISTEN on a dedicated client, replaceable as a whole. postgres.js re-subscribes
 * after a dropped connection only once: if the database is still down at that
 * moment, the subscription is silently gone for good (found by the resilience
 * tests). `restart` lets the caller start over on a fresh client.
 */
async function listenOnOwnConnection(
  postgres: PostgresFactory,
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
  onListen: () => void,
): Promise<Listener> {
  let client: ReturnType<typeof postgres> | null = null;
  const open = async () => {
    const next = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 5 });
    try {
      await next.listen(channel, onMessage, onListen);
    } catch (error) {
      await next.end({ timeout: 0 }).catch(() => {});
      throw error;
    }
    const previous = client;
    client = next;
    await previous?.end({ timeout: 0 }).catch(() => {});
  };
  await open();
  return {
    restart: open,
    close: async () => {
      await client?.end({ timeout: 1 }).catch(() => {});
      client = null;
    },
  };
}

async function openEmbedded(): Promise<Connection> {
  const dir = embeddedDataDir();
  const release = acquireEmbeddedLock(dir);
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
    const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
    const { drizzle } = await import("drizzle-orm/pglite");
    const client = await PGlite.create(dir, { extensions: { unaccent, pg_trgm } });
    const db = drizzle(client, { schema, ...loggerOption() }) as unknown as Db;
    return {
      kind: "embedded",
      db,
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

async function runMigrations(conn: Connection): Promise<void> {
  if (conn.kind === "embedded") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    // The file lock already guarantees a single process here.
    await migrate(conn.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  // A dedicated single connection holds an advisory lock so that several servers
  // starting together apply migrations once, one after the other.
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}

// Cached on globalThis so that dev hot reloads and several module copies share one client.
const globalStore = globalThis as unknown as { __factdeskDb?: Promise<Connection> };

async function connect(): Promise<Connection> {
  const conn = process.env.DATABASE_URL ? await openPostgres(process.env.DATABASE_URL) : await openEmbedded();
  try {
    if (process.env.FACTDESK_SKIP_MIGRATIONS !== "1") await runMigrations(conn);
  } catch (error) {
    // The next getDb() starts over (and migrates) on a new client: do not leak this one.
    await conn.close().catch(() => {});
    throw error;
  }
  return conn;
}

function connection(): Promise<Connection> {
  if (!globalStore.__factdeskDb) {
    globalStore.__factdeskDb = connect().catch((error) => {
      globalStore.__factdeskDb = undefined;
      throw error;
    });
  }
  return globalStore.__factdeskDb;
}

/** The database, connected and migrated on first use (once per process). */
export async function getDb(): Promise<Db> {
  return (await connection()).db;
}

/**
 * How long public reads stay on the primary after this process learns of a
 * change to public data (FACTDESK_REPLICA_LAG_MS): the cache is dropped by the
 * primary's NOTIFY, and a replica that has not replayed the change yet would
 * otherwise put the old row straight back into the cache. Set it above the
 * replicas' worst replay lag (pg_stat_replication.replay_lag).
 */
const REPLICA_LAG_MS = Number(process.env.FACTDESK_REPLICA_LAG_MS || 5_000);
const replicaHold = globalThis as unknown as { __factdeskPrimaryUntil?: number };

/** Public reads go to the primary for the next FACTDESK_REPLICA_LAG_MS (called on every cache invalidation). */
export function readPublicFromPrimaryForAWhile(now = Date.now()): void {
  replicaHold.__factdeskPrimaryUntil = now + REPLICA_LAG_MS;
}

/**
 * The database for the public site's read queries (pages, search, feeds,
 * sitemaps): the read replicas when DATABASE_REPLICA_URL is set, except for a
 * while after a change to public data; else the primary. Never for the admin,
 * sign-in or anything that writes or must see its own writes: those use getDb().
 */
export async function getPublicReadDb(): Promise<Db> {
  const conn = await connection();
  if (!conn.publicRead || Date.now() < (replicaHold.__factdeskPrimaryUntil ?? 0)) return conn.db;
  return conn.publicRead;
}

export async function getConnection(): Promise<Connection> {
  return connection();
}

export async function closeDb(): Promise<void> {
  const pending = globalStore.__factdeskDb;
  globalStore.__factdeskDb = undefined;
  if (pending) await (await pending).close();
}

/** Rows of a raw query, whatever the driver (postgres.js returns an array, PGlite `{ rows }`). */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
