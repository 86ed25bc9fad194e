import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseKind, getDb, queryCounter } from "@/db/client";
import { entries, entryRevisions } from "@/db/schema";
import { invalidateTags } from "@/lib/cache/invalidation";
import { publicTags } from "@/lib/entries/cache-tags";
import { decodeCursor, getPublicEntry, listPublishedEntries } from "@/lib/entries/public-queries";
import { parseHighlight } from "@/lib/search/highlight";
import { searchEntries } from "@/lib/search/search-entries";
import { seedDemo } from "@/lib/seed/seed-demo";
import { sitemapPartXml, sitemapXml } from "@/lib/site/sitemap";
import { createPublishedEntry } from "@/tests/support/published-entry";
import { resetDatabase } from "./helpers";

// Before the first connection: db/client counts queries only when asked to.
process.env.FACTDESK_COUNT_QUERIES = "1";

const DAY = 24 * 60 * 60 * 1000;

describe(`public site queries on the ${databaseKind()} database`, () => {
  beforeAll(async () => {
    await resetDatabase();
    const db = await getDb();
    await seedDemo(db);
    // Ranking fixtures: the body-only entry is newer and, for "ornithorynque OR australie",
    // has the higher ts_rank (both words, many times); the claim match must still come first.
    await createPublishedEntry(db, {
      locale: "fr",
      slug: "corps-seulement",
      claim: "Une rumeur sur les satellites",
      summary: "Ornithorynques d'Australie. ".repeat(10),
      body: "Les ornithorynques vivent en Australie. ".repeat(40),
    });
    await createPublishedEntry(db, {
      locale: "fr",
      slug: "titre-seulement",
      claim: "Les ornithorynques pondent des œufs",
      summary: "Vrai.",
      verdict: "true",
      publishedAt: new Date(Date.now() - 400 * DAY),
    });
    await createPublishedEntry(db, {
      locale: "fr",
      slug: "balisage-hostile",
      claim: "<b>Kangourou</b> </script><script>alert(1)</script>",
      summary: "Le <i>kangourou</i> & <img src=x onerror=alert(1)>",
      body: "[kangourou](javascript:alert(1)) ## **kangourou**",
    });
    await createPublishedEntry(db, { locale: "fr", slug: "retiree", claim: "Une vérification retirée sur les ornithorynques", unpublished: true });
  });

  it("finds « données » when asked for « donnees », in French only, and ranks a claim match first", async () => {
    const results = await searchEntries("fr", "donnees");
    expect(results.total).toBeGreaterThan(1);
    expect(results.hits[0].claim).toContain("données");
    expect(results.hits[0].titleMatch).toBe(true);
    const firstBodyOnly = results.hits.findIndex((hit) => !hit.titleMatch);
    expect(results.hits.slice(0, firstBodyOnly === -1 ? undefined : firstBodyOnly).every((hit) => hit.titleMatch)).toBe(true);
    const english = await searchEntries("en", "donnees");
    expect(english.total).toBe(0);
  });

  it("puts the claim match before a body match with a higher text rank", async () => {
    const results = await searchEntries("fr", "ornithorynque OR australie");
    expect(results.hits.map((hit) => hit.slug)).toEqual(["titre-seulement", "corps-seulement"]);
    expect(results.hits.map((hit) => hit.titleMatch)).toEqual([true, false]);
    expect(results.hits[1].rank).toBeGreaterThan(results.hits[0].rank);
    // Withdrawn entries are not found.
    expect(results.hits.some((hit) => hit.slug === "retiree")).toBe(false);
  });

  it("stems in the entry's language and ignores accents both ways", async () => {
    expect((await searchEntries("en", "antennas")).total).toBeGreaterThan(0);
    expect((await searchEntries("fr", "ORNITHORYNQUÉS")).hits[0]?.slug).toBe("titre-seulement");
  });

  it("highlights matches with marks only, leaving stored markup as text", async () => {
    const [hit] = (await searchEntries("fr", "kangourou")).hits;
    expect(hit.slug).toBe("balisage-hostile");
    const claim = parseHighlight(hit.claimHighlighted);
    expect(claim.filter((s) => s.highlighted).map((s) => s.text.toLowerCase())).toContain("kangourou");
    expect(claim.map((s) => s.text).join("")).toBe(hit.claim);
    const snippet = parseHighlight(hit.snippet);
    expect(snippet.some((s) => s.highlighted && /kangourou/i.test(s.text))).toBe(true);
    expect(snippet.map((s) => s.text).join("")).not.toContain("javascript:");
  });

  it("answers odd queries with results or nothing, never an error", async () => {
    for (const query of ["le la les", "!!!", "'", "\\", ":*", "a & b | c", '"unterminated', "-", "OR", "<script>", "é".repeat(200), "\ufffd("]) {
      const results = await searchEntries("fr", query);
      expect(results.total).toBeGreaterThanOrEqual(0);
    }
  });

  it("answers not found, without a query, for an entry address no slug can be (NUL byte, path tricks, overlong)", async () => {
    const before = queryCounter.count;
    for (const slug of ["\u0000", "../admin", "UPPER", "a".repeat(201), "é", ""]) {
      expect(await getPublicEntry("fr", slug), JSON.stringify(slug)).toEqual({ status: "not_found" });
    }
    expect(queryCounter.count).toBe(before);
    // The counter does count: a well-formed address is looked up.
    expect(await getPublicEntry("fr", "no-such-entry-anywhere")).toEqual({ status: "not_found" });
    expect(queryCounter.count).toBeGreaterThan(before);
  });

  it("pages search results", async () => {
    const first = await searchEntries("fr", "le", 1);
    const total = first.total;
    if (total > 20) {
      const second = await searchEntries("fr", "le", 2);
      expect(second.hits.some((hit) => first.hits.some((h) => h.id === hit.id))).toBe(false);
    }
    const beyond = await searchEntries("fr", "ornithorynque", 50);
    expect(beyond.hits).toEqual([]);
    expect(beyond.total).toBe(2);
    expect(beyond.hasMore).toBe(false);
  });

  it("pages lists backwards with keyset cursors", async () => {
    const first = await listPublishedEntries({ locale: "fr", limit: 4 });
    expect(first.prevCursor).toBeNull();
    const second = await listPublishedEntries({ locale: "fr", limit: 4, cursor: decodeCursor(first.nextCursor!) });
    expect(second.prevCursor).not.toBeNull();
    const back = await listPublishedEntries({ locale: "fr", limit: 4, before: decodeCursor(second.prevCursor!) });
    expect(back.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
    expect(back.prevCursor).toBeNull();
    expect(back.nextCursor).not.toBeNull();
  });

  it("tells a withdrawn entry from a live one and from an address that never had one", async () => {
    expect((await getPublicEntry("fr", "retiree")).status).toBe("gone");
    expect((await getPublicEntry("fr", "titre-seulement")).status).toBe("found");
    expect((await getPublicEntry("fr", "nothing-here")).status).toBe("not_found");
    expect((await getPublicEntry("en", "retiree")).status).toBe("not_found");
  });

  it("serves cached results until a change invalidates their tags", async () => {
    const db = await getDb();
    const before = await searchEntries("fr", "satellites");
    expect(before.hits.map((hit) => hit.slug)).toContain("corps-seulement");
    expect((await getPublicEntry("fr", "corps-seulement")).status).toBe("found");
    const [row] = await db.select({ id: entries.id, revisionId: entries.publishedRevisionId }).from(entries).where(eq(entries.slug, "corps-seulement"));
    await db.update(entries).set({ unpublishedAt: new Date() }).where(eq(entries.id, row.id));
    // Still the cached answer: no query was made.
    expect((await searchEntries("fr", "satellites")).hits.map((hit) => hit.slug)).toContain("corps-seulement");
    expect((await getPublicEntry("fr", "corps-seulement")).status).toBe("found");
    await invalidateTags([publicTags.list("fr"), publicTags.entry("fr", "corps-seulement")]);
    expect((await searchEntries("fr", "satellites")).hits.map((hit) => hit.slug)).not.toContain("corps-seulement");
    expect((await getPublicEntry("fr", "corps-seulement")).status).toBe("gone");
    await db.update(entries).set({ unpublishedAt: null }).where(eq(entries.id, row.id));
    await db.update(entryRevisions).set({ claim: sql`${entryRevisions.claim}` }).where(eq(entryRevisions.id, row.revisionId!));
    await invalidateTags([publicTags.list("fr"), publicTags.entry("fr", "corps-seulement")]);
  });

  it("writes a sitemap with hreflang alternates between translations, without withdrawn entries", async () => {
    const xml = await sitemapXml();
    expect(xml).toContain("<urlset");
    expect(xml).toMatch(/<loc>http[^<]+\/fr\/rumors\/les-antennes-5g-propagent-les-virus<\/loc>/);
    expect(xml).toMatch(/<xhtml:link rel="alternate" hreflang="en" href="[^"]+\/en\/rumors\/5g-antennas-spread-viruses"\/>/);
    expect(xml).toMatch(/hreflang="x-default"/);
    expect(xml).not.toContain("/fr/rumors/retiree<");
    expect(xml).toContain("/en/topics/health</loc>");
    expect(await sitemapPartXml("pages.xml")).toContain("/fr/corrections-policy</loc>");
    expect(await sitemapPartXml("entries-1.xml")).toContain("/fr/rumors/titre-seulement</loc>");
    expect(await sitemapPartXml("entries-2.xml")).toBeNull();
    expect(await sitemapPartXml("../../etc/passwd")).toBeNull();
  });
});
