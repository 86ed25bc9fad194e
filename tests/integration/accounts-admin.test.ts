/**
 * Account management on the domain layer: every admin action, called by each
 * role, is allowed for admins and refused for the others; disabling, a role
 * change and a password reset end the account's sessions at their next request;
 * sessions end one by one too, and expire when idle or too old.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { databaseKind, getDb } from "@/db/client";
import { auditLog, users, type Role } from "@/db/schema";
import { listAuditActors, listAuditEvents } from "@/lib/audit/queries";
import { changeOwnPassword } from "@/lib/auth/passwords";
import { ForbiddenError, type Actor } from "@/lib/auth/permissions";
import { createSession, listActiveSessions, SESSION_IDLE_TIMEOUT_MS, SESSION_MAX_AGE_MS, sessionHandle, validateSession } from "@/lib/auth/sessions";
import { authenticateWithPassword } from "@/lib/auth/sign-in";
import { setTwoFactorRequiredRoles } from "@/lib/auth/two-factor-policy";
import {
  changeUserRole,
  createUser,
  endAllSessionsOf,
  endSession,
  resetUserPassword,
  resetUserTwoFactor,
  setUserDisabled,
} from "@/lib/users/manage";
import { inspectPasswordLink, PASSWORD_LINK_LIFETIME_MS, redeemPasswordLink } from "@/lib/users/password-links";
import { getUserDetail, listUsers } from "@/lib/users/queries";
import { clientAt, createAccount, PASSWORD } from "./auth-fixtures";
import { resetDatabase } from "./helpers";

const client = clientAt("192.0.2.77");
const actors = {} as Record<Role, Actor>;
let targetId: number;

async function signIn(email: string, password = PASSWORD): Promise<string> {
  const result = await authenticateWithPassword({ email, password, client: clientAt(`10.1.0.${Math.floor(Math.random() * 250)}`) });
  if (!result.ok) throw new Error(`sign-in refused for ${email}: ${result.code}`);
  return result.sessionId;
}

/** Puts the shared target account back: enabled contributor, known password, no second factor. */
async function restoreTarget(): Promise<void> {
  const db = await getDb();
  const [admin] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, actors.admin.id));
  await db
    .update(users)
    .set({ disabledAt: null, role: "contributor", passwordHash: admin.hash, passwordMustChange: false, totpSecret: null, totpEnabledAt: null })
    .where(eq(users.id, targetId));
}

/** Every admin action of the domain layer, each run against the shared target account. */
const ADMIN_ACTIONS: Record<string, (actor: Actor) => Promise<unknown>> = {
  "create an account": async (actor) => createUser(await getDb(), actor, { email: `new-${actor.role}-${Date.now()}@admin.test`, name: "New Person", role: "contributor", credential: "link" }, client),
  "change a role": async (actor) => changeUserRole(await getDb(), actor, { userId: targetId, role: "editor" }, client),
  "disable an account": async (actor) => setUserDisabled(await getDb(), actor, { userId: targetId, disabled: true }, client),
  "enable an account": async (actor) => setUserDisabled(await getDb(), actor, { userId: targetId, disabled: false }, client),
  "reset a password": async (actor) => resetUserPassword(await getDb(), actor, { userId: targetId, credential: "password" }, client),
  "reset two-factor": async (actor) => resetUserTwoFactor(await getDb(), actor, { userId: targetId }, client),
  "end all sessions of someone": async (actor) => endAllSessionsOf(await getDb(), actor, { userId: targetId }, client),
  "require two-factor": async (actor) => setTwoFactorRequiredRoles(await getDb(), actor, { roles: [], client }),
  "list accounts": async (actor) => listUsers(await getDb(), actor),
  "read an account": async (actor) => getUserDetail(await getDb(), actor, targetId),
  "read the audit log": async (actor) => listAuditEvents(await getDb(), actor, {}),
  "list the audit log's actors": async (actor) => listAuditActors(await getDb(), actor),
};

describe(`account management on the ${databaseKind()} database`, () => {
  beforeAll(async () => {
    await resetDatabase();
    for (const role of ["contributor", "editor", "admin"] as const) actors[role] = { id: await createAccount(`${role}@admin.test`, role), role };
    targetId = await createAccount("target@admin.test", "contributor");
  });

  describe("permissions of every admin action", () => {
    for (const [name, run] of Object.entries(ADMIN_ACTIONS)) {
      it(`${name}: contributor and editor refused, admin allowed`, async () => {
        const db = await getDb();
        const before = await db.select().from(users).where(eq(users.id, targetId));
        for (const role of ["contributor", "editor"] as const) {
          await expect(run(actors[role])).rejects.toThrow(ForbiddenError);
        }
        // Refused calls changed nothing.
        expect(await db.select().from(users).where(eq(users.id, targetId))).toEqual(before);
        const result = await run(actors.admin);
        if (result && typeof result === "object" && "ok" in result) expect(result).toMatchObject({ ok: true });
      });
    }

    it("ending someone else's session: refused (as if it did not exist) below admin", async () => {
      const db = await getDb();
      await restoreTarget();
      const sid = await signIn("target@admin.test");
      const handle = sessionHandle(sid);
      for (const role of ["contributor", "editor"] as const) {
        expect(await endSession(db, actors[role], { userId: targetId, handle }, client)).toMatchObject({ ok: false });
      }
      expect(await validateSession(db, sid)).not.toBeNull();
      expect(await endSession(db, actors.admin, { userId: targetId, handle }, client)).toMatchObject({ ok: true });
      expect(await validateSession(db, sid)).toBeNull();
    });
  });

  describe("sessions end at their next request", () => {
    it.each([
      ["disabling the account", (db: Awaited<ReturnType<typeof getDb>>) => setUserDisabled(db, actors.admin, { userId: targetId, disabled: true }, client)],
      ["changing its role", (db: Awaited<ReturnType<typeof getDb>>) => changeUserRole(db, actors.admin, { userId: targetId, role: "admin" }, client)],
      ["resetting its password", (db: Awaited<ReturnType<typeof getDb>>) => resetUserPassword(db, actors.admin, { userId: targetId, credential: "link" }, client)],
      ["ending all its sessions", (db: Awaited<ReturnType<typeof getDb>>) => endAllSessionsOf(db, actors.admin, { userId: targetId }, client)],
    ])("%s", async (_name, change) => {
      const db = await getDb();
      await restoreTarget();
      const [one, two] = [await signIn("target@admin.test"), await signIn("target@admin.test")];
      expect(await validateSession(db, one)).toMatchObject({ id: targetId });
      expect((await listActiveSessions(db, targetId)).length).toBeGreaterThanOrEqual(2);
      expect(await change(db)).toMatchObject({ ok: true });
      expect(await validateSession(db, one)).toBeNull();
      expect(await validateSession(db, two)).toBeNull();
      expect(await listActiveSessions(db, targetId)).toEqual([]);
    });

    it("expires a session left idle, and any session past its absolute lifetime", async () => {
      const db = await getDb();
      const [row] = await db.select().from(users).where(eq(users.id, actors.editor.id));
      const start = new Date("2026-05-01T10:00:00Z");
      const idle = await createSession(db, { userId: row.id, sessionVersion: row.sessionVersion, client, mfaPassed: true, now: start });
      expect(await validateSession(db, idle, new Date(start.getTime() + SESSION_IDLE_TIMEOUT_MS - 60_000))).not.toBeNull();
      // Used a minute before the limit: the idle clock restarted then.
      expect(await validateSession(db, idle, new Date(start.getTime() + 2 * SESSION_IDLE_TIMEOUT_MS - 120_000))).not.toBeNull();
      expect(await validateSession(db, idle, new Date(start.getTime() + 3 * SESSION_IDLE_TIMEOUT_MS))).toBeNull();

      const busy = await createSession(db, { userId: row.id, sessionVersion: row.sessionVersion, client, mfaPassed: true, now: start });
      let now = start.getTime();
      while (now + SESSION_IDLE_TIMEOUT_MS / 2 < start.getTime() + SESSION_MAX_AGE_MS) {
        now += SESSION_IDLE_TIMEOUT_MS / 2;
        expect(await validateSession(db, busy, new Date(now))).not.toBeNull();
      }
      expect(await validateSession(db, busy, new Date(start.getTime() + SESSION_MAX_AGE_MS + 1000))).toBeNull();
    });

    it("a user ends one of their own sessions; changing their password ends the others but not the current one", async () => {
      const db = await getDb();
      const [current, other, third] = [await signIn("editor@admin.test"), await signIn("editor@admin.test"), await signIn("editor@admin.test")];
      expect(await endSession(db, actors.editor, { userId: actors.editor.id, handle: sessionHandle(third) }, client)).toMatchObject({ ok: true });
      expect(await validateSession(db, third)).toBeNull();
      expect(await validateSession(db, other)).not.toBeNull();

      const base = { userId: actors.editor.id, sessionId: current, client };
      expect(await changeOwnPassword(db, { ...base, currentPassword: PASSWORD, newPassword: "fresh horse battery 9", confirmPassword: "fresh horse battery 8" })).toMatchObject({ ok: false, error: "mismatch" });
      expect(await changeOwnPassword(db, { ...base, currentPassword: "not it at all", newPassword: "fresh horse battery 9", confirmPassword: "fresh horse battery 9" })).toMatchObject({
        ok: false,
        error: "wrong_password",
      });
      expect(await changeOwnPassword(db, { ...base, currentPassword: PASSWORD, newPassword: "password123", confirmPassword: "password123" })).toMatchObject({ ok: false, error: "policy" });
      expect(await changeOwnPassword(db, { ...base, currentPassword: PASSWORD, newPassword: "fresh horse battery 9", confirmPassword: "fresh horse battery 9" })).toEqual({ ok: true });
      expect(await validateSession(db, current)).not.toBeNull();
      expect(await validateSession(db, other)).toBeNull();
      expect((await authenticateWithPassword({ email: "editor@admin.test", password: "fresh horse battery 9", client })).ok).toBe(true);
    });
  });

  describe("admin rules", () => {
    it("creates accounts with a one-time password (to change at first sign-in) or a 24-hour single-use link; refuses a duplicate e-mail and a bad role", async () => {
      const db = await getDb();
      const withPassword = await createUser(db, actors.admin, { email: "Otp@Admin.test", name: "Otto", role: "editor", credential: "password" }, client);
      if (!withPassword.ok || withPassword.issued.method !== "password") throw new Error("not created");
      const [otto] = await db.select().from(users).where(eq(users.id, withPassword.userId));
      expect(otto.passwordMustChange).toBe(true);
      expect((await authenticateWithPassword({ email: "otp@admin.test", password: withPassword.issued.password, client })).ok).toBe(true);

      expect(await createUser(db, actors.admin, { email: "otp@admin.TEST", name: "Twin", role: "editor", credential: "link" }, client)).toEqual({
        ok: false,
        error: "An account with this e-mail address already exists.",
      });
      expect(await createUser(db, actors.admin, { email: "x@admin.test", name: "X", role: "superuser", credential: "link" }, client)).toMatchObject({ ok: false });
      expect(await createUser(db, actors.admin, { email: "not-an-email", name: "X", role: "editor", credential: "link" }, client)).toMatchObject({ ok: false });

      const invited = await createUser(db, actors.admin, { email: "invitee@admin.test", name: "Ines", role: "contributor", credential: "link" }, client);
      if (!invited.ok || invited.issued.method !== "link") throw new Error("not invited");
      const token = invited.issued.path.split("/").pop()!;
      expect(await inspectPasswordLink(db, token)).toMatchObject({ ok: true, email: "invitee@admin.test", purpose: "invite" });
      expect(await inspectPasswordLink(db, token, new Date(Date.now() + PASSWORD_LINK_LIFETIME_MS + 60_000))).toEqual({ ok: false });
      const tooLate = await redeemPasswordLink(db, { token, password: "a long walk by the river", confirmPassword: "a long walk by the river", client, now: new Date(Date.now() + PASSWORD_LINK_LIFETIME_MS + 60_000) });
      expect(tooLate).toMatchObject({ ok: false, error: "invalid_link" });
      expect(await redeemPasswordLink(db, { token, password: "ines", confirmPassword: "ines", client })).toMatchObject({ ok: false, error: "policy" });
      expect(await redeemPasswordLink(db, { token, password: "a long walk by the river", confirmPassword: "a long walk by the river", client })).toEqual({ ok: true });
      expect(await redeemPasswordLink(db, { token, password: "another long passphrase", confirmPassword: "another long passphrase", client })).toMatchObject({ ok: false, error: "invalid_link" });
      expect((await authenticateWithPassword({ email: "invitee@admin.test", password: "a long walk by the river", client })).ok).toBe(true);
    });

    it("keeps at least one active admin, and an admin cannot lock themselves out", async () => {
      const db = await getDb();
      expect(await setUserDisabled(db, actors.admin, { userId: actors.admin.id, disabled: true }, client)).toMatchObject({ ok: false });
      expect(await changeUserRole(db, actors.admin, { userId: actors.admin.id, role: "editor" }, client)).toMatchObject({ ok: false });
      // Demote every other admin (e.g. the target promoted above), then try to demote the last one from another admin's hands.
      const second = { id: await createAccount("second-admin@admin.test", "admin"), role: "admin" as const };
      for (const row of await db.select().from(users).where(eq(users.role, "admin"))) {
        if (row.id !== actors.admin.id && row.id !== second.id) await changeUserRole(db, actors.admin, { userId: row.id, role: "editor" }, client);
      }
      expect(await changeUserRole(db, second, { userId: actors.admin.id, role: "editor" }, client)).toEqual({ ok: true });
      expect(await setUserDisabled(db, actors.admin, { userId: second.id, disabled: true }, client)).toMatchObject({ ok: false });
      await changeUserRole(db, second, { userId: actors.admin.id, role: "admin" }, client);
    });

    it("writes who, what, when, from where, for every change", async () => {
      const db = await getDb();
      const rows = await db.select().from(auditLog).where(eq(auditLog.action, "user.role_changed"));
      expect(rows.length).toBeGreaterThan(0);
      expect(rows[0]).toMatchObject({ actorId: actors.admin.id, ip: "192.0.2.77", targetType: "user" });
      expect(rows[0].userAgent).toContain("integration-test");
      expect(rows[0].at).toBeInstanceOf(Date);
      for (const action of ["user.created", "user.disabled", "user.enabled", "user.password_reset", "user.two_factor_reset", "session.ended", "session.ended_all", "user.password_changed", "user.password_set_by_link", "settings.two_factor_changed", "auth.sign_in"]) {
        expect((await db.select().from(auditLog).where(eq(auditLog.action, action))).length, action).toBeGreaterThan(0);
      }
    });
  });
});
