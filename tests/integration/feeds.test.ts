/**
 * The feeds as subscribers get them: the route handlers called with real requests
 * against the demo newsroom, every document read back with parsers that share no
 * code with the writer (tests/support/feed-reader.ts).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKind, getDb, queryCounter } from "@/db/client";
import { corrections, entries } from "@/db/schema";
import { GET as latestAtom } from "@/app/(site)/[locale]/atom.xml/route";
import { GET as correctionsAtom } from "@/app/(site)/[locale]/corrections/atom.xml/route";
import { GET as correctionsJson } from "@/app/(site)/[locale]/corrections/feed.json/route";
import { GET as correctionsRss } from "@/app/(site)/[locale]/corrections/feed.xml/route";
import { GET as latestJson } from "@/app/(site)/[locale]/feed.json/route";
import { GET as latestRss, HEAD as latestRssHead } from "@/app/(site)/[locale]/feed.xml/route";
import { GET as topicAtom } from "@/app/(site)/[locale]/topics/[slug]/atom.xml/route";
import { GET as topicJson } from "@/app/(site)/[locale]/topics/[slug]/feed.json/route";
import { GET as topicRss } from "@/app/(site)/[locale]/topics/[slug]/feed.xml/route";
import type { SiteFeedHandler } from "@/lib/feeds/site-feed-route";
import { feedUrlsForEntryChange, notifyFeedsOfEntryChange, pingHub } from "@/lib/feeds/websub";
import { strictXmlProblems } from "@/lib/feeds/test-support";
import { seedDemo } from "@/lib/seed/seed-demo";
import { clearCache, invalidateLocalTags } from "@/lib/cache/tagged-cache";
import { publicTags } from "@/lib/entries/cache-tags";
import { parseFeed, readFeed, type ReadFeed, type ReadFormat } from "../support/feed-reader";
import { createPublishedEntry, createTopic, republish, unpublish } from "./fixtures/feed-entries";
import { resetDatabase } from "./helpers";

const SITE = "https://factdesk.example";
process.env.SITE_URL = SITE;
// Counted from the first connection on, to prove that polling costs no query.
process.env.FACTDESK_COUNT_QUERIES = "1";
delete process.env.WEBSUB_HUB_URL;

type Locale = "fr" | "en";
type ScopeKind = "latest" | "topic" | "corrections";

const HANDLERS: Record<ScopeKind, Record<ReadFormat, SiteFeedHandler>> = {
  latest: { rss: latestRss, atom: latestAtom, json: latestJson },
  topic: { rss: topicRss, atom: topicAtom, json: topicJson },
  corrections: { rss: correctionsRss, atom: correctionsAtom, json: correctionsJson },
};
const FILES: Record<ReadFormat, string> = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" };
const FORMATS: ReadFormat[] = ["rss", "atom", "json"];

function feedPath(locale: string, kind: ScopeKind, format: ReadFormat, slug = "health"): string {
  const page = kind === "latest" ? `/${locale}` : kind === "topic" ? `/${locale}/topics/${slug}` : `/${locale}/corrections`;
  return `${page}/${FILES[format]}`;
}

interface Call {
  locale?: string;
  kind?: ScopeKind;
  format?: ReadFormat;
  slug?: string;
  search?: string;
  headers?: Record<string, string>;
  method?: "GET" | "HEAD";
}

async function call({ locale = "en", kind = "latest", format = "rss", slug = "health", search = "", headers = {}, method = "GET" }: Call): Promise<Response> {
  const request = new Request(`${SITE}${feedPath(locale, kind, format, slug)}${search}`, { method, headers });
  const handler = method === "HEAD" && kind === "latest" && format === "rss" ? latestRssHead : HANDLERS[kind][format];
  return handler(request, { params: Promise.resolve(kind === "topic" ? { locale, slug } : { locale }) });
}

async function fetchFeed(options: Call): Promise<{ response: Response; body: string; feed: ReadFeed }> {
  const response = await call(options);
  expect(response.status, await response.clone().text()).toBe(200);
  const body = await response.text();
  return { response, body, feed: readFeed(body, options.format ?? "rss") };
}

const CONTENT_TYPES: Record<ReadFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

const VERDICT_LABELS: Record<Locale, string[]> = {
  en: ["False", "Misleading", "Missing context", "Unproven", "True"],
  fr: ["Faux", "Trompeur", "Manque de contexte", "Non prouvé", "Vrai"],
};

describe(`feeds on the ${databaseKind()} database`, () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedDemo(await getDb());
  });

  describe.each(["en", "fr"] as const)("in %s", (locale) => {
    describe.each(["latest", "topic", "corrections"] as const)("the %s feed", (kind) => {
      it.each(FORMATS)("as %s carries every required element", async (format) => {
        const { response, body, feed } = await fetchFeed({ locale, kind, format });
        expect(response.headers.get("Content-Type")).toBe(CONTENT_TYPES[format]);
        expect(response.headers.get("ETag")).toMatch(/^"[A-Za-z0-9_-]+"$/);
        expect(new Date(response.headers.get("Last-Modified")!).getTime()).not.toBeNaN();
        expect(response.headers.get("Cache-Control")).toBe("public, no-cache");
        if (format !== "json") expect(strictXmlProblems(body)).toEqual([]);

        const page = kind === "latest" ? `/${locale}` : kind === "topic" ? `/${locale}/topics/health` : `/${locale}/corrections`;
        expect(feed.title).toMatch(/^Factdesk — /);
        expect(feed.homeUrl).toBe(`${SITE}${page}`);
        expect(feed.selfUrl).toBe(`${SITE}${feedPath(locale, kind, format)}`);
        expect(feed.language).toBe(locale);
        if (format === "rss") {
          expect(feed.updated).toBeInstanceOf(Date); // lastBuildDate
          expect(feed.ttl).toBeGreaterThan(0);
        }
        if (format === "atom") {
          expect(feed.id).toBe(`tag:factdesk.example,2026:feed${page}`);
          expect(feed.updated).toBeInstanceOf(Date);
        }
        expect(feed.hubUrl).toBeUndefined();
        expect(feed.nextUrl).toBeUndefined();

        expect(feed.items.length).toBeGreaterThan(0);
        for (const item of feed.items) {
          expect(item.url.startsWith(`${SITE}/${locale}/rumors/`)).toBe(true);
          expect(item.authors).toEqual(["Factdesk"]);
          expect(item.summary.trim()).not.toBe("");
          expect(item.contentHtml).toMatch(/<p>/);
          expect(item.published.getTime()).toBeLessThanOrEqual(item.updated.getTime());
          // The feed's date covers its items (to the second: RSS dates carry no milliseconds).
          if (feed.updated) expect(Math.floor(item.updated.getTime() / 1000)).toBeLessThanOrEqual(feed.updated.getTime() / 1000);
          // Categories: the topics, then the verdict.
          expect(VERDICT_LABELS[locale]).toContain(item.categories.at(-1));
          if (format !== "rss") expect(item.language === undefined || item.language === locale).toBe(true);
          if (kind === "corrections") {
            expect(item.id).toMatch(/^tag:factdesk\.example,2026:correction\/\d+$/);
            expect(item.title).toMatch(/^Correction\s?: /);
          } else {
            expect(item.id).toMatch(/^tag:factdesk\.example,2026:entry\/\d+$/);
            expect(VERDICT_LABELS[locale].some((label) => item.title.startsWith(`[${label}] `))).toBe(true);
            // Sources are part of the content, with absolute links.
            expect(item.contentHtml).toMatch(/<h2>Sources<\/h2>\s*<ol><li><a href="https?:\/\//);
          }
        }
        if (kind === "topic") {
          const health = locale === "fr" ? "Santé" : "Health";
          expect(feed.items.every((item) => item.categories.includes(health))).toBe(true);
        }
        // Newest change first.
        const updated = feed.items.map((item) => item.updated.getTime());
        expect([...updated].sort((a, b) => b - a)).toEqual(updated);
      });
    });
  });

  it("gives an item the same id, dates and title in every format and every feed it is in", async () => {
    const byFormat = await Promise.all(FORMATS.map(async (format) => (await fetchFeed({ locale: "en", format })).feed));
    const topic = (await fetchFeed({ locale: "en", kind: "topic", format: "atom" })).feed;
    const [rss, atom, json] = byFormat;
    expect(rss.items.map((item) => item.id)).toEqual(json.items.map((item) => item.id));
    expect(atom.items.map((item) => item.id)).toEqual(json.items.map((item) => item.id));
    for (const item of topic.items) {
      const same = json.items.find((other) => other.id === item.id)!;
      expect(same.title).toBe(item.title);
      expect(same.url).toBe(item.url);
      expect(same.published.toISOString()).toBe(item.published.toISOString());
      expect(same.updated.toISOString()).toBe(item.updated.toISOString());
    }
  });

  it("puts an entry's corrections in its content and moves its update date past its publication", async () => {
    const db = await getDb();
    const [corrected] = await db
      .select({ id: entries.id, note: corrections.note })
      .from(entries)
      .innerJoin(corrections, eq(corrections.entryId, entries.id))
      .where(eq(entries.locale, "en"))
      .limit(1);
    const { feed } = await fetchFeed({ locale: "en", format: "json" });
    const item = feed.items.find((candidate) => candidate.id === `tag:factdesk.example,2026:entry/${corrected.id}`)!;
    expect(item.contentHtml).toContain("<h2>Corrections</h2>");
    expect(item.updated.getTime()).toBeGreaterThan(item.published.getTime());
  });

  it("answers 404 for an unknown locale or topic, as plain text", async () => {
    for (const response of [
      await call({ locale: "de" }),
      await call({ locale: "EN" }),
      await call({ kind: "topic", slug: "no-such-topic" }),
      await call({ kind: "topic", slug: "Health" }),
      await call({ kind: "topic", slug: "../health", format: "json" }),
      await call({ locale: "de", kind: "corrections", format: "atom" }),
    ]) {
      expect(response.status).toBe(404);
      expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    }
  });

  it("answers 400 with a plain message to a bad cursor or an absurd parameter, and ignores strangers", async () => {
    const bad = [
      "?before=not-a-cursor",
      "?before=",
      "?before=%00%01",
      `?before=${"A".repeat(5000)}`,
      `?before=${Buffer.from("2024-01-01T00:00:00.000Z|-1").toString("base64url")}`,
      `?before=${Buffer.from("not a date|12").toString("base64url")}`,
      "?before=a&before=b",
      // Well-formed, but beyond what PostgreSQL's timestamp and integer types hold.
      `?before=${Buffer.from("-271821-04-20T00:00:00.000Z|1").toString("base64url")}`,
      `?before=${Buffer.from("2024-01-01T00:00:00.000Z|9007199254740991").toString("base64url")}`,
      "?limit=0",
      "?limit=101",
      "?limit=-5",
      "?limit=1e3",
      "?limit=abc",
      "?limit=99999999999999999999999",
      "?limit=10&limit=20",
      "?limit=",
    ];
    for (const search of bad) {
      for (const kind of ["latest", "corrections"] as const) {
        const response = await call({ kind, format: "json", search });
        expect(response.status, search).toBe(400);
        expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
        expect(await response.text()).toMatch(/^Bad request: (Invalid cursor|Invalid limit|Give the)/);
      }
    }
    const ignored = await call({ search: "?utm_source=reader&_=1712345678&before_x=1" });
    expect(ignored.status).toBe(200);
  });

  it("answers a conditional GET with 304 and no body, by ETag or by date, and HEAD with headers only", async () => {
    const first = await call({ locale: "fr", format: "atom" });
    const etag = first.headers.get("ETag")!;
    const lastModified = first.headers.get("Last-Modified")!;

    const byEtag = await call({ locale: "fr", format: "atom", headers: { "If-None-Match": etag } });
    expect(byEtag.status).toBe(304);
    expect(byEtag.body).toBeNull();
    expect(await byEtag.text()).toBe("");
    expect(byEtag.headers.get("ETag")).toBe(etag);

    const byDate = await call({ locale: "fr", format: "atom", headers: { "If-Modified-Since": lastModified } });
    expect(byDate.status).toBe(304);
    expect(await byDate.text()).toBe("");

    const stale = await call({ locale: "fr", format: "atom", headers: { "If-None-Match": '"something-older"' } });
    expect(stale.status).toBe(200);

    const head = await call({ locale: "fr", method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("Content-Type")).toBe(CONTENT_TYPES.rss);
    expect(await head.text()).toBe("");
  });

  it("costs no database query to poll an unchanged feed", async () => {
    await call({ locale: "en", kind: "topic", format: "rss" });
    const before = queryCounter.count;
    const again = await call({ locale: "en", kind: "topic", format: "rss" });
    const conditional = await call({ locale: "en", kind: "topic", format: "rss", headers: { "If-None-Match": again.headers.get("ETag")! } });
    expect(again.status).toBe(200);
    expect(conditional.status).toBe(304);
    expect(queryCounter.count).toBe(before);
    // The counter does count: once the cache is invalidated, the same poll queries.
    invalidateLocalTags([publicTags.list("en")]);
    await call({ locale: "en", kind: "topic", format: "rss" });
    expect(queryCounter.count).toBeGreaterThan(before);
  });

  it.each(["latest", "topic", "corrections"] as const)("renders the %s feed from nothing cached in at most 3 queries", async (kind) => {
    clearCache();
    const before = queryCounter.count;
    const { status } = await call({ locale: "fr", kind, format: "rss" });
    expect(status).toBe(200);
    // One query for the page of entries whole (no query per item), one for the change time, one for the topic.
    expect(queryCounter.count - before).toBeGreaterThan(0);
    expect(queryCounter.count - before).toBeLessThanOrEqual(3);
  });

  it("round-trips hostile text stored in an entry: the parser gets it back as text, nothing becomes markup", async () => {
    const markup = `<script>alert("x")</script> & <b>bold</b> 'quoted'`;
    // PostgreSQL refuses U+0000 in text; every other control XML forbids can be stored.
    const controls = "a\u0001b\u0008c\u000Bd\u001Fe\uFFFEf";
    const emoji = "🧪👍🏽";
    const rtl = "هذه شائعة כוזבת";
    const hostile = `${markup} ${controls} ${emoji} ${rtl}`;
    const clean = `${markup} abcdef ${emoji} ${rtl}`;
    await createTopic("hostile-topic", `Thème\u0001 <i>${emoji}</i>`, `Topic\u0001 <i>${emoji}</i> & ${rtl}`);
    const created = await createPublishedEntry({
      locale: "en",
      slug: "hostile-text",
      claim: hostile,
      verdict: "false",
      summary: `${hostile} summary`,
      body: `Body ${hostile}\n\n<img src=x onerror=alert(1)> [click](javascript:alert(1)) [site](/en/rumors/other)`,
      sources: [{ url: "javascript:alert(1)", title: `Source ${hostile}`, publisher: `<em>${rtl}</em>` }],
      topics: ["hostile-topic"],
    });

    for (const format of FORMATS) {
      const { body, feed } = await fetchFeed({ locale: "en", kind: "topic", slug: "hostile-topic", format });
      if (format !== "json") expect(strictXmlProblems(body)).toEqual([]);
      expect(body).not.toMatch(/<script|<img|<b>|<i>|<em>|javascript:/i);
      const [item] = feed.items;
      expect(item.id).toBe(`tag:factdesk.example,2026:entry/${created.id}`);
      expect(item.title).toBe(`[False] ${clean}`);
      expect(item.summary).toBe(`${clean} summary`);
      expect(item.categories).toEqual([`Topic <i>${emoji}</i> & ${rtl}`, "False"]);
      // The HTML shows the stored text as text: every markup character arrives escaped.
      expect(item.contentHtml).toContain(`&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;`);
      expect(item.contentHtml).toContain(`abcdef ${emoji} ${rtl}`);
      expect(item.contentHtml).not.toMatch(/<script|<img|<b>|javascript:/i);
      // A relative link in the body is made absolute; an unsafe source keeps its title, unlinked.
      expect(item.contentHtml).toContain(`<a href="${SITE}/en/rumors/other">site</a>`);
      expect(item.contentHtml).toContain("<li>Source &lt;script&gt;");
      expect(feed.title).toBe(`Factdesk — fact-checks on Topic <i>${emoji}</i> & ${rtl}`);
    }

    // And the feed parser, reading as a reader does, shows the same words.
    const atom = parseFeed((await fetchFeed({ locale: "en", kind: "topic", slug: "hostile-topic", format: "atom" })).body);
    expect(atom.items[0].title).toBe(`[False] ${clean}`);
    expect(atom.items[0].description).toBe(`${clean} summary`);
  });

  it("shows a new publication at once: a new ETag and Last-Modified, the item's update date moved, the correction in its feed", async () => {
    const target = await createPublishedEntry({
      locale: "fr",
      slug: "rumeur-a-corriger",
      claim: "Une rumeur à corriger",
      verdict: "unproven",
      summary: "Rien ne le prouve.",
      body: "Explication.",
      sources: [{ url: "https://example.org/source", title: "Une source" }],
      topics: ["economy"],
      at: new Date(Date.now() - 60_000),
    });
    const id = `tag:factdesk.example,2026:entry/${target.id}`;
    const before = await call({ locale: "fr", kind: "topic", slug: "economy", format: "atom" });
    const etag = before.headers.get("ETag")!;
    const beforeItem = readFeed(await before.text(), "atom").items.find((item) => item.id === id)!;
    const beforeCorrections = await call({ locale: "fr", kind: "corrections", format: "json" });
    const correctionsEtag = beforeCorrections.headers.get("ETag")!;
    expect((await call({ locale: "fr", kind: "topic", slug: "economy", format: "atom", headers: { "If-None-Match": etag } })).status).toBe(304);

    const { correctionId } = await republish(target.id, { verdict: "false", correctionNote: "Des données publiées depuis montrent que c'est faux." });

    const after = await call({ locale: "fr", kind: "topic", slug: "economy", format: "atom", headers: { "If-None-Match": etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("ETag")).not.toBe(etag);
    expect(Date.parse(after.headers.get("Last-Modified")!)).toBeGreaterThan(Date.parse(before.headers.get("Last-Modified")!));
    const feed = readFeed(await after.text(), "atom");
    expect(feed.items[0].id).toBe(id);
    expect(feed.items[0].title).toBe("[Faux] Une rumeur à corriger");
    expect(feed.items[0].published.toISOString()).toBe(beforeItem.published.toISOString());
    expect(feed.items[0].updated.getTime()).toBeGreaterThan(beforeItem.updated.getTime());
    expect(feed.items[0].contentHtml).toContain("Des données publiées depuis montrent que c&apos;est faux.");
    expect(feed.items[0].contentHtml).toContain("Verdict modifié\u00a0: «\u202fNon prouvé\u202f» devient «\u202fFaux\u202f».");

    const correctionsAfter = await call({ locale: "fr", kind: "corrections", format: "json", headers: { "If-None-Match": correctionsEtag } });
    expect(correctionsAfter.status).toBe(200);
    const correctionItem = readFeed(await correctionsAfter.text(), "json").items[0];
    expect(correctionItem.id).toBe(`tag:factdesk.example,2026:correction/${correctionId}`);
    expect(correctionItem.title).toBe("Correction\u00a0: Une rumeur à corriger");
    expect(correctionItem.summary).toBe("Des données publiées depuis montrent que c'est faux.");
    expect(correctionItem.url).toBe(`${SITE}/fr/rumors/rumeur-a-corriger`);
    expect(correctionItem.categories).toEqual(["Économie", "Faux"]);
  });

  it("drops an unpublished entry, and its corrections, from every feed", async () => {
    const db = await getDb();
    const [corrected] = await db
      .select({ id: entries.id, locale: entries.locale, slug: entries.slug, correctionId: corrections.id })
      .from(entries)
      .innerJoin(corrections, eq(corrections.entryId, entries.id))
      .where(eq(entries.locale, "en"))
      .limit(1);
    const entryId = `tag:factdesk.example,2026:entry/${corrected.id}`;
    const correctionId = `tag:factdesk.example,2026:correction/${corrected.correctionId}`;
    const latestBefore = await call({ locale: "en", format: "rss" });
    const lastModified = latestBefore.headers.get("Last-Modified")!;
    expect(readFeed(await latestBefore.text(), "rss").items.map((item) => item.id)).toContain(entryId);
    expect((await fetchFeed({ locale: "en", kind: "corrections", format: "rss" })).feed.items.map((item) => item.id)).toContain(correctionId);

    // A second later at least, so that the HTTP date (whole seconds) can move.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await unpublish(corrected);

    const latestAfter = await call({ locale: "en", format: "rss", headers: { "If-Modified-Since": lastModified } });
    expect(latestAfter.status).toBe(200);
    expect(readFeed(await latestAfter.text(), "rss").items.map((item) => item.id)).not.toContain(entryId);
    for (const format of FORMATS) {
      const correctionsFeed = (await fetchFeed({ locale: "en", kind: "corrections", format })).feed;
      expect(correctionsFeed.items.map((item) => item.id)).not.toContain(correctionId);
      const topicFeeds = await Promise.all(
        ["health", "technology", "climate", "economy", "public-services"].map(async (slug) => (await fetchFeed({ locale: "en", kind: "topic", slug, format })).feed),
      );
      expect(topicFeeds.flatMap((feed) => feed.items.map((item) => item.id))).not.toContain(entryId);
    }
  });

  describe("WebSub", () => {
    interface Ping {
      contentType: string | undefined;
      body: URLSearchParams;
    }
    const pings: Ping[] = [];
    let hub: http.Server;
    let hubUrl: string;
    let status = 204;

    beforeAll(async () => {
      hub = http.createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on("data", (chunk: Buffer) => chunks.push(chunk));
        request.on("end", () => {
          if (request.url === "/slow") return; // never answers
          pings.push({ contentType: request.headers["content-type"], body: new URLSearchParams(Buffer.concat(chunks).toString("utf8")) });
          response.writeHead(status).end();
        });
      });
      await new Promise<void>((resolve) => hub.listen(0, "127.0.0.1", resolve));
      hubUrl = `http://127.0.0.1:${(hub.address() as AddressInfo).port}/`;
    });

    afterAll(async () => {
      delete process.env.WEBSUB_HUB_URL;
      hub.closeAllConnections();
      await new Promise((resolve) => hub.close(resolve));
    });

    it("is advertised with rel=hub by every newest page once a hub is configured, not by older pages", async () => {
      process.env.WEBSUB_HUB_URL = hubUrl;
      try {
        for (const format of FORMATS) {
          const { feed } = await fetchFeed({ locale: "fr", format, search: "?limit=2" });
          expect(feed.hubUrl).toBe(hubUrl);
          const older = await fetchFeed({ locale: "fr", format, search: new URL(feed.nextUrl!).search });
          expect(older.feed.hubUrl).toBeUndefined();
        }
      } finally {
        delete process.env.WEBSUB_HUB_URL;
      }
      expect((await fetchFeed({ locale: "fr", format: "atom" })).feed.hubUrl).toBeUndefined();
    });

    it("lists every feed an entry change touches", () => {
      expect(feedUrlsForEntryChange({ locale: "en", topics: ["health", "economy", "health"] })).toEqual([
        `${SITE}/en/feed.xml`,
        `${SITE}/en/atom.xml`,
        `${SITE}/en/feed.json`,
        `${SITE}/en/topics/health/feed.xml`,
        `${SITE}/en/topics/health/atom.xml`,
        `${SITE}/en/topics/health/feed.json`,
        `${SITE}/en/topics/economy/feed.xml`,
        `${SITE}/en/topics/economy/atom.xml`,
        `${SITE}/en/topics/economy/feed.json`,
        `${SITE}/en/corrections/feed.xml`,
        `${SITE}/en/corrections/atom.xml`,
        `${SITE}/en/corrections/feed.json`,
      ]);
    });

    it("pings the hub, form-encoded, with each changed feed after a publish", async () => {
      pings.length = 0;
      status = 204;
      process.env.WEBSUB_HUB_URL = hubUrl;
      try {
        await createPublishedEntry({
          locale: "en",
          slug: "pinged-entry",
          claim: "A claim that subscribers hear about",
          verdict: "misleading",
          summary: "Pushed.",
          body: "Pushed to the hub.",
          sources: [{ url: "https://example.org/a", title: "A" }],
          topics: ["climate"],
        });
        const result = await notifyFeedsOfEntryChange({ locale: "en", topics: ["climate"] });
        expect(result.hubUrl).toBe(hubUrl);
        expect(result.outcomes.every((outcome) => outcome.ok && outcome.status === 204)).toBe(true);
      } finally {
        delete process.env.WEBSUB_HUB_URL;
      }
      expect(pings.every((ping) => ping.contentType === "application/x-www-form-urlencoded")).toBe(true);
      expect(pings.every((ping) => ping.body.get("hub.mode") === "publish")).toBe(true);
      const pinged = pings.map((ping) => ping.body.get("hub.url")).sort();
      expect(pinged).toEqual(feedUrlsForEntryChange({ locale: "en", topics: ["climate"] }).sort());
      // What the hub will fetch has the new entry.
      const topicFeed = (await fetchFeed({ locale: "en", kind: "topic", slug: "climate", format: "json" })).feed;
      expect(topicFeed.items[0].title).toBe("[Misleading] A claim that subscribers hear about");
    });

    it("sends nothing when no hub is configured", async () => {
      pings.length = 0;
      const result = await notifyFeedsOfEntryChange({ locale: "fr", topics: [] });
      expect(result).toEqual({ outcomes: [] });
      expect(pings).toHaveLength(0);
    });

    it("never throws: a hub that errs, is down or does not answer is reported", async () => {
      status = 500;
      const failing = await pingHub([`${SITE}/fr/feed.xml`], { hubUrl });
      expect(failing.outcomes).toEqual([{ feedUrl: `${SITE}/fr/feed.xml`, ok: false, status: 500, error: "hub answered 500" }]);

      const closed = http.createServer();
      await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
      const closedUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
      await new Promise((resolve) => closed.close(resolve));
      const down = await pingHub([`${SITE}/fr/feed.xml`], { hubUrl: closedUrl });
      expect(down.outcomes[0].ok).toBe(false);
      expect(down.outcomes[0].error).toBeTruthy();

      const slow = await pingHub([`${SITE}/fr/feed.xml`], { hubUrl: `${hubUrl}slow`, timeoutMs: 200 });
      expect(slow.outcomes[0]).toMatchObject({ ok: false, error: "no answer within 200 ms" });

      const nonsense = await pingHub([`${SITE}/fr/feed.xml`], { hubUrl: "not a url" });
      expect(nonsense.outcomes[0].ok).toBe(false);
    });
  });
});
