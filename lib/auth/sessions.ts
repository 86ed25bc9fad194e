/**
 * Server-side sessions. The signed cookie only carries a random session id; this
 * table decides whether it is still good: revoked, idle too long, past its
 * absolute lifetime, or older than the account's session version (bumped on
 * disable, role change and password reset) all end it at the next request.
 */
import crypto from "node:crypto";
import { and, desc, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { sessions, users, type Role } from "@/db/schema";
import type { ClientInfo } from "@/lib/request-context";

export const SESSION_IDLE_TIMEOUT_MS = Number(process.env.SESSION_IDLE_MINUTES || 8 * 60) * 60_000;
export const SESSION_MAX_AGE_MS = Number(process.env.SESSION_MAX_DAYS || 14) * 24 * 60 * 60_000;
/** last_seen_at is written at most this often per session, to keep reads cheap. */
const TOUCH_INTERVAL_MS = 60_000;

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
  /** False while a TOTP account has given its password but not its code yet. */
  mfaPassed: boolean;
  /** The account has a confirmed authenticator app. */
  totpEnabled: boolean;
  /** An admin gave this account a one-time password: it must choose its own first. */
  passwordMustChange: boolean;
  sessionCreatedAt: Date;
}

export async function createSession(
  db: DbOrTx,
  input: { userId: number; sessionVersion: number; client: ClientInfo | null; mfaPassed: boolean; now?: Date },
): Promise<string> {
  const now = input.now ?? new Date();
  const id = crypto.randomBytes(32).toString("base64url");
  await db.insert(sessions).values({
    id,
    userId: input.userId,
    sessionVersion: input.sessionVersion,
    mfaPassed: input.mfaPassed,
    ip: input.client?.ip ?? null,
    userAgent: input.client?.userAgent ?? null,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_MS),
  });
  return id;
}

/** The signed-in user behind a session id, or null when the session is no longer valid. */
export async function validateSession(db: DbOrTx, sessionId: string, now = new Date()): Promise<SessionUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabledAt: users.disabledAt,
      userVersion: users.sessionVersion,
      sessionVersion: sessions.sessionVersion,
      mfaPassed: sessions.mfaPassed,
      lastSeenAt: sessions.lastSeenAt,
      sessionCreatedAt: sessions.createdAt,
      totpEnabledAt: users.totpEnabledAt,
      passwordMustChange: users.passwordMustChange,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row) return null;
  if (row.disabledAt || row.sessionVersion !== row.userVersion) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > SESSION_IDLE_TIMEOUT_MS) {
    await revokeSession(db, sessionId, now);
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
  }
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    sessionId,
    mfaPassed: row.mfaPassed,
    totpEnabled: row.totpEnabledAt !== null,
    passwordMustChange: row.passwordMustChange,
    sessionCreatedAt: row.sessionCreatedAt,
  };
}

export async function revokeSession(db: DbOrTx, sessionId: string, now = new Date()): Promise<void> {
  await db.update(sessions).set({ revokedAt: now }).where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Ends every session of a user (used on disable, role change, password reset). */
export async function revokeAllSessions(db: DbOrTx, userId: number, now = new Date()): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
  await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
}

/** Ends every session of a user but one (the one they are using), without touching the account's version. */
export async function revokeOtherSessions(db: DbOrTx, userId: number, keepSessionId: string, now = new Date()): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId), isNull(sessions.revokedAt)));
}

/**
 * How pages and forms name a session: a hash of its id, so the id itself (half
 * of what a cookie carries) never appears in HTML.
 */
export function sessionHandle(sessionId: string): string {
  return crypto.createHash("sha256").update(sessionId, "utf8").digest("hex");
}

export interface ActiveSession {
  handle: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
}

/** A user's sessions that would still be accepted now, most recently used first. */
export async function listActiveSessions(db: DbOrTx, userId: number, now = new Date()): Promise<ActiveSession[]> {
  const idleSince = new Date(now.getTime() - SESSION_IDLE_TIMEOUT_MS);
  const rows = await db
    .select({ id: sessions.id, ip: sessions.ip, userAgent: sessions.userAgent, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        eq(sessions.mfaPassed, true),
        eq(sessions.sessionVersion, users.sessionVersion),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, idleSince),
      ),
    )
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map(({ id, ...rest }) => ({ handle: sessionHandle(id), ...rest }));
}
