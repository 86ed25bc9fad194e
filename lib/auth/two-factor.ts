/**
 * Two-factor sign-in with an authenticator app (TOTP) and single-use recovery
 * codes: enrolment, the second step of signing in, and turning it off.
 *
 * A code is accepted once: the time step it belongs to is stored in the same
 * transaction that lets the session in, with the user's row locked, so the same
 * code typed twice (or on two servers at once) lets in one session only.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { recoveryCodes, sessions, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import {
  generateRecoveryCodes,
  generateTotpSecret,
  hashRecoveryCode,
  totpQrSvg,
  totpUri,
  verifyPassword,
  verifyTotp,
} from "@/lib/auth/crypto";
import type { ClientInfo } from "@/lib/request-context";
import { twoFactorRequiredFor } from "./two-factor-policy";
import { markAttemptSucceeded, normaliseLoginEmail, reserveAttempt } from "./throttle";

/** A password accepted without its second factor is good for this long. */
export const PENDING_SECOND_FACTOR_MS = 10 * 60_000;
export const RECOVERY_CODE_COUNT = 10;

export type SecondFactorMethod = "totp" | "recovery";

export type SecondFactorResult =
  | { ok: true }
  | { ok: false; error: "invalid_code" | "expired" }
  | { ok: false; error: "throttled"; retryAfterMs: number };

async function lockUser(tx: Tx, userId: number) {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update").limit(1);
  return user ?? null;
}

/**
 * Checks the code an authenticator app shows (or a recovery code) for a session
 * whose password was accepted, and lets that session in. Wrong codes count
 * towards the same throttle as wrong passwords.
 */
export async function completeSecondFactor(
  db: Db,
  input: { sessionId: string; method: SecondFactorMethod; code: string; client: ClientInfo; now?: Date },
): Promise<SecondFactorResult> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx): Promise<SecondFactorResult> => {
    const [session] = await tx
      .select({ userId: sessions.userId, createdAt: sessions.createdAt, mfaPassed: sessions.mfaPassed, revokedAt: sessions.revokedAt, version: sessions.sessionVersion })
      .from(sessions)
      .where(eq(sessions.id, input.sessionId))
      .limit(1);
    if (!session || session.revokedAt || session.mfaPassed) return { ok: false, error: "expired" };
    const user = await lockUser(tx, session.userId);
    if (!user || user.disabledAt || user.sessionVersion !== session.version || !user.totpSecret || !user.totpEnabledAt) {
      return { ok: false, error: "expired" };
    }
    if (now.getTime() - session.createdAt.getTime() > PENDING_SECOND_FACTOR_MS) {
      await tx.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, input.sessionId));
      return { ok: false, error: "expired" };
    }

    const key = { email: normaliseLoginEmail(user.email), ip: input.client.ip };
    const { decision, attemptId } = await reserveAttempt(tx, key, now);
    if (!decision.allowed) {
      await recordAudit(tx, { actorId: user.id, action: "auth.sign_in_throttled", target: { type: "user", id: user.id }, client: input.client, details: { step: "second_factor" } });
      return { ok: false, error: "throttled", retryAfterMs: decision.retryAfterMs };
    }

    let accepted = false;
    if (input.method === "totp") {
      const verification = verifyTotp({ secret: user.totpSecret, code: input.code, lastUsedStep: user.totpLastStep, now });
      if (verification.ok) {
        await tx.update(users).set({ totpLastStep: verification.step }).where(eq(users.id, user.id));
        accepted = true;
      }
    } else {
      const used = await tx
        .update(recoveryCodes)
        .set({ usedAt: now })
        .where(and(eq(recoveryCodes.userId, user.id), eq(recoveryCodes.codeHash, hashRecoveryCode(input.code)), isNull(recoveryCodes.usedAt)))
        .returning({ id: recoveryCodes.id });
      accepted = used.length === 1;
    }

    if (!accepted) {
      await recordAudit(tx, { actorId: user.id, action: "auth.second_factor_failed", target: { type: "user", id: user.id }, client: input.client, details: { method: input.method } });
      return { ok: false, error: "invalid_code" };
    }
    await markAttemptSucceeded(tx, attemptId);
    await tx.update(sessions).set({ mfaPassed: true, lastSeenAt: now }).where(eq(sessions.id, input.sessionId));
    await recordAudit(tx, { actorId: user.id, action: "auth.sign_in", target: { type: "user", id: user.id }, client: input.client, details: { secondFactor: input.method } });
    return { ok: true };
  });
}

export interface TotpEnrolment {
  secret: string;
  uri: string;
  qrSvg: string;
}

/** The authenticator secret waiting for its first code, drawn as a QR code; null when none is pending. */
export async function pendingTotpEnrolment(db: Db, userId: number): Promise<TotpEnrolment | null> {
  const [user] = await db
    .select({ email: users.email, secret: users.totpSecret, enabledAt: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user?.secret || user.enabledAt) return null;
  const uri = totpUri({ secret: user.secret, accountName: user.email });
  return { secret: user.secret, uri, qrSvg: await totpQrSvg(uri) };
}

/** Starts (or starts over) enrolment with a fresh secret. Refused while an app is already confirmed. */
export async function beginTotpEnrolment(db: Db, userId: number): Promise<{ ok: true } | { ok: false; error: "already_enabled" }> {
  const updated = await db
    .update(users)
    .set({ totpSecret: generateTotpSecret(), totpLastStep: null })
    .where(and(eq(users.id, userId), isNull(users.totpEnabledAt)))
    .returning({ id: users.id });
  return updated.length === 1 ? { ok: true } : { ok: false, error: "already_enabled" };
}

async function replaceRecoveryCodes(tx: Tx, userId: number): Promise<string[]> {
  const codes = generateRecoveryCodes(RECOVERY_CODE_COUNT);
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
  return codes;
}

export type ConfirmEnrolmentResult = { ok: true; recoveryCodes: string[] } | { ok: false; error: "invalid_code" | "not_pending" };

/**
 * Confirms enrolment with a first code from the app: two-factor sign-in is on from
 * now, the code's step is used up, and a fresh set of recovery codes is returned
 * to be shown once.
 */
export async function confirmTotpEnrolment(
  db: Db,
  input: { userId: number; code: string; client: ClientInfo | null; now?: Date },
): Promise<ConfirmEnrolmentResult> {
  const now = input.now ?? new Date();
  return db.transaction(async (tx): Promise<ConfirmEnrolmentResult> => {
    const user = await lockUser(tx, input.userId);
    if (!user?.totpSecret || user.totpEnabledAt) return { ok: false, error: "not_pending" };
    const verification = verifyTotp({ secret: user.totpSecret, code: input.code, lastUsedStep: user.totpLastStep, now });
    if (!verification.ok) return { ok: false, error: "invalid_code" };
    await tx.update(users).set({ totpEnabledAt: now, totpLastStep: verification.step }).where(eq(users.id, user.id));
    const codes = await replaceRecoveryCodes(tx, user.id);
    await recordAudit(tx, { actorId: user.id, action: "user.two_factor_enabled", target: { type: "user", id: user.id }, client: input.client });
    return { ok: true, recoveryCodes: codes };
  });
}

export async function remainingRecoveryCodes(db: Db, userId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}

export type PasswordConfirmedResult<T> = ({ ok: true } & T) | { ok: false; error: "wrong_password" | "not_enabled" | "required_for_role" };

/** A new set of recovery codes (the old ones stop working), after the password is confirmed. */
export async function regenerateRecoveryCodes(
  db: Db,
  input: { userId: number; password: string; client: ClientInfo | null },
): Promise<PasswordConfirmedResult<{ recoveryCodes: string[] }>> {
  return db.transaction(async (tx): Promise<PasswordConfirmedResult<{ recoveryCodes: string[] }>> => {
    const user = await lockUser(tx, input.userId);
    if (!user?.totpEnabledAt) return { ok: false, error: "not_enabled" };
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.password))) return { ok: false, error: "wrong_password" };
    const codes = await replaceRecoveryCodes(tx, user.id);
    await recordAudit(tx, { actorId: user.id, action: "user.recovery_codes_regenerated", target: { type: "user", id: user.id }, client: input.client });
    return { ok: true, recoveryCodes: codes };
  });
}

/** Turns two-factor sign-in off for oneself, after the password is confirmed; refused when the role requires it. */
export async function disableOwnTwoFactor(
  db: Db,
  input: { userId: number; password: string; client: ClientInfo | null },
): Promise<PasswordConfirmedResult<object>> {
  return db.transaction(async (tx): Promise<PasswordConfirmedResult<object>> => {
    const user = await lockUser(tx, input.userId);
    if (!user?.totpEnabledAt) return { ok: false, error: "not_enabled" };
    if (await twoFactorRequiredFor(tx, user.role)) return { ok: false, error: "required_for_role" };
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.password))) return { ok: false, error: "wrong_password" };
    await clearTwoFactor(tx, user.id);
    await recordAudit(tx, { actorId: user.id, action: "user.two_factor_disabled", target: { type: "user", id: user.id }, client: input.client });
    return { ok: true };
  });
}

/** Forgets the authenticator and the recovery codes of an account. */
export async function clearTwoFactor(tx: Tx, userId: number): Promise<void> {
  await tx.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, userId));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}
