/**
 * Single-use links to set a password, valid 24 hours: sent to a new account
 * (invite) or after an admin's reset. Only the token's hash is stored. Using a
 * link sets the password and nothing else: it does not sign in, and an account's
 * two-factor sign-in stays as it was.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { passwordTokens, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { checkPasswordPolicy, generateToken, hashPassword, hashToken } from "@/lib/auth/crypto";
import { passwordPolicyMessage } from "@/lib/auth/passwords";
import { revokeAllSessions } from "@/lib/auth/sessions";
import type { ClientInfo } from "@/lib/request-context";

export const PASSWORD_LINK_LIFETIME_MS = 24 * 60 * 60_000;
export type PasswordLinkPurpose = "invite" | "reset";

export function passwordLinkPath(token: string): string {
  return `/set-password/${token}`;
}

/** An absolute URL on this site (SITE_URL), e.g. for a link an admin passes on. */
export function siteUrl(path: string): string {
  return new URL(path, process.env.SITE_URL || "http://localhost:3000").toString();
}

/** A new link for the account; any older unused link of the account stops working. */
export async function issuePasswordLink(
  tx: Tx,
  input: { userId: number; purpose: PasswordLinkPurpose; createdBy: number | null; now?: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const now = input.now ?? new Date();
  await tx
    .update(passwordTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordTokens.userId, input.userId), isNull(passwordTokens.usedAt)));
  const token = generateToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_LIFETIME_MS);
  await tx.insert(passwordTokens).values({
    userId: input.userId,
    tokenHash: hashToken(token),
    purpose: input.purpose,
    expiresAt,
    createdBy: input.createdBy,
    createdAt: now,
  });
  return { token, expiresAt };
}

export type PasswordLinkStatus = { ok: true; email: string; name: string; purpose: PasswordLinkPurpose } | { ok: false };

/** What the set-password page shows for a token: the account, or nothing when the link is unknown, used or expired. */
export async function inspectPasswordLink(db: Db, token: string, now = new Date()): Promise<PasswordLinkStatus> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { ok: false };
  const [row] = await db
    .select({ email: users.email, name: users.name, purpose: passwordTokens.purpose, usedAt: passwordTokens.usedAt, expiresAt: passwordTokens.expiresAt, disabledAt: users.disabledAt })
    .from(passwordTokens)
    .innerJoin(users, eq(users.id, passwordTokens.userId))
    .where(eq(passwordTokens.tokenHash, hashToken(token)))
    .limit(1);
  if (!row || row.usedAt || row.disabledAt || row.expiresAt <= now) return { ok: false };
  return { ok: true, email: row.email, name: row.name, purpose: row.purpose as PasswordLinkPurpose };
}

export type RedeemResult = { ok: true } | { ok: false; error: "invalid_link" | "mismatch" | "policy"; message: string };

export async function redeemPasswordLink(
  db: Db,
  input: { token: string; password: string; confirmPassword: string; client: ClientInfo | null; now?: Date },
): Promise<RedeemResult> {
  const now = input.now ?? new Date();
  const invalid: RedeemResult = { ok: false, error: "invalid_link", message: "This link is no longer valid. Ask an administrator for a new one." };
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(input.token)) return invalid;
  if (input.password !== input.confirmPassword) return { ok: false, error: "mismatch", message: "The two passwords differ." };
  return db.transaction(async (tx): Promise<RedeemResult> => {
    const [link] = await tx.select().from(passwordTokens).where(eq(passwordTokens.tokenHash, hashToken(input.token))).for("update").limit(1);
    if (!link || link.usedAt || link.expiresAt <= now) return invalid;
    const [user] = await tx.select().from(users).where(eq(users.id, link.userId)).for("update").limit(1);
    if (!user || user.disabledAt) return invalid;
    const policy = checkPasswordPolicy(input.password, { email: user.email, name: user.name });
    if (!policy.ok) return { ok: false, error: "policy", message: passwordPolicyMessage(policy.reason) };
    await tx.update(passwordTokens).set({ usedAt: now }).where(eq(passwordTokens.id, link.id));
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(input.password), passwordChangedAt: now, passwordMustChange: false })
      .where(eq(users.id, user.id));
    await revokeAllSessions(tx, user.id, now);
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.password_set_by_link",
      target: { type: "user", id: user.id },
      client: input.client,
      details: { purpose: link.purpose },
    });
    return { ok: true };
  });
}
