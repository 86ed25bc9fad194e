/**
 * The one place that knows Factdesk runs on two drivers:
 * - DATABASE_URL set: real PostgreSQL through postgres.js (production, CI);
 * - unset: embedded PostgreSQL (PGlite) persisted under .data/, for newcomers.
 * Everything else imports `getDb()` and speaks the same SQL to both.
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

interface Connection {
  kind: DatabaseKind;
  db: Db;
  close: () => Promise<void>;
  /** Raw LISTEN support for cross-process cache invalidation (postgres only). */
  listen?: (channel: string, onMessage: (payload: string) => void) => Promise<void>;
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

async function openPostgres(url: string): Promise<Connection> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, {
    max: Number(process.env.DATABASE_POOL_SIZE || 10),
    onnotice: () => {},
    idle_timeout: 60,
    connect_timeout: 5,
  });
  const db = drizzle(client, { schema, ...loggerOption() }) as unknown as Db;
  return {
    kind: "postgres",
    db,
    close: () => client.end({ timeout: 5 }),
    listen: async (channel, onMessage) => {
      await client.listen(channel, onMessage);
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
  const client = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
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
  if (process.env.FACTDESK_SKIP_MIGRATIONS !== "1") await runMigrations(conn);
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
