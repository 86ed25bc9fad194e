/** Reading the audit log: filters by action, actor and day (newsroom time zone), keyset pagination. */
import { beforeAll, describe, expect, it } from "vitest";
import { databaseKind, getDb } from "@/db/client";
import { auditLog } from "@/db/schema";
import { auditFilterSchema, decodeAuditCursor, InvalidAuditCursorError, listAuditEvents } from "@/lib/audit/queries";
import { recordAudit } from "@/lib/audit/record";
import type { Actor } from "@/lib/auth/permissions";
import { createAccount } from "./auth-fixtures";
import { resetDatabase } from "./helpers";

let admin: Actor;
let editorId: number;

describe(`audit log queries on the ${databaseKind()} database`, () => {
  beforeAll(async () => {
    process.env.SITE_TIME_ZONE = "Europe/Paris";
    await resetDatabase();
    admin = { id: await createAccount("admin@audit.test", "admin"), role: "admin" };
    editorId = await createAccount("editor@audit.test", "editor");
    const db = await getDb();
    // 30 events an hour apart from 2026-06-01T00:30Z, alternating actors and actions, several in the same microsecond-free hour.
    const rows = Array.from({ length: 30 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 5, 1, 0, 30) + i * 60 * 60_000),
      actorId: i % 2 === 0 ? admin.id : editorId,
      action: i % 3 === 0 ? "user.disabled" : i % 3 === 1 ? "auth.sign_in" : "entry.published",
      ip: "192.0.2.1",
      userAgent: "test",
    }));
    await db.insert(auditLog).values(rows);
    // Three events at the very same instant: pagination must neither skip nor repeat them.
    const same = new Date(Date.UTC(2026, 5, 3, 12));
    await db.insert(auditLog).values([0, 1, 2].map(() => ({ at: same, actorId: admin.id, action: "user.enabled" })));
    await recordAudit(db, { actorId: admin.id, action: "user.created", target: { type: "user", id: editorId }, details: { role: "editor" } });
  });

  it("pages through everything newest first without gaps or repeats", async () => {
    const db = await getDb();
    const seen: number[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const result = await listAuditEvents(db, admin, { cursor }, 4);
      seen.push(...result.items.map((item) => item.id));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(seen).toHaveLength(34);
    expect(new Set(seen).size).toBe(34);
    const all = await listAuditEvents(db, admin, {}, 100);
    expect(all.items.map((item) => item.id)).toEqual(seen);
    const times = all.items.map((item) => item.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("filters by exact action, by group, and by actor", async () => {
    const db = await getDb();
    const exact = await listAuditEvents(db, admin, { action: "auth.sign_in" }, 100);
    expect(exact.items).toHaveLength(10);
    expect(exact.items.every((item) => item.action === "auth.sign_in")).toBe(true);
    const group = await listAuditEvents(db, admin, { action: "user.*" }, 100);
    expect(new Set(group.items.map((item) => item.action))).toEqual(new Set(["user.disabled", "user.enabled", "user.created"]));
    const byEditor = await listAuditEvents(db, admin, { actor: editorId }, 100);
    expect(byEditor.items).toHaveLength(15);
    expect(byEditor.items.every((item) => item.actor?.id === editorId)).toBe(true);
    const created = await listAuditEvents(db, admin, { action: "user.created" }, 100);
    expect(created.items[0]).toMatchObject({ targetType: "user", targetLabel: "editor", details: { role: "editor" } });
  });

  it("filters by days of the newsroom's time zone (Europe/Paris, UTC+2 in June)", async () => {
    const db = await getDb();
    // 1 June in Paris runs from 31 May 22:00Z to 1 June 22:00Z: events at 00:30Z … 21:30Z, i.e. 22 of them.
    const june1 = await listAuditEvents(db, admin, { from: "2026-06-01", to: "2026-06-01" }, 100);
    expect(june1.items).toHaveLength(22);
    const june2 = await listAuditEvents(db, admin, { from: "2026-06-02", to: "2026-06-02", action: "auth.sign_in" }, 100);
    expect(june2.items.every((item) => item.at >= new Date("2026-06-01T22:00:00Z") && item.at < new Date("2026-06-02T22:00:00Z"))).toBe(true);
    expect(june2.items.length).toBeGreaterThan(0);
  });

  it("refuses malformed filters and cursors with a clear error", () => {
    expect(auditFilterSchema.safeParse({ action: "drop table;" }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ from: "2026-13-45" }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ actor: "abc" }).success).toBe(false);
    expect(auditFilterSchema.parse({ action: "", actor: "", from: "" })).toEqual({});
    for (const bad of ["", "%%%", "bm9wZQ", Buffer.from("2026-01-01 00:00:00+00|0").toString("base64url"), Buffer.from("yesterday|4").toString("base64url")]) {
      expect(() => decodeAuditCursor(bad)).toThrow(InvalidAuditCursorError);
    }
  });
});
