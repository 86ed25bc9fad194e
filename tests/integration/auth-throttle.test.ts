/**
 * Brute-force protection lives in the database: the count holds across calls that
 * share nothing but the database (as two servers would), and a moved clock shows
 * the delays and the 15-minute window.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { databaseKind, getDb } from "@/db/client";
import { auditLog, loginAttempts, users } from "@/db/schema";
import { authenticateWithPassword } from "@/lib/auth/sign-in";
import { THROTTLE_WINDOW_MS } from "@/lib/auth/throttle";
import { clientAt, createAccount, PASSWORD } from "./auth-fixtures";
import { resetDatabase } from "./helpers";

const T0 = new Date("2026-03-02T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);
const SECOND = 1000;

async function attempt(email: string, password: string, ip: string, now: Date) {
  return authenticateWithPassword({ email, password, client: clientAt(ip), now });
}

describe(`sign-in throttling on the ${databaseKind()} database`, () => {
  beforeAll(async () => {
    await resetDatabase();
    for (const name of ["alice", "bob", "carol", "dave", "erin", "frank"]) await createAccount(`${name}@throttle.test`);
  });

  it("refuses the sixth attempt within the window, even with the right password, then lets it through after the delay", async () => {
    for (let i = 0; i < 5; i++) {
      expect(await attempt("alice@throttle.test", "wrong password!", "198.51.100.1", at(i * SECOND))).toEqual({ ok: false, code: "invalid_credentials" });
    }
    const refused = await attempt("alice@throttle.test", PASSWORD, "198.51.100.2", at(10 * SECOND));
    expect(refused).toMatchObject({ ok: false, code: "throttled" });
    if (!refused.ok && refused.code === "throttled") expect(refused.retryAfterMs).toBeGreaterThan(0);

    // The refused attempt counted too: the wait is now one minute from it, not 30 s from the fifth failure.
    expect(await attempt("alice@throttle.test", PASSWORD, "198.51.100.2", at(10 * SECOND + 59 * SECOND))).toMatchObject({ ok: false, code: "throttled" });
    // …and that refusal counted as well (7 failures: two minutes from it).
    expect(await attempt("alice@throttle.test", PASSWORD, "198.51.100.2", at(69 * SECOND + 119 * SECOND))).toMatchObject({ ok: false, code: "throttled" });
    // 8 failures: four minutes from the last refusal.
    const allowed = await attempt("alice@throttle.test", PASSWORD, "198.51.100.2", at(188 * SECOND + 241 * SECOND));
    expect(allowed.ok).toBe(true);

    // A success clears the account's count.
    expect(await attempt("alice@throttle.test", "wrong password!", "198.51.100.3", at(430 * SECOND))).toEqual({ ok: false, code: "invalid_credentials" });
  });

  it("doubles the wait with every further failure, and forgets failures older than 15 minutes", async () => {
    const email = "bob@throttle.test";
    for (let i = 0; i < 5; i++) await attempt(email, "nope nope nope", "198.51.100.10", at(i * SECOND));
    // 5 failures: 30 s; the sixth (allowed, wrong) makes it 60 s.
    expect((await attempt(email, "nope nope nope", "198.51.100.11", at(4 * SECOND + 31 * SECOND))).ok).toBe(false);
    expect(await attempt(email, PASSWORD, "198.51.100.11", at(35 * SECOND + 59 * SECOND))).toMatchObject({ code: "throttled" });
    // That refusal counted (7 failures, 2 min): still refused a minute later.
    expect(await attempt(email, PASSWORD, "198.51.100.11", at(35 * SECOND + 59 * SECOND + 61 * SECOND))).toMatchObject({ code: "throttled" });
    // Quiet for the whole window: the old failures no longer count.
    const later = at(35 * SECOND + 59 * SECOND + 61 * SECOND + THROTTLE_WINDOW_MS + SECOND);
    expect((await attempt(email, PASSWORD, "198.51.100.11", later)).ok).toBe(true);
  });

  it("counts attempts made at the same time on several servers: exactly five are checked", async () => {
    const now = at(2 * 60 * 60 * SECOND);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => attempt("carol@throttle.test", `wrong guess ${i}`, `198.51.100.${20 + i}`, now)),
    );
    expect(results.filter((r) => !r.ok && r.code === "invalid_credentials")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.code === "throttled")).toHaveLength(3);
    const db = await getDb();
    const rows = await db.select().from(loginAttempts).where(eq(loginAttempts.email, "carol@throttle.test"));
    expect(rows).toHaveLength(8);
    expect(rows.every((row) => !row.success)).toBe(true);
  });

  it("throttles an address that tries many accounts, while other addresses still get through", async () => {
    const now = at(4 * 60 * 60 * SECOND);
    const ip = "203.0.113.50";
    for (const [i, name] of ["dave", "erin", "frank", "ghost1", "ghost2"].entries()) {
      expect(await attempt(`${name}@throttle.test`, "password guess", ip, at(now.getTime() - T0.getTime() + i * SECOND))).toEqual({ ok: false, code: "invalid_credentials" });
    }
    const fromSameIp = await attempt("dave@throttle.test", PASSWORD, ip, at(now.getTime() - T0.getTime() + 6 * SECOND));
    expect(fromSameIp).toMatchObject({ ok: false, code: "throttled" });
    const fromElsewhere = await attempt("dave@throttle.test", PASSWORD, "203.0.113.51", at(now.getTime() - T0.getTime() + 6 * SECOND));
    expect(fromElsewhere.ok).toBe(true);
  });

  it("answers an unknown e-mail exactly like a wrong password, and throttles it the same way", async () => {
    const now = at(6 * 60 * 60 * SECOND);
    const unknown = await attempt("nobody@throttle.test", "whatever it is", "192.0.2.1", now);
    const wrong = await attempt("erin@throttle.test", "whatever it is", "192.0.2.2", now);
    expect(unknown).toEqual(wrong);
    for (let i = 0; i < 4; i++) await attempt("nobody@throttle.test", "whatever it is", "192.0.2.1", now);
    expect(await attempt("nobody@throttle.test", "x", "192.0.2.3", now)).toMatchObject({ ok: false, code: "throttled" });
  });

  it("refuses a disabled account with the same answer, and writes every failure to the audit log", async () => {
    const db = await getDb();
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.email, "frank@throttle.test"));
    expect(await attempt("frank@throttle.test", PASSWORD, "192.0.2.9", at(8 * 60 * 60 * SECOND))).toEqual({ ok: false, code: "invalid_credentials" });
    const failures = await db.select().from(auditLog).where(and(eq(auditLog.action, "auth.sign_in_failed"), eq(auditLog.ip, "192.0.2.9")));
    expect(failures).toHaveLength(1);
    expect(failures[0].userAgent).toContain("integration-test");
    expect(failures[0].details).toMatchObject({ email: "frank@throttle.test", reason: "disabled" });
    const throttled = await db.select().from(auditLog).where(eq(auditLog.action, "auth.sign_in_throttled"));
    expect(throttled.length).toBeGreaterThan(0);
  });
});
