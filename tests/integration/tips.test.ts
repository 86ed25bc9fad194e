import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { databaseKind, getDb, queryRows, type Db } from "@/db/client";
import { auditLog, entries, entryRevisions, rateLimitHits, tips, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/permissions";
import { clientInfoFromHeaders } from "@/lib/request-context";
import { seedDemo } from "@/lib/seed/seed-demo";
import { exportTipsCsv, revealTipContact } from "@/lib/tips/contact";
import { findSimilarTips } from "@/lib/tips/duplicates";
import { issueFormToken } from "@/lib/tips/form-token";
import { getTipDailyCounts, getTipDetail, listEntryErrorReports, listSimilarTips, listTipQueue } from "@/lib/tips/queries";
import { runTipRetention } from "@/lib/tips/retention";
import { submitTip, type SubmitTipContext } from "@/lib/tips/submit";
import { convertTipToDraft, dismissTip, mergeTipIntoGroup, removeTipFromGroup, reopenTip, resolveErrorReport, startTip } from "@/lib/tips/triage";
import { resetDatabase } from "./helpers";

const SECRET = "integration-secret";
let db: Db;
let editor: Actor;
let contributor: Actor;
let clock = new Date("2025-06-01T08:00:00Z").getTime();
let ipCounter = 0;

/** A fresh address per call unless given: the rate limit is tested on its own. */
function context(overrides: Partial<SubmitTipContext> = {}): SubmitTipContext {
  clock += 60_000;
  return { locale: "en", ip: `198.51.100.${++ipCounter % 250}-${ipCounter}`, secret: SECRET, now: new Date(clock), ...overrides };
}

/** A form as rendered `ageMs` before `now`. */
function form(fields: Record<string, string>, now: Date, ageMs = 10_000): Record<string, string> {
  return { formToken: issueFormToken(SECRET, new Date(now.getTime() - ageMs)), website: "", ...fields };
}

async function send(fields: Record<string, string>, overrides: Partial<SubmitTipContext> = {}) {
  const ctx = context(overrides);
  const result = await submitTip(db, form(fields, ctx.now!), ctx);
  if (!result.ok) throw new Error(`submission refused: ${result.reason}`);
  const [row] = await db.select().from(tips).where(eq(tips.reference, result.reference));
  return row;
}

describe(`reader tips on the ${databaseKind()} database`, () => {
  beforeAll(async () => {
    await resetDatabase();
    db = await getDb();
    await seedDemo(db);
    const all = await db.select({ id: users.id, role: users.role }).from(users);
    editor = all.find((u) => u.role === "editor")!;
    contributor = all.find((u) => u.role === "contributor")!;
  });

  it("stores a rumor with a reference and a hashed address, never the address itself", async () => {
    const ctx = context({ ip: "203.0.113.9" });
    const result = await submitTip(db, form({ claim: "Drinking bleach cures measles", seenDescription: "Facebook group", email: "reader@example.org" }, ctx.now!), ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.reference).toMatch(/^T-[A-Z0-9]{6}$/);
    const [row] = await db.select().from(tips).where(eq(tips.reference, result.reference));
    expect(row).toMatchObject({ kind: "rumor", locale: "en", status: "new", claim: "Drinking bleach cures measles", contactEmail: "reader@example.org", groupId: null });
    expect(row.ipHash).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(row)).not.toContain("203.0.113.9");
  });

  it("pretends to accept a filled honeypot and stores nothing", async () => {
    const before = await db.$count(tips);
    const ctx = context();
    const result = await submitTip(db, { ...form({ claim: "Spam claim", seenDescription: "bot" }, ctx.now!), website: "http://spam.example" }, ctx);
    expect(result.ok).toBe(true);
    expect(await db.$count(tips)).toBe(before);
  });

  it("refuses a form sent too fast, a forged or missing token, and an expired form, keeping what was typed", async () => {
    const before = await db.$count(tips);
    const ctx = context();
    const fields = { claim: "Too quick", seenDescription: "somewhere" };
    const tooFast = await submitTip(db, form(fields, ctx.now!, 500), ctx);
    expect(tooFast).toMatchObject({ ok: false, reason: "too_fast", values: { claim: "Too quick" } });
    expect(await submitTip(db, { ...fields, formToken: "abc.def" }, ctx)).toMatchObject({ ok: false, reason: "too_fast" });
    expect(await submitTip(db, fields, ctx)).toMatchObject({ ok: false, reason: "too_fast" });
    expect(await submitTip(db, form(fields, ctx.now!, 25 * 3600_000), ctx)).toMatchObject({ ok: false, reason: "expired" });
    expect(await db.$count(tips)).toBe(before);
  });

  it("returns field errors for bad input and writes nothing", async () => {
    const before = await db.$count(tips);
    const ctx = context();
    const result = await submitTip(db, form({ claim: "x".repeat(501), seenUrl: "javascript:alert(1)", email: "nope" }, ctx.now!), ctx);
    expect(result).toMatchObject({ ok: false, reason: "invalid", errors: { claim: { code: "tooLong" }, seenUrl: { code: "urlInvalid" }, email: { code: "emailInvalid" } } });
    expect(await db.$count(tips)).toBe(before);
  });

  it("throttles 30 rapid submissions from one address (behind the proxy) while another address gets through", async () => {
    // The load balancer appends the address it saw; whatever the client wrote before it is ignored.
    const client = clientInfoFromHeaders(new Headers({ "x-forwarded-for": "203.0.113.250, 192.0.2.44" }));
    expect(client.ip).toBe("192.0.2.44");
    const now = new Date(clock + 3600_000);
    clock = now.getTime();
    const outcomes: string[] = [];
    for (let i = 0; i < 30; i++) {
      const at = new Date(now.getTime() + i * 1000);
      const result = await submitTip(db, form({ claim: `Rapid claim number ${i} about tides`, seenDescription: `flood ${i}` }, at), { locale: "fr", ip: client.ip, secret: SECRET, now: at });
      outcomes.push(result.ok ? "ok" : result.reason);
    }
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(5);
    expect(outcomes.slice(5).every((o) => o === "rate_limited")).toBe(true);
    const other = clientInfoFromHeaders(new Headers({ "x-forwarded-for": "192.0.2.45" }));
    const at = new Date(now.getTime() + 31_000);
    const result = await submitTip(db, form({ claim: "Another reader, another claim", seenDescription: "radio" }, at), { locale: "fr", ip: other.ip, secret: SECRET, now: at });
    expect(result.ok).toBe(true);
    // Ten minutes later the first address may send again.
    const later = new Date(now.getTime() + 11 * 60_000);
    expect((await submitTip(db, form({ claim: "Back after a pause", seenDescription: "tv" }, later), { locale: "fr", ip: client.ip, secret: SECRET, now: later })).ok).toBe(true);
  });

  it(`groups duplicates by URL and by trigram similarity of the claim (pg_trgm on ${databaseKind()})`, async () => {
    const [{ installed }] = await queryRows<{ installed: boolean }>(db, sql`select exists (select 1 from pg_extension where extname = 'pg_trgm') as installed`);
    expect(installed).toBe(true);

    const first = await send({ claim: "The moon landing was filmed in a studio in Nevada", seenDescription: "YouTube" });
    const nearCopy = await send({ claim: "The moon landings were filmed in a studio in Nevada", seenDescription: "TikTok" });
    // Trigrams ignore case, punctuation and word order.
    const reworded = await send({ claim: "the Moon landing was filmed in a Nevada studio!!", seenDescription: "a friend" });
    const unrelated = await send({ claim: "Vaccines contain microchips for tracking", seenDescription: "Telegram" });
    const [{ score }] = await queryRows<{ score: number }>(db, sql`select similarity(${first.claim}, ${nearCopy.claim})::float8 as score`);
    expect(Number(score)).toBeGreaterThan(0.6);
    expect(Number(score)).toBeLessThan(0.9);

    const [root] = await db.select().from(tips).where(eq(tips.id, first.id));
    expect(root.groupId).toBe(first.id);
    expect(nearCopy.groupId).toBe(first.id);
    expect(reworded.groupId).toBe(first.id);
    expect(unrelated.groupId).toBeNull();

    const byUrlA = await send({ claim: "Shop X sells poisoned bread", seenUrl: "https://social.example/post/77?utm_source=share" });
    const byUrlB = await send({ claim: "Completely different wording here", seenUrl: "https://SOCIAL.example/post/77#comments" });
    expect(byUrlB.groupId).toBe(byUrlA.id);

    const queue = await listTipQueue(editor, { status: "open", kind: "all", page: 1 });
    const moonGroup = queue.groups.find((g) => g.key === first.id)!;
    expect(moonGroup.size).toBe(3);
    expect(moonGroup.tips.map((t) => t.id)).toEqual([reworded.id, nearCopy.id, first.id]);
    expect(queue.groups.findIndex((g) => g.key === byUrlA.id)).toBeLessThan(queue.groups.findIndex((g) => g.key === first.id));
  });

  it("lets an editor merge look-alikes into a group and take a tip back out", async () => {
    const a = await send({ claim: "Eating carrots lets pilots see at night", seenDescription: "a poster" });
    const b = await send({ claim: "Carrots give night vision to pilots", seenDescription: "school" });
    expect(b.groupId).toBeNull();
    const suggestions = await findSimilarTips(db, b.id);
    expect(suggestions.map((s) => s.id)).toContain(a.id);
    expect((await listSimilarTips(editor, b.id)).map((s) => s.id)).toEqual(suggestions.map((s) => s.id));
    await expect(listSimilarTips(contributor, b.id)).rejects.toThrow(/Not allowed/);

    expect(await mergeTipIntoGroup(db, contributor, b.id, a.id)).toEqual({ ok: false, error: "forbidden" });
    expect(await mergeTipIntoGroup(db, editor, b.id, a.id)).toEqual({ ok: true, groupId: a.id });
    expect(await mergeTipIntoGroup(db, editor, b.id, a.id)).toEqual({ ok: false, error: "already_grouped" });
    const detail = await getTipDetail(editor, a.id);
    expect(detail?.groupMembers.map((m) => m.id)).toEqual([b.id]);

    // Removing the group's first tip hands the group to the next one; a group of one is no group.
    expect((await removeTipFromGroup(db, editor, a.id)).ok).toBe(true);
    const rows = await db.select({ id: tips.id, groupId: tips.groupId }).from(tips).where(sql`${tips.id} in (${a.id}, ${b.id})`);
    expect(rows.every((r) => r.groupId === null)).toBe(true);
    const audit = await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.targetId, String(b.id)));
    expect(audit.map((r) => r.action)).toContain("tip.merged");
  });

  it("turns a rumor and its open duplicates into one draft entry that keeps the link", async () => {
    const tip = await send({ claim: "Wind turbines cause migraines in cows", seenUrl: "https://news.example/cows", seenDescription: "Local paper" }, { locale: "fr" });
    const dup = await send({ claim: "Wind turbines cause migraines in cows!", seenDescription: "radio" }, { locale: "fr" });
    expect(dup.groupId).toBe(tip.id);

    expect(await convertTipToDraft(db, contributor, tip.id)).toEqual({ ok: false, error: "forbidden" });
    const result = await convertTipToDraft(db, editor, tip.id);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.slug).toBe("wind-turbines-cause-migraines-in-cows");
    expect(result.tipIds.sort()).toEqual([tip.id, dup.id].sort());

    const [entry] = await db.select().from(entries).where(eq(entries.id, result.entryId));
    expect(entry).toMatchObject({ locale: "fr", state: "draft", createdBy: editor.id, version: 1, publishedRevisionId: null });
    const [revision] = await db.select().from(entryRevisions).where(eq(entryRevisions.id, entry.workingRevisionId!));
    expect(revision).toMatchObject({
      entryId: entry.id,
      number: 1,
      claim: "Wind turbines cause migraines in cows",
      claimOriginText: "Local paper",
      claimOriginUrl: "https://news.example/cows",
      verdict: "unproven",
      summary: "",
      authorId: editor.id,
    });
    const linked = await db.select({ status: tips.status, convertedEntryId: tips.convertedEntryId }).from(tips).where(sql`${tips.id} in (${tip.id}, ${dup.id})`);
    expect(linked).toEqual([
      { status: "converted", convertedEntryId: entry.id },
      { status: "converted", convertedEntryId: entry.id },
    ]);
    expect((await getTipDetail(editor, tip.id))?.convertedEntry).toMatchObject({ id: entry.id, slug: entry.slug, state: "draft" });
    expect(await convertTipToDraft(db, editor, tip.id)).toEqual({ ok: false, error: "invalid_state" });

    // The same claim again makes a second entry with its own slug.
    const again = await send({ claim: "Wind turbines cause migraines in cows", seenDescription: "elsewhere" }, { locale: "fr" });
    await removeTipFromGroup(db, editor, again.id);
    const second = await convertTipToDraft(db, editor, again.id);
    expect(second.ok && second.slug).toBe("wind-turbines-cause-migraines-in-cows-2");
    const actions = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.actorId, editor.id)));
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["entry.created", "tip.converted"]));
  });

  it("dismisses with a reason (the whole open group), and reopens", async () => {
    const tip = await send({ claim: "The Eiffel Tower will be sold to a casino", seenDescription: "email chain" });
    const dup = await send({ claim: "The Eiffel Tower will be sold to a casino.", seenDescription: "forum" });
    expect(await dismissTip(db, editor, tip.id, "   ")).toEqual({ ok: false, error: "reason_required" });
    expect(await dismissTip(db, contributor, tip.id, "spam")).toEqual({ ok: false, error: "forbidden" });
    const result = await dismissTip(db, editor, tip.id, "Satire from a known parody site");
    expect(result.ok && result.tipIds.sort()).toEqual([tip.id, dup.id].sort());
    const [row] = await db.select().from(tips).where(eq(tips.id, dup.id));
    expect(row).toMatchObject({ status: "dismissed", dismissReason: "Satire from a known parody site", handledBy: editor.id });
    expect((await reopenTip(db, editor, dup.id)).ok).toBe(true);
    expect((await startTip(db, editor, dup.id)).ok).toBe(true);
    expect(await startTip(db, editor, dup.id)).toEqual({ ok: false, error: "invalid_state" });
    expect(await startTip(db, editor, 999_999)).toEqual({ ok: false, error: "not_found" });
  });

  it("takes error reports on published entries, lists them on the entry and resolves them", async () => {
    const [published] = await db
      .select({ id: entries.id, slug: entries.slug })
      .from(entries)
      .where(and(eq(entries.locale, "en"), sql`${entries.publishedRevisionId} is not null`))
      .limit(1);
    const report = await send({ entry: published.slug, claim: "The second source link is dead." });
    expect(report).toMatchObject({ kind: "error", entryId: published.id });

    const ctx = context();
    const unknown = await submitTip(db, form({ entry: "no-such-entry", claim: "wrong" }, ctx.now!), ctx);
    expect(unknown).toMatchObject({ ok: false, reason: "entry_not_found" });

    expect((await listEntryErrorReports(editor, published.id)).map((r) => r.id)).toEqual([report.id]);
    const queue = await listTipQueue(editor, { status: "new", kind: "error", page: 1 });
    expect(queue.groups.flatMap((g) => g.tips.map((t) => t.id))).toContain(report.id);

    expect(await convertTipToDraft(db, editor, report.id)).toEqual({ ok: false, error: "invalid_state" });
    const resolved = await resolveErrorReport(db, editor, report.id);
    expect(resolved).toMatchObject({ ok: true, entryId: published.id });
    expect((await listEntryErrorReports(editor, published.id))[0]).toMatchObject({ status: "converted", convertedEntryId: published.id });
  });

  it("shows contact e-mails only on request to editors, with an audit entry, and never in the queue", async () => {
    const tip = await send({ claim: "Tap water in Lyon is radioactive", seenDescription: "neighbour", email: "private.person@example.org" });
    const queue = await listTipQueue(editor, { status: "all", kind: "all", page: 1 });
    expect(JSON.stringify(queue)).not.toContain("private.person@example.org");
    expect(JSON.stringify(await getTipDetail(editor, tip.id))).not.toContain("private.person@example.org");
    expect(queue.groups.flatMap((g) => g.tips).find((t) => t.id === tip.id)?.hasContact).toBe(true);

    expect(await revealTipContact(db, contributor, tip.id)).toEqual({ ok: false, error: "forbidden" });
    const client = { ip: "10.1.2.3", userAgent: "test" };
    expect(await revealTipContact(db, editor, tip.id, client)).toMatchObject({ ok: true, email: "private.person@example.org" });
    const [viewed] = await db.select().from(auditLog).where(and(eq(auditLog.action, "tip.contact_viewed"), eq(auditLog.targetId, String(tip.id))));
    expect(viewed).toMatchObject({ actorId: editor.id, ip: "10.1.2.3" });

    expect(await exportTipsCsv(db, contributor, { status: "all", kind: "all" })).toEqual({ ok: false, error: "forbidden" });
    const exported = await exportTipsCsv(db, editor, { status: "all", kind: "rumor" }, client);
    expect(exported.ok && exported.csv).toContain("private.person@example.org");
    expect(exported.ok && exported.csv.split("\r\n")[0]).toContain("contact_email");
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "tip.contacts_exported"));
    expect(audit.actorId).toBe(editor.id);
    expect(audit.details).toMatchObject({ filter: { status: "all", kind: "rumor" } });
  });

  it("deletes contact e-mails older than 90 days (moved clock), keeping the tips", async () => {
    const now = new Date("2026-01-15T12:00:00Z");
    const old = await send({ claim: "Old rumor with contact", seenDescription: "x", email: "old@example.org" }, { now: new Date(now.getTime() - 91 * 86_400_000) });
    const recent = await send({ claim: "Recent rumor with contact", seenDescription: "y", email: "recent@example.org" }, { now: new Date(now.getTime() - 89 * 86_400_000) });
    await db.insert(rateLimitHits).values({ bucket: "tips", key: "stale", createdAt: new Date(now.getTime() - 2 * 86_400_000) });

    const report = await runTipRetention(db, { now });
    expect(report.contactsDeleted).toBeGreaterThanOrEqual(1);
    expect(report.rateLimitHitsPruned).toBeGreaterThanOrEqual(1);
    const [oldRow] = await db.select().from(tips).where(eq(tips.id, old.id));
    const [recentRow] = await db.select().from(tips).where(eq(tips.id, recent.id));
    expect(oldRow).toMatchObject({ contactEmail: null, ipHash: null, claim: "Old rumor with contact" });
    expect(oldRow.contactDeletedAt?.toISOString()).toBe(now.toISOString());
    expect(recentRow.contactEmail).toBe("recent@example.org");
    expect(await db.$count(rateLimitHits, eq(rateLimitHits.key, "stale"))).toBe(0);
    const [purged] = await db.select().from(auditLog).where(eq(auditLog.action, "tip.contacts_purged"));
    expect(purged.actorId).toBeNull();

    // Two days later the recent one is past 90 days too; running again is harmless.
    const later = await runTipRetention(db, { now: new Date(now.getTime() + 2 * 86_400_000) });
    expect(later.contactsDeleted).toBeGreaterThanOrEqual(1);
    const [recentLater] = await db.select().from(tips).where(eq(tips.id, recent.id));
    expect(recentLater.contactEmail).toBeNull();
    expect((await runTipRetention(db, { now: new Date(now.getTime() + 2 * 86_400_000) })).contactsDeleted).toBe(0);
  });

  it("counts tips per day in the newsroom's time zone", async () => {
    await resetDatabase();
    await seedDemo(db);
    const today = new Date("2025-09-10T10:00:00Z");
    await send({ claim: "Day one rumor", seenDescription: "a" }, { now: new Date("2025-09-08T09:00:00Z") });
    await send({ claim: "Day three rumor", seenDescription: "b" }, { now: new Date("2025-09-10T08:00:00Z") });
    await send({ claim: "Another day three rumor, different", seenDescription: "c" }, { now: new Date("2025-09-10T09:00:00Z") });
    // 22:30 UTC on the 9th is already the 10th in Paris (UTC+2 in summer).
    await send({ claim: "Late night rumor in Paris", seenDescription: "d" }, { now: new Date("2025-09-09T22:30:00Z") });
    const counts = await getTipDailyCounts(editor, { days: 3, now: today });
    expect(counts.days).toEqual([
      { day: "2025-09-08", rumors: 1, errors: 0 },
      { day: "2025-09-09", rumors: 0, errors: 0 },
      { day: "2025-09-10", rumors: 3, errors: 0 },
    ]);
    expect(counts.newCount).toBe(4);
    await expect(getTipDailyCounts(contributor)).rejects.toThrow(/Not allowed: tips.view/);
    await expect(listTipQueue(contributor, { status: "all", kind: "all", page: 1 })).rejects.toThrow(/Not allowed/);
  });
});
