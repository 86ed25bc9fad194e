/**
 * Brute-force protection for sign-in, kept in the database (login_attempts) so it
 * holds across restarts and across every server of the site.
 *
 * Rule: after THROTTLE_FREE_FAILURES failures within THROTTLE_WINDOW_MS for an
 * e-mail address, or for a client address, each further attempt must wait a delay
 * that doubles with every failure (30 s, 1 min, 2 min … up to the window). Refused
 * attempts count as failures, so hammering only makes the wait longer.
 *
 * The e-mail is throttled as typed (lower-cased), whether or not an account has it:
 * an unknown address and a real one behave identically, so nothing is revealed.
 * A successful sign-in clears the account's count; the address's count is never
 * cleared by a success (else one valid account would let an attacker spray others).
 */
import { and, count, desc, eq, gt, lt, max, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { loginAttempts } from "@/db/schema";

export const THROTTLE_WINDOW_MS = 15 * 60_000;
export const THROTTLE_FREE_FAILURES = 5;
export const THROTTLE_BASE_DELAY_MS = 30_000;

export interface FailureCount {
  failures: number;
  lastFailureAt: Date | null;
}

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** The wait imposed after `failures` failures in the window (0 below the threshold). */
export function lockoutDelayMs(failures: number): number {
  if (failures < THROTTLE_FREE_FAILURES) return 0;
  const doublings = Math.min(failures - THROTTLE_FREE_FAILURES, 20);
  return Math.min(THROTTLE_BASE_DELAY_MS * 2 ** doublings, THROTTLE_WINDOW_MS);
}

/** Pure decision from the counts of one key (e-mail or address). */
export function decideFromCount(count: FailureCount, now: Date): ThrottleDecision {
  const delay = lockoutDelayMs(count.failures);
  if (delay === 0 || !count.lastFailureAt) return { allowed: true };
  const retryAt = count.lastFailureAt.getTime() + delay;
  return now.getTime() >= retryAt ? { allowed: true } : { allowed: false, retryAfterMs: retryAt - now.getTime() };
}

/** The stricter of several decisions. */
export function combineDecisions(...decisions: ThrottleDecision[]): ThrottleDecision {
  let retryAfterMs = 0;
  for (const decision of decisions) {
    if (!decision.allowed) retryAfterMs = Math.max(retryAfterMs, decision.retryAfterMs);
  }
  return retryAfterMs > 0 ? { allowed: false, retryAfterMs } : { allowed: true };
}

export function normaliseLoginEmail(email: string): string {
  return email.trim().toLowerCase().slice(0, 320);
}

export interface ThrottleKey {
  email: string;
  ip: string;
}

/**
 * Serialises attempts on the same e-mail and the same address, across servers,
 * until the end of the transaction: two simultaneous attempts cannot both slip
 * under the limit. Always e-mail first, then address, so two locks never wait on
 * each other in opposite orders.
 */
export async function lockThrottleKeys(tx: Tx, key: ThrottleKey): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login-email:${key.email}`}))`);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login-ip:${key.ip}`}))`);
}

async function emailFailures(db: DbOrTx, email: string, now: Date): Promise<FailureCount> {
  let since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [lastSuccess] = await db
    .select({ at: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, true), gt(loginAttempts.createdAt, since)))
    .orderBy(desc(loginAttempts.createdAt))
    .limit(1);
  if (lastSuccess && lastSuccess.at > since) since = lastSuccess.at;
  const [row] = await db
    .select({ failures: count(), lastFailureAt: max(loginAttempts.createdAt) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, false), gt(loginAttempts.createdAt, since)));
  return { failures: row?.failures ?? 0, lastFailureAt: row?.lastFailureAt ?? null };
}

async function ipFailures(db: DbOrTx, ip: string, now: Date): Promise<FailureCount> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [row] = await db
    .select({ failures: count(), lastFailureAt: max(loginAttempts.createdAt) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.success, false), gt(loginAttempts.createdAt, since)));
  return { failures: row?.failures ?? 0, lastFailureAt: row?.lastFailureAt ?? null };
}

/** Whether an attempt for this e-mail from this address may be checked now. */
export async function throttleDecision(db: DbOrTx, key: ThrottleKey, now = new Date()): Promise<ThrottleDecision> {
  const [byEmail, byIp] = [await emailFailures(db, key.email, now), await ipFailures(db, key.ip, now)];
  return combineDecisions(decideFromCount(byEmail, now), decideFromCount(byIp, now));
}

/** Records one attempt; returns its id so a provisional failure can be turned into a success. */
export async function recordLoginAttempt(db: DbOrTx, key: ThrottleKey, success: boolean, now = new Date()): Promise<number> {
  const [row] = await db
    .insert(loginAttempts)
    .values({ email: key.email, ip: key.ip, success, createdAt: now })
    .returning({ id: loginAttempts.id });
  return row.id;
}

export async function markAttemptSucceeded(db: DbOrTx, attemptId: number): Promise<void> {
  await db.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, attemptId));
}

/** Forgets an attempt that was neither a success nor a failure (password right, second factor still due). */
export async function discardAttempt(db: DbOrTx, attemptId: number): Promise<void> {
  await db.delete(loginAttempts).where(eq(loginAttempts.id, attemptId));
}

/** Attempts older than a day no longer matter to any decision. */
export async function pruneLoginAttempts(db: DbOrTx, now = new Date()): Promise<void> {
  await db.delete(loginAttempts).where(lt(loginAttempts.createdAt, new Date(now.getTime() - 24 * 60 * 60_000)));
}

/**
 * Takes the locks, decides, and records the attempt as a failure straight away
 * (before any password is checked), so that attempts running in parallel on other
 * servers already count it. The caller turns it into a success, or discards it.
 */
export async function reserveAttempt(
  tx: Tx,
  key: ThrottleKey,
  now: Date,
): Promise<{ decision: ThrottleDecision; attemptId: number }> {
  await lockThrottleKeys(tx, key);
  const decision = await throttleDecision(tx, key, now);
  const attemptId = await recordLoginAttempt(tx, key, false, now);
  return { decision, attemptId };
}
