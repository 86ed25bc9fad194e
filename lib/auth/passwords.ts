/**
 * Changing one's own password: the current one is required (and wrong guesses
 * count towards the sign-in throttle, so a stolen session cannot be used to guess
 * it), the new one must meet the policy, and every other session of the account
 * ends.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { checkPasswordPolicy, hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, verifyPassword, type PasswordPolicyReason } from "@/lib/auth/crypto";
import type { ClientInfo } from "@/lib/request-context";
import { revokeOtherSessions } from "./sessions";
import { markAttemptSucceeded, normaliseLoginEmail, reserveAttempt } from "./throttle";

export function passwordPolicyMessage(reason: PasswordPolicyReason): string {
  switch (reason) {
    case "too_short":
      return `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
    case "too_long":
      return `Use at most ${PASSWORD_MAX_LENGTH} characters.`;
    case "too_common":
      return "This password is among the most common ones: choose another.";
    case "contains_identity":
      return "The password must not contain your name or e-mail address.";
  }
}

export type ChangePasswordResult =
  | { ok: true }
  | { ok: false; error: "wrong_password" | "mismatch" | "unknown_user"; message: string }
  | { ok: false; error: "policy"; message: string }
  | { ok: false; error: "throttled"; message: string; retryAfterMs: number };

export function retryAfterMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many attempts. Try again in ${minutes === 1 ? "a minute" : `${minutes} minutes`}.`;
}

export async function changeOwnPassword(
  db: Db,
  input: { userId: number; sessionId: string; currentPassword: string; newPassword: string; confirmPassword: string; client: ClientInfo; now?: Date },
): Promise<ChangePasswordResult> {
  const now = input.now ?? new Date();
  const [user] = await db.select().from(users).where(eq(users.id, input.userId)).limit(1);
  if (!user || user.disabledAt) return { ok: false, error: "unknown_user", message: "Your account is not active." };
  if (input.newPassword !== input.confirmPassword) return { ok: false, error: "mismatch", message: "The two new passwords differ." };

  const key = { email: normaliseLoginEmail(user.email), ip: input.client.ip };
  const { decision, attemptId } = await db.transaction((tx) => reserveAttempt(tx, key, now));
  if (!decision.allowed) {
    return { ok: false, error: "throttled", message: retryAfterMessage(decision.retryAfterMs), retryAfterMs: decision.retryAfterMs };
  }
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordAudit(db, { actorId: user.id, action: "user.password_change_failed", target: { type: "user", id: user.id }, client: input.client });
    return { ok: false, error: "wrong_password", message: "Your current password is not right." };
  }
  await markAttemptSucceeded(db, attemptId);
  const policy = checkPasswordPolicy(input.newPassword, { email: user.email, name: user.name });
  if (!policy.ok) return { ok: false, error: "policy", message: passwordPolicyMessage(policy.reason) };
  if (input.newPassword === input.currentPassword) {
    return { ok: false, error: "policy", message: "Choose a password different from the current one." };
  }

  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: now, passwordMustChange: false }).where(eq(users.id, user.id));
    await revokeOtherSessions(tx, user.id, input.sessionId, now);
    await recordAudit(tx, { actorId: user.id, action: "user.password_changed", target: { type: "user", id: user.id }, client: input.client });
  });
  return { ok: true };
}
