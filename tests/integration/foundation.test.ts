import { beforeAll, describe, expect, it } from "vitest";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { databaseKind, getDb, queryRows } from "@/db/client";
import { corrections, entries, entryRevisions, users, VERDICTS } from "@/db/schema";
import { decodeCursor, getPublicEntry, InvalidCursorError, listCorrections, listPublishedEntries } from "@/lib/entries/public-queries";
import { seedDemo } from "@/lib/seed/seed-demo";
import { resetDatabase } from "./helpers";

describe(`foundation on the ${databaseKind()} database`, () => {
  beforeAll(async () => {
    await resetDatabase();
    const accounts = await seedDemo(await getDb());
    expect(accounts?.map((a) => a.role).sort()).toEqual(["admin", "contributor", "editor"]);
  });

  it("seeds only an empty database", async () => {
    expect(await seedDemo(await getDb())).toBeNull();
  });

  it("seeds bilingual published entries with linked translations, every verdict, corrections and unpublished work", async () => {
    const db = await getDb();
    const live = await db
      .select({ locale: entries.locale, translationId: entries.translationId, verdict: entries.publishedVerdict })
      .from(entries)
      .where(isNotNull(entries.publishedRevisionId));
    for (const locale of ["fr", "en"] as const) {
      const ofLocale = live.filter((e) => e.locale === locale);
      expect(ofLocale.length).toBeGreaterThanOrEqual(12);
      expect(ofLocale.every((e) => e.translationId !== null)).toBe(true);
      expect(new Set(ofLocale.map((e) => e.verdict))).toEqual(new Set(VERDICTS));
    }
    const [{ n }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${corrections}`);
    expect(n).toBeGreaterThanOrEqual(2);
    const states = await db.select({ state: entries.state }).from(entries).where(sql`${entries.publishedRevisionId} is null`);
    expect(states.map((s) => s.state).sort()).toEqual(["draft", "in_review"]);
    expect((await db.select().from(users)).length).toBe(3);
  });

  it("lists published entries newest first with keyset pagination", async () => {
    const first = await listPublishedEntries({ locale: "fr", limit: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.nextCursor).not.toBeNull();
    const second = await listPublishedEntries({ locale: "fr", limit: 5, cursor: decodeCursor(first.nextCursor!) });
    const firstIds = new Set(first.items.map((i) => i.id));
    expect(second.items.some((i) => firstIds.has(i.id))).toBe(false);
    const dates = [...first.items, ...second.items].map((i) => i.firstPublishedAt.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it("filters by verdict and topic", async () => {
    const falseOnes = await listPublishedEntries({ locale: "en", verdict: "false", limit: 50 });
    expect(falseOnes.items.length).toBeGreaterThan(0);
    expect(falseOnes.items.every((i) => i.verdict === "false")).toBe(true);
    const health = await listPublishedEntries({ locale: "en", topic: "health", limit: 50 });
    expect(health.items.length).toBeGreaterThan(0);
    expect(health.items.every((i) => i.topics.some((t) => t.slug === "health"))).toBe(true);
  });

  it("refuses cursors it did not issue", () => {
    for (const bad of ["", "%%%", "bm90LWEtY3Vyc29y", "x".repeat(500), Buffer.from("2020-01-01T00:00:00Z|-4").toString("base64url")]) {
      expect(() => decodeCursor(bad)).toThrow(InvalidCursorError);
    }
  });

  it("finds an entry with its sources, topics, corrections and translation; unknown is not_found; unpublished is gone", async () => {
    const db = await getDb();
    const [corrected] = await db
      .select({ locale: entries.locale, slug: entries.slug, id: entries.id })
      .from(entries)
      .innerJoin(corrections, eq(corrections.entryId, entries.id))
      .limit(1);
    const found = await getPublicEntry(corrected.locale, corrected.slug);
    expect(found.status).toBe("found");
    if (found.status !== "found") return;
    expect(found.entry.sources.length).toBeGreaterThan(0);
    expect(found.entry.topics.length).toBeGreaterThan(0);
    expect(found.entry.corrections.length).toBeGreaterThan(0);
    expect(found.entry.translation?.locale).toBe(corrected.locale === "fr" ? "en" : "fr");

    expect((await getPublicEntry("fr", "no-such-entry")).status).toBe("not_found");

    await db.update(entries).set({ unpublishedAt: new Date() }).where(eq(entries.id, corrected.id));
    const { clearCache } = await import("@/lib/cache/tagged-cache");
    clearCache();
    expect((await getPublicEntry(corrected.locale, corrected.slug)).status).toBe("gone");
    await db.update(entries).set({ unpublishedAt: null }).where(eq(entries.id, corrected.id));
    clearCache();
  });

  it("lists corrections newest first", async () => {
    const list = await listCorrections("fr");
    expect(list.length).toBeGreaterThan(0);
    const times = list.map((c) => Date.parse(c.publishedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("searches accent-insensitively in the entry's language", async () => {
    const db = await getDb();
    const rows = await queryRows<{ slug: string }>(
      db,
      sql`select slug from entries where locale = 'fr' and search_vector @@ websearch_to_tsquery('factdesk_fr', 'donnees')`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const stemmed = await queryRows<{ slug: string }>(
      db,
      sql`select slug from entries where locale = 'en' and search_vector @@ websearch_to_tsquery('factdesk_en', 'antennas')`,
    );
    expect(stemmed.length).toBeGreaterThan(0);
  });

  it("enforces the schema's rules: unique slug per locale, known verdicts", async () => {
    const db = await getDb();
    const [existing] = await db.select({ slug: entries.slug }).from(entries).where(eq(entries.locale, "fr")).limit(1);
    await expect(db.insert(entries).values({ locale: "fr", slug: existing.slug })).rejects.toThrow();
    // The same slug in the other locale is fine.
    const [other] = await db.insert(entries).values({ locale: "en", slug: `${existing.slug}-x` }).returning({ id: entries.id });
    await expect(
      db.insert(entryRevisions).values({ entryId: other.id, number: 1, claim: "c", verdict: "maybe" as never, summary: "s" }),
    ).rejects.toThrow();
    await expect(db.insert(entries).values({ locale: "de" as never, slug: "x" })).rejects.toThrow();
    await db.delete(entries).where(and(eq(entries.id, other.id)));
  });
});
