/**
 * Two-factor sign-in: enrolment, the second step, codes that work once (even when
 * sent twice at the same moment), recovery codes, throttling of wrong codes, and a
 * password reset that leaves the second factor in place.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { databaseKind, getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { generateTotpCode } from "@/lib/auth/crypto";
import { validateSession } from "@/lib/auth/sessions";
import { authenticateWithPassword } from "@/lib/auth/sign-in";
import {
  beginTotpEnrolment,
  completeSecondFactor,
  confirmTotpEnrolment,
  disableOwnTwoFactor,
  pendingTotpEnrolment,
  regenerateRecoveryCodes,
  remainingRecoveryCodes,
} from "@/lib/auth/two-factor";
import { setTwoFactorRequiredRoles, twoFactorRequiredFor } from "@/lib/auth/two-factor-policy";
import { resetUserPassword } from "@/lib/users/manage";
import { redeemPasswordLink } from "@/lib/users/password-links";
import { clientAt, createAccount, PASSWORD } from "./auth-fixtures";
import { resetDatabase } from "./helpers";

const STEP = 30_000;
const T0 = new Date("2026-04-01T08:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

async function secretOf(userId: number): Promise<string> {
  const db = await getDb();
  const [row] = await db.select({ secret: users.totpSecret }).from(users).where(eq(users.id, userId));
  return row.secret!;
}

/** Signs in with the password at `now`; returns the pending session. */
async function passwordStep(email: string, ip: string, now: Date): Promise<string> {
  const result = await authenticateWithPassword({ email, password: PASSWORD, client: clientAt(ip), now });
  if (!result.ok) throw new Error(`password step refused: ${result.code}`);
  expect(result.mfaRequired).toBe(true);
  return result.sessionId;
}

describe(`two-factor sign-in on the ${databaseKind()} database`, () => {
  let adminId: number;
  let userId: number;
  let recoveryCodes: string[];

  beforeAll(async () => {
    await resetDatabase();
    adminId = await createAccount("admin@2fa.test", "admin");
    userId = await createAccount("editor@2fa.test", "editor");
  });

  it("enrols: a pending secret, a QR code, and a first code that turns it on and gives ten recovery codes", async () => {
    const db = await getDb();
    expect(await pendingTotpEnrolment(db, userId)).toBeNull();
    expect(await beginTotpEnrolment(db, userId)).toEqual({ ok: true });
    const pending = await pendingTotpEnrolment(db, userId);
    expect(pending?.uri).toMatch(/^otpauth:\/\/totp\/Factdesk:editor%402fa\.test\?/);
    expect(pending?.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);

    const secret = await secretOf(userId);
    expect(await confirmTotpEnrolment(db, { userId, code: "000000", client: null, now: T0 })).toMatchObject({ ok: false });
    const confirmed = await confirmTotpEnrolment(db, { userId, code: generateTotpCode(secret, T0), client: null, now: T0 });
    expect(confirmed.ok).toBe(true);
    if (!confirmed.ok) return;
    recoveryCodes = confirmed.recoveryCodes;
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(await remainingRecoveryCodes(db, userId)).toBe(10);
    expect(await beginTotpEnrolment(db, userId)).toEqual({ ok: false, error: "already_enabled" });
  });

  it("keeps the session out of the admin until the code is given, and never accepts a code twice", async () => {
    const db = await getDb();
    const secret = await secretOf(userId);
    // The enrolment code's step is used up: the same code cannot open a session.
    const first = await passwordStep("editor@2fa.test", "198.51.100.1", at(5_000));
    expect((await validateSession(db, first, at(5_000)))?.mfaPassed).toBe(false);
    expect(await completeSecondFactor(db, { sessionId: first, method: "totp", code: generateTotpCode(secret, T0), client: clientAt("198.51.100.1"), now: at(5_000) })).toEqual({
      ok: false,
      error: "invalid_code",
    });

    const code = generateTotpCode(secret, at(STEP));
    expect(await completeSecondFactor(db, { sessionId: first, method: "totp", code, client: clientAt("198.51.100.1"), now: at(STEP) })).toEqual({ ok: true });
    expect((await validateSession(db, first, at(STEP)))?.mfaPassed).toBe(true);

    // Replayed within its window on a new sign-in: refused.
    const second = await passwordStep("editor@2fa.test", "198.51.100.1", at(STEP + 5_000));
    expect(await completeSecondFactor(db, { sessionId: second, method: "totp", code, client: clientAt("198.51.100.1"), now: at(STEP + 5_000) })).toEqual({
      ok: false,
      error: "invalid_code",
    });
    // An older code (previous step, still inside the ±1 window) is dead too once a newer one was used.
    expect(
      await completeSecondFactor(db, { sessionId: second, method: "totp", code: generateTotpCode(secret, T0), client: clientAt("198.51.100.1"), now: at(STEP + 5_000) }),
    ).toEqual({ ok: false, error: "invalid_code" });
  });

  it("lets in only one of two sessions that send the same code at the same moment", async () => {
    const db = await getDb();
    const secret = await secretOf(userId);
    const now = at(10 * STEP);
    const [a, b] = [await passwordStep("editor@2fa.test", "198.51.100.2", now), await passwordStep("editor@2fa.test", "198.51.100.3", now)];
    const code = generateTotpCode(secret, now);
    const results = await Promise.all([
      completeSecondFactor(db, { sessionId: a, method: "totp", code, client: clientAt("198.51.100.2"), now }),
      completeSecondFactor(db, { sessionId: b, method: "totp", code, client: clientAt("198.51.100.3"), now }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("accepts each recovery code once, however it is typed", async () => {
    const db = await getDb();
    const now = at(20 * STEP);
    const s1 = await passwordStep("editor@2fa.test", "198.51.100.4", now);
    const typed = ` ${recoveryCodes[0].toUpperCase().replace(/-/g, " ")} `;
    expect(await completeSecondFactor(db, { sessionId: s1, method: "recovery", code: typed, client: clientAt("198.51.100.4"), now })).toEqual({ ok: true });
    const s2 = await passwordStep("editor@2fa.test", "198.51.100.4", now);
    expect(await completeSecondFactor(db, { sessionId: s2, method: "recovery", code: recoveryCodes[0], client: clientAt("198.51.100.4"), now })).toEqual({
      ok: false,
      error: "invalid_code",
    });
    expect(await remainingRecoveryCodes(db, userId)).toBe(9);
  });

  it("counts wrong codes towards the sign-in throttle, and gives a pending sign-in ten minutes", async () => {
    const db = await getDb();
    const now = at(40 * STEP);
    const session = await passwordStep("editor@2fa.test", "198.51.100.5", now);
    for (let i = 0; i < 5; i++) {
      expect(await completeSecondFactor(db, { sessionId: session, method: "totp", code: "123456", client: clientAt("198.51.100.5"), now })).toMatchObject({ ok: false });
    }
    const secret = await secretOf(userId);
    expect(await completeSecondFactor(db, { sessionId: session, method: "totp", code: generateTotpCode(secret, now), client: clientAt("198.51.100.5"), now })).toMatchObject({
      ok: false,
      error: "throttled",
    });
    // The password alone does not clear the count: signing in again still hits the wait.
    expect(await authenticateWithPassword({ email: "editor@2fa.test", password: PASSWORD, client: clientAt("198.51.100.6"), now })).toMatchObject({ code: "throttled" });

    const later = at(40 * STEP + 20 * 60_000);
    const slow = await passwordStep("editor@2fa.test", "198.51.100.7", later);
    const tooLate = new Date(later.getTime() + 11 * 60_000);
    expect(await completeSecondFactor(db, { sessionId: slow, method: "totp", code: generateTotpCode(secret, tooLate), client: clientAt("198.51.100.7"), now: tooLate })).toEqual({
      ok: false,
      error: "expired",
    });
  });

  it("keeps two-factor after an admin resets the password, with a one-time password or a link", async () => {
    const db = await getDb();
    const admin = { id: adminId, role: "admin" as const };
    const reset = await resetUserPassword(db, admin, { userId, credential: "password" }, null);
    expect(reset.ok).toBe(true);
    if (!reset.ok || reset.issued.method !== "password") return;
    const now = at(3 * 60 * 60_000);
    const viaPassword = await authenticateWithPassword({ email: "editor@2fa.test", password: reset.issued.password, client: clientAt("198.51.100.8"), now });
    expect(viaPassword).toMatchObject({ ok: true, mfaRequired: true });

    const link = await resetUserPassword(db, admin, { userId, credential: "link" }, null);
    if (!link.ok || link.issued.method !== "link") throw new Error("no link");
    const token = link.issued.path.split("/").pop()!;
    expect(await redeemPasswordLink(db, { token, password: "a brand new passphrase 7", confirmPassword: "a brand new passphrase 7", client: null })).toEqual({ ok: true });
    const viaLink = await authenticateWithPassword({ email: "editor@2fa.test", password: "a brand new passphrase 7", client: clientAt("198.51.100.9"), now });
    expect(viaLink).toMatchObject({ ok: true, mfaRequired: true });
    const [row] = await db.select({ enabled: users.totpEnabledAt }).from(users).where(eq(users.id, userId));
    expect(row.enabled).not.toBeNull();
    await db.update(users).set({ passwordHash: (await db.select({ h: users.passwordHash }).from(users).where(eq(users.id, adminId)))[0].h }).where(eq(users.id, userId));
  });

  it("makes new recovery codes and turns two-factor off only with the password, and not when the role requires it", async () => {
    const db = await getDb();
    expect(await regenerateRecoveryCodes(db, { userId, password: "not my password", client: null })).toEqual({ ok: false, error: "wrong_password" });
    const fresh = await regenerateRecoveryCodes(db, { userId, password: PASSWORD, client: null });
    expect(fresh.ok && fresh.recoveryCodes.length).toBe(10);
    expect(await remainingRecoveryCodes(db, userId)).toBe(10);

    await setTwoFactorRequiredRoles(db, { id: adminId, role: "admin" }, { roles: ["editor"], client: null });
    expect(await twoFactorRequiredFor(db, "editor")).toBe(true);
    expect(await twoFactorRequiredFor(db, "admin")).toBe(false);
    expect(await disableOwnTwoFactor(db, { userId, password: PASSWORD, client: null })).toEqual({ ok: false, error: "required_for_role" });
    await setTwoFactorRequiredRoles(db, { id: adminId, role: "admin" }, { roles: [], client: null });
    expect(await disableOwnTwoFactor(db, { userId, password: "wrong", client: null })).toEqual({ ok: false, error: "wrong_password" });
    expect(await disableOwnTwoFactor(db, { userId, password: PASSWORD, client: null })).toEqual({ ok: true });
    expect(await remainingRecoveryCodes(db, userId)).toBe(0);
    const signIn = await authenticateWithPassword({ email: "editor@2fa.test", password: PASSWORD, client: clientAt("198.51.100.10"), now: at(6 * 60 * 60_000) });
    expect(signIn).toMatchObject({ ok: true, mfaRequired: false });
    const [session] = await db.select().from(sessions).where(eq(sessions.id, signIn.ok ? signIn.sessionId : ""));
    expect(session.mfaPassed).toBe(true);
  });
});
