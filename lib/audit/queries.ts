/**
 * Reading the audit log (admins only): newest first, filtered by action, actor
 * and date range (days in the newsroom's time zone), with keyset pagination so a
 * page costs the same however deep it is.
 */
import { and, desc, eq, like, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { siteTimeZone } from "@/lib/i18n/format";

export const AUDIT_PAGE_SIZE = 50;

/** Actions this codebase writes about accounts and sign-in (others, e.g. entry.*, can be typed in the filter). */
export const KNOWN_AUDIT_ACTIONS = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_throttled",
  "auth.password_accepted",
  "auth.second_factor_failed",
  "auth.sign_out",
  "user.created",
  "user.role_changed",
  "user.disabled",
  "user.enabled",
  "user.password_reset",
  "user.password_changed",
  "user.password_change_failed",
  "user.password_set_by_link",
  "user.two_factor_enabled",
  "user.two_factor_disabled",
  "user.two_factor_reset",
  "user.recovery_codes_regenerated",
  "session.ended",
  "session.ended_all",
  "settings.two_factor_changed",
] as const;

const dateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-03-31.")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "Use a real date.");

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const auditFilterSchema = z.object({
  action: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .trim()
      .max(100)
      .regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*(\.\*|\.)?$/, "An action looks like user.disabled, or user.* for a group.")
      .optional(),
  ),
  actor: z.preprocess(emptyToUndefined, z.coerce.number().int().positive("Choose an account from the list.").max(2_147_483_647, "Choose an account from the list.").optional()),
  from: z.preprocess(emptyToUndefined, dateString.optional()),
  to: z.preprocess(emptyToUndefined, dateString.optional()),
  cursor: z.preprocess(emptyToUndefined, z.string().max(200).optional()),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export interface AuditEvent {
  id: number;
  at: Date;
  action: string;
  actor: { id: number; name: string; email: string } | null;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown> | null;
}

export class InvalidAuditCursorError extends Error {
  constructor() {
    super("This page link is not valid.");
    this.name = "InvalidAuditCursorError";
  }
}

const CURSOR_AT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)?$/;

export function encodeAuditCursor(at: string, id: number): string {
  return Buffer.from(`${at}|${id}`, "utf8").toString("base64url");
}

export function decodeAuditCursor(cursor: string): { at: string; id: number } {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw new InvalidAuditCursorError();
  const [at, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const numericId = Number(id);
  if (rest.length > 0 || !at || !CURSOR_AT.test(at) || !Number.isSafeInteger(numericId) || numericId < 1) throw new InvalidAuditCursorError();
  return { at, id: numericId };
}

export async function listAuditEvents(
  db: Db,
  actor: Actor,
  filter: AuditFilter,
  limit = AUDIT_PAGE_SIZE,
): Promise<{ items: AuditEvent[]; nextCursor: string | null }> {
  assertCan(actor, "audit.read");
  const timeZone = siteTimeZone();
  const conditions: SQL[] = [];
  if (filter.action) {
    const prefix = filter.action.replace(/\.\*?$/, "");
    conditions.push(filter.action.endsWith(".") || filter.action.endsWith(".*") ? like(auditLog.action, `${prefix}.%`) : eq(auditLog.action, filter.action));
  }
  if (filter.actor) conditions.push(eq(auditLog.actorId, filter.actor));
  if (filter.from) conditions.push(sql`${auditLog.at} >= (${filter.from}::date)::timestamp at time zone ${timeZone}`);
  if (filter.to) conditions.push(sql`${auditLog.at} < (${filter.to}::date + 1)::timestamp at time zone ${timeZone}`);
  if (filter.cursor) {
    const cursor = decodeAuditCursor(filter.cursor);
    conditions.push(sql`(${auditLog.at}, ${auditLog.id}) < (${cursor.at}::timestamptz, ${cursor.id})`);
  }
  const actorUser = alias(users, "actor_user");
  const targetUser = alias(users, "target_user");
  const rows = await db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      atText: sql<string>`${auditLog.at}::text`,
      action: auditLog.action,
      actorId: actorUser.id,
      actorName: actorUser.name,
      actorEmail: actorUser.email,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      targetName: targetUser.name,
      ip: auditLog.ip,
      userAgent: auditLog.userAgent,
      details: auditLog.details,
    })
    .from(auditLog)
    .leftJoin(actorUser, eq(actorUser.id, auditLog.actorId))
    .leftJoin(targetUser, and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, sql`${targetUser.id}::text`)))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      id: Number(row.id),
      at: row.at,
      action: row.action,
      actor: row.actorId !== null && row.actorName !== null ? { id: row.actorId, name: row.actorName, email: row.actorEmail ?? "" } : null,
      targetType: row.targetType,
      targetId: row.targetId,
      targetLabel: row.targetName,
      ip: row.ip,
      userAgent: row.userAgent,
      details: row.details,
    })),
    nextCursor: rows.length > limit && last ? encodeAuditCursor(last.atText, Number(last.id)) : null,
  };
}

/** Accounts that appear as actors, for the filter's list. */
export async function listAuditActors(db: Db, actor: Actor): Promise<{ id: number; name: string; email: string }[]> {
  assertCan(actor, "audit.read");
  return db.select({ id: users.id, name: users.name, email: users.email }).from(users).orderBy(sql`lower(${users.name})`);
}
