import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/crypto/password";
import type { ClientInfo } from "@/lib/request-context";
import { createSession } from "./sessions";

export type SignInResult = { ok: true; userId: number; sessionId: string; mfaRequired: boolean } | { ok: false; code: "invalid_credentials" };

/**
 * Checks an e-mail and password and opens a session. An unknown e-mail, a
 * disabled account and a wrong password all answer the same, after the same work.
 */
export async function authenticateWithPassword(input: { email: string; password: string; client: ClientInfo }): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase().slice(0, 320);
  const db = await getDb();
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email}`)
    .limit(1);
  const passwordOk = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !passwordOk || user.disabledAt) {
    await recordAudit(db, {
      actorId: user?.id ?? null,
      action: "auth.sign_in_failed",
      target: user ? { type: "user", id: user.id } : undefined,
      client: input.client,
      details: { email },
    });
    return { ok: false, code: "invalid_credentials" };
  }
  const mfaRequired = Boolean(user.totpEnabledAt);
  const sessionId = await createSession(db, { userId: user.id, sessionVersion: user.sessionVersion, client: input.client, mfaPassed: !mfaRequired });
  await recordAudit(db, { actorId: user.id, action: "auth.sign_in", target: { type: "user", id: user.id }, client: input.client });
  return { ok: true, userId: user.id, sessionId, mfaRequired };
}
