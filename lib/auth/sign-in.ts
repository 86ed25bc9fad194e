/**
 * The password step of signing in. An unknown e-mail, a disabled account and a
 * wrong password all answer the same code after the same work (one argon2
 * verification); a throttled attempt answers before any verification, whatever
 * the account, because throttling is keyed on the e-mail as typed.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/crypto/password";
import type { ClientInfo } from "@/lib/request-context";
import { createSession } from "./sessions";
import { discardAttempt, markAttemptSucceeded, normaliseLoginEmail, pruneLoginAttempts, reserveAttempt } from "./throttle";

export type SignInFailure = "invalid_credentials" | "throttled";
export type SignInResult =
  | { ok: true; userId: number; sessionId: string; mfaRequired: boolean }
  | { ok: false; code: "invalid_credentials" }
  | { ok: false; code: "throttled"; retryAfterMs: number };

export async function authenticateWithPassword(input: {
  email: string;
  password: string;
  client: ClientInfo;
  now?: Date;
  db?: Db;
}): Promise<SignInResult> {
  const now = input.now ?? new Date();
  const email = normaliseLoginEmail(input.email);
  const db = input.db ?? (await getDb());
  const key = { email, ip: input.client.ip };

  const { decision, attemptId } = await db.transaction(async (tx) => {
    const reserved = await reserveAttempt(tx, key, now);
    if (!reserved.decision.allowed) {
      await recordAudit(tx, { actorId: null, action: "auth.sign_in_throttled", client: input.client, details: { email } });
    }
    return reserved;
  });
  if (!decision.allowed) return { ok: false, code: "throttled", retryAfterMs: decision.retryAfterMs };

  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  const passwordOk = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !passwordOk || user.disabledAt) {
    // The provisional failure recorded by reserveAttempt stays. Nobody is proven to be acting: no actor, the account as target.
    await recordAudit(db, {
      actorId: null,
      action: "auth.sign_in_failed",
      target: user ? { type: "user", id: user.id } : undefined,
      client: input.client,
      details: { email, ...(user?.disabledAt && passwordOk ? { reason: "disabled" } : {}) },
    });
    if (Math.random() < 0.02) await pruneLoginAttempts(db, now);
    return { ok: false, code: "invalid_credentials" };
  }

  const mfaRequired = user.totpEnabledAt !== null;
  const sessionId = await db.transaction(async (tx) => {
    // With a second factor still due, the password alone neither clears the count nor adds to it.
    if (mfaRequired) await discardAttempt(tx, attemptId);
    else await markAttemptSucceeded(tx, attemptId);
    const id = await createSession(tx, { userId: user.id, sessionVersion: user.sessionVersion, client: input.client, mfaPassed: !mfaRequired, now });
    await recordAudit(tx, {
      actorId: user.id,
      action: mfaRequired ? "auth.password_accepted" : "auth.sign_in",
      target: { type: "user", id: user.id },
      client: input.client,
      details: mfaRequired ? { secondFactor: "pending" } : undefined,
    });
    return id;
  });
  return { ok: true, userId: user.id, sessionId, mfaRequired };
}
