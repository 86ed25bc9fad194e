import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, type Role } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { listActiveSessions, SESSION_IDLE_TIMEOUT_MS, type ActiveSession } from "@/lib/auth/sessions";

export interface UserListItem {
  id: number;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  twoFactor: boolean;
  activeSessions: number;
  lastSeenAt: Date | null;
}

export async function listUsers(db: Db, actor: Actor, now = new Date()): Promise<UserListItem[]> {
  assertCan(actor, "users.manage");
  const idleSince = new Date(now.getTime() - SESSION_IDLE_TIMEOUT_MS).toISOString();
  const nowIso = now.toISOString();
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabledAt: users.disabledAt,
      totpEnabledAt: users.totpEnabledAt,
      // Qualified by hand: drizzle leaves a single table's columns unqualified, which the subquery would misread.
      activeSessions: sql<number>`(select count(*)::int from sessions s
        where s.user_id = "users"."id" and s.revoked_at is null and s.mfa_passed
          and s.session_version = "users"."session_version"
          and s.expires_at > ${nowIso}::timestamptz and s.last_seen_at > ${idleSince}::timestamptz)`,
      lastSeenAt: sql<string | null>`(select max(s.last_seen_at)::text from sessions s where s.user_id = "users"."id" and s.mfa_passed)`,
    })
    .from(users)
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id));
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    disabled: row.disabledAt !== null,
    twoFactor: row.totpEnabledAt !== null,
    activeSessions: Number(row.activeSessions),
    lastSeenAt: row.lastSeenAt ? new Date(row.lastSeenAt) : null,
  }));
}

export interface UserDetail extends Omit<UserListItem, "activeSessions"> {
  createdAt: Date;
  passwordChangedAt: Date | null;
  passwordMustChange: boolean;
  hasPassword: boolean;
  sessions: ActiveSession[];
}

export async function getUserDetail(db: Db, actor: Actor, userId: number, now = new Date()): Promise<UserDetail | null> {
  assertCan(actor, "users.manage");
  const [row] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    disabled: row.disabledAt !== null,
    twoFactor: row.totpEnabledAt !== null,
    lastSeenAt: null,
    createdAt: row.createdAt,
    passwordChangedAt: row.passwordChangedAt,
    passwordMustChange: row.passwordMustChange,
    hasPassword: row.passwordHash !== null,
    sessions: await listActiveSessions(db, row.id, now),
  };
}
