/**
 * Account management by admins: create, change role, disable / enable, reset the
 * password or the second factor, end sessions. Each function asks the
 * permissions module first, changes the account and writes the audit log in one
 * transaction. Disabling, a role change and a reset bump the account's session
 * version, which ends all its sessions at their next request.
 */
import { and, count, eq, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, Tx } from "@/db/client";
import { ROLES, sessions, users, type Role } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { checkPasswordPolicy, generatePassword, hashPassword } from "@/lib/auth/crypto";
import { passwordPolicyMessage } from "@/lib/auth/passwords";
import { assertCan, can, type Actor } from "@/lib/auth/permissions";
import { revokeAllSessions, revokeSession, sessionHandle } from "@/lib/auth/sessions";
import { clearTwoFactor } from "@/lib/auth/two-factor";
import type { ClientInfo } from "@/lib/request-context";
import { issuePasswordLink, passwordLinkPath } from "./password-links";

export const CREDENTIAL_METHODS = ["password", "link"] as const;
export type CredentialMethod = (typeof CREDENTIAL_METHODS)[number];

export const emailSchema = z
  .string()
  .trim()
  .min(1, "Enter an e-mail address.")
  .max(320, "This e-mail address is too long.")
  .email("Enter a valid e-mail address.")
  .toLowerCase();
export const nameSchema = z.string().trim().min(1, "Enter a name.").max(120, "Use at most 120 characters for the name.");
export const roleSchema = z.enum(ROLES, { error: `Choose a role: ${ROLES.join(", ")}.` });
export const userIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

export const newUserSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: roleSchema,
  credential: z.enum(CREDENTIAL_METHODS, { error: "Choose how the person gets their password." }),
});
export type NewUserInput = z.infer<typeof newUserSchema>;

/** What an admin sees once after creating an account or resetting its password. */
export type IssuedCredential = { method: "password"; password: string } | { method: "link"; path: string; expiresAt: Date };

export type ManageResult<T = object> = ({ ok: true } & T) | { ok: false; error: string };

/** Both drivers report a unique violation as SQLSTATE 23505, possibly wrapped by drizzle. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e.code === "23505") return true;
  }
  return false;
}

async function emailTaken(tx: Tx | Db, email: string): Promise<boolean> {
  const [row] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`).limit(1);
  return Boolean(row);
}

async function issueCredential(tx: Tx, userId: number, method: CredentialMethod, purpose: "invite" | "reset", createdBy: number | null): Promise<IssuedCredential> {
  if (method === "password") {
    const password = generatePassword();
    await tx.update(users).set({ passwordHash: await hashPassword(password), passwordMustChange: true, passwordChangedAt: new Date() }).where(eq(users.id, userId));
    return { method, password };
  }
  await tx.update(users).set({ passwordHash: null, passwordMustChange: false }).where(eq(users.id, userId));
  const link = await issuePasswordLink(tx, { userId, purpose, createdBy });
  return { method, path: passwordLinkPath(link.token), expiresAt: link.expiresAt };
}

export const DUPLICATE_EMAIL_MESSAGE = "An account with this e-mail address already exists.";

/**
 * The account itself, for the admin screen and the command line alike. `password`
 * set: that password (already checked against the policy by the caller).
 */
async function insertAccount(
  db: Db,
  input: { email: string; name: string; role: Role; createdBy: number | null; client: ClientInfo | null; via: "admin" | "cli" } & (
    | { credential: CredentialMethod }
    | { password: string }
  ),
): Promise<ManageResult<{ userId: number; issued: IssuedCredential | null }>> {
  try {
    return await db.transaction(async (tx) => {
      if (await emailTaken(tx, input.email)) return { ok: false as const, error: DUPLICATE_EMAIL_MESSAGE };
      const chosenHash = "password" in input ? await hashPassword(input.password) : null;
      const [created] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, role: input.role, passwordHash: chosenHash, passwordChangedAt: chosenHash ? new Date() : null })
        .returning({ id: users.id });
      const issued = "credential" in input ? await issueCredential(tx, created.id, input.credential, "invite", input.createdBy) : null;
      await recordAudit(tx, {
        actorId: input.createdBy,
        action: "user.created",
        target: { type: "user", id: created.id },
        client: input.client,
        details: { email: input.email, role: input.role, via: input.via, credential: "credential" in input ? input.credential : "chosen" },
      });
      return { ok: true as const, userId: created.id, issued };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, error: DUPLICATE_EMAIL_MESSAGE };
    throw error;
  }
}

export async function createUser(
  db: Db,
  actor: Actor,
  input: unknown,
  client: ClientInfo | null,
): Promise<ManageResult<{ userId: number; issued: IssuedCredential }>> {
  assertCan(actor, "users.manage");
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? "Invalid input." };
  const result = await insertAccount(db, { ...parsed.data, createdBy: actor.id, client, via: "admin" });
  if (!result.ok) return result;
  return { ok: true, userId: result.userId, issued: result.issued! };
}

/** For `npm run user:create`: whoever runs it has the database, so no permission applies. */
export async function createUserFromCli(
  db: Db,
  input: { email: string; name: string; role: Role; password: string | null },
): Promise<ManageResult<{ userId: number; password: string | null }>> {
  const generated = input.password === null ? generatePassword() : null;
  const password = input.password ?? generated!;
  if (input.password !== null) {
    const policy = checkPasswordPolicy(password, { email: input.email, name: input.name });
    if (!policy.ok) return { ok: false, error: passwordPolicyMessage(policy.reason) };
  }
  const result = await insertAccount(db, { ...input, password, createdBy: null, client: null, via: "cli" });
  if (!result.ok) return result;
  return { ok: true, userId: result.userId, password: generated };
}

async function lockTarget(tx: Tx, userId: number) {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update").limit(1);
  return user ?? null;
}

/** Whether removing `userId` from the active admins would leave none. */
async function isLastActiveAdmin(tx: Tx, userId: number): Promise<boolean> {
  // Lock every active admin row so two admins demoting each other at once cannot both succeed.
  await tx.select({ id: users.id }).from(users).where(and(eq(users.role, "admin"), isNull(users.disabledAt))).for("update");
  const [row] = await tx
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt), ne(users.id, userId)));
  return (row?.n ?? 0) === 0;
}

const NOT_FOUND = "This account does not exist.";

export async function changeUserRole(
  db: Db,
  actor: Actor,
  input: { userId: unknown; role: unknown },
  client: ClientInfo | null,
): Promise<ManageResult> {
  assertCan(actor, "users.manage");
  const userId = userIdSchema.safeParse(input.userId);
  const role = roleSchema.safeParse(input.role);
  if (!userId.success) return { ok: false, error: NOT_FOUND };
  if (!role.success) return { ok: false, error: role.error.issues[0]?.message ?? "Unknown role." };
  if (userId.data === actor.id) return { ok: false, error: "You cannot change your own role." };
  return db.transaction(async (tx): Promise<ManageResult> => {
    const target = await lockTarget(tx, userId.data);
    if (!target) return { ok: false, error: NOT_FOUND };
    if (target.role === role.data) return { ok: true };
    if (target.role === "admin" && (await isLastActiveAdmin(tx, target.id))) return { ok: false, error: "At least one active admin must remain." };
    await tx.update(users).set({ role: role.data }).where(eq(users.id, target.id));
    await revokeAllSessions(tx, target.id);
    await recordAudit(tx, { actorId: actor.id, action: "user.role_changed", target: { type: "user", id: target.id }, client, details: { from: target.role, to: role.data } });
    return { ok: true };
  });
}

export async function setUserDisabled(
  db: Db,
  actor: Actor,
  input: { userId: unknown; disabled: boolean },
  client: ClientInfo | null,
): Promise<ManageResult> {
  assertCan(actor, "users.manage");
  const userId = userIdSchema.safeParse(input.userId);
  if (!userId.success) return { ok: false, error: NOT_FOUND };
  if (userId.data === actor.id && input.disabled) return { ok: false, error: "You cannot disable your own account." };
  return db.transaction(async (tx): Promise<ManageResult> => {
    const target = await lockTarget(tx, userId.data);
    if (!target) return { ok: false, error: NOT_FOUND };
    if (Boolean(target.disabledAt) === input.disabled) return { ok: true };
    if (input.disabled && target.role === "admin" && (await isLastActiveAdmin(tx, target.id))) {
      return { ok: false, error: "At least one active admin must remain." };
    }
    await tx.update(users).set({ disabledAt: input.disabled ? new Date() : null }).where(eq(users.id, target.id));
    if (input.disabled) await revokeAllSessions(tx, target.id);
    await recordAudit(tx, { actorId: actor.id, action: input.disabled ? "user.disabled" : "user.enabled", target: { type: "user", id: target.id }, client });
    return { ok: true };
  });
}

/** A new one-time password or set-password link; the old password stops working and every session ends. Two-factor stays on. */
export async function resetUserPassword(
  db: Db,
  actor: Actor,
  input: { userId: unknown; credential: unknown },
  client: ClientInfo | null,
): Promise<ManageResult<{ issued: IssuedCredential }>> {
  assertCan(actor, "users.manage");
  const userId = userIdSchema.safeParse(input.userId);
  const method = z.enum(CREDENTIAL_METHODS).safeParse(input.credential);
  if (!userId.success) return { ok: false, error: NOT_FOUND };
  if (!method.success) return { ok: false, error: "Choose a one-time password or a set-password link." };
  if (userId.data === actor.id) return { ok: false, error: "Change your own password from your account page." };
  return db.transaction(async (tx): Promise<ManageResult<{ issued: IssuedCredential }>> => {
    const target = await lockTarget(tx, userId.data);
    if (!target) return { ok: false, error: NOT_FOUND };
    const issued = await issueCredential(tx, target.id, method.data, "reset", actor.id);
    await revokeAllSessions(tx, target.id);
    await recordAudit(tx, { actorId: actor.id, action: "user.password_reset", target: { type: "user", id: target.id }, client, details: { credential: method.data } });
    return { ok: true, issued };
  });
}

/** For a person who lost both their authenticator and their recovery codes: they set it up again at their next sign-in. */
export async function resetUserTwoFactor(db: Db, actor: Actor, input: { userId: unknown }, client: ClientInfo | null): Promise<ManageResult> {
  assertCan(actor, "users.manage");
  const userId = userIdSchema.safeParse(input.userId);
  if (!userId.success) return { ok: false, error: NOT_FOUND };
  if (userId.data === actor.id) return { ok: false, error: "Manage your own two-factor sign-in from your account page." };
  return db.transaction(async (tx): Promise<ManageResult> => {
    const target = await lockTarget(tx, userId.data);
    if (!target) return { ok: false, error: NOT_FOUND };
    await clearTwoFactor(tx, target.id);
    await revokeAllSessions(tx, target.id);
    await recordAudit(tx, { actorId: actor.id, action: "user.two_factor_reset", target: { type: "user", id: target.id }, client });
    return { ok: true };
  });
}

/** Ends every session of an account (anyone's, for admins). */
export async function endAllSessionsOf(db: Db, actor: Actor, input: { userId: unknown }, client: ClientInfo | null): Promise<ManageResult> {
  assertCan(actor, "sessions.manage_any");
  const userId = userIdSchema.safeParse(input.userId);
  if (!userId.success) return { ok: false, error: NOT_FOUND };
  return db.transaction(async (tx): Promise<ManageResult> => {
    const target = await lockTarget(tx, userId.data);
    if (!target) return { ok: false, error: NOT_FOUND };
    await revokeAllSessions(tx, target.id);
    await recordAudit(tx, { actorId: actor.id, action: "session.ended_all", target: { type: "user", id: target.id }, client });
    return { ok: true };
  });
}

/**
 * Ends one session, named by its handle (see sessionHandle): one's own always,
 * anyone else's with sessions.manage_any. Without that right, someone else's
 * session answers exactly like one that does not exist.
 */
export async function endSession(
  db: Db,
  actor: Actor,
  input: { userId: unknown; handle: unknown },
  client: ClientInfo | null,
): Promise<ManageResult<{ sessionId: string }>> {
  const notFound = { ok: false as const, error: "This session does not exist or has already ended." };
  const userId = userIdSchema.safeParse(input.userId);
  const handle = z.string().regex(/^[0-9a-f]{64}$/).safeParse(input.handle);
  if (!userId.success || !handle.success) return notFound;
  if (userId.data !== actor.id && !can(actor, "sessions.manage_any")) return notFound;
  return db.transaction(async (tx): Promise<ManageResult<{ sessionId: string }>> => {
    const open = await tx
      .select({ id: sessions.id })
      .from(sessions)
      .where(and(eq(sessions.userId, userId.data), isNull(sessions.revokedAt)));
    const session = open.find((row) => sessionHandle(row.id) === handle.data);
    if (!session) return notFound;
    await revokeSession(tx, session.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "session.ended",
      target: { type: "user", id: userId.data },
      client,
      details: { session: handle.data.slice(0, 12) },
    });
    return { ok: true, sessionId: session.id };
  });
}
