/**
 * Stored script injection: every payload of support/xss-payloads.ts (OWASP XSS
 * filter-evasion cheat sheet, Markdown and mutation cases) is put into every text
 * field an editor, a reader or an admin can fill, and every page, feed and admin
 * screen that shows it is opened in Chromium with support/xss-watch.ts watching.
 * Nothing may execute, no element may be injected, and no javascript:/data: URL
 * may become a link. The readable text must still be there (escaped, not dropped).
 *
 * - Public: one published entry per payload — claim, claim origin (text and URL),
 *   summary, body, source title, URL and publisher, topic names — written with the
 *   seed's SQL helpers (no validation in the way) and applyPublication: the entry
 *   pages (and their ClaimReview JSON-LD, which must parse back to the claim: no
 *   `</script>` breakout), the home page, every payload topic's page, a search for
 *   each payload (the query is reflected), and the corrections page once every
 *   entry carries a payload correction note.
 * - Feeds: RSS, Atom and JSON Feed of the site, of every payload topic and of the
 *   corrections, parsed (support/feed-reader.ts): well-formed, every link http(s),
 *   every payload's title there; the HTML of every item (RSS description and
 *   content:encoded, Atom content, JSON content_html) is rendered in Chromium
 *   without any CSP, as a careless feed reader would.
 * - Admin, signed in as the demo editor: the dashboard, account names, the entry
 *   list, and — batched, twenty payloads per entry — the editor with its Markdown
 *   preview, the revision history and its diff, the review screen with a review
 *   comment per payload (the second revision is saved through the workflow's
 *   domain commands), /admin/topics (every payload topic name) and /admin/tips
 *   (a reader's tip per payload, submitted through the tip form's domain function).
 */
import { chromium, type Browser } from "@playwright/test";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { users } from "@/db/schema";
import { accounts } from "@/e2e/fixtures/accounts";
import { chromiumLaunchOptions } from "@/playwright.config";
import { issueFormToken } from "@/lib/tips/form-token";
import { FORM_TOKEN_FIELD, submitTip } from "@/lib/tips/submit";
import { addComment, saveRevision, submitForReview } from "@/lib/workflow/commands";
import { readFeed, xmlTree, type ReadFormat } from "@/tests/support/feed-reader";
import { publishNewEntry, republishWithChanges } from "./support/content";
import { getPage } from "./support/http";
import { startSite, type Site } from "./support/site";
import { InjectionWatch, MARKER_PREFIX, type Finding } from "./support/xss-watch";
import { XSS_PAYLOADS } from "./support/xss-payloads";
import { as, loadNewsroom, ok, type Newsroom } from "./support/workflow";

/** The home page lists the 20 newest entries: publish and check in batches that fit on it. */
const BATCH = 20;

let site: Site;
let browser: Browser;
beforeAll(async () => {
  site = await startSite("xss");
  browser = await chromium.launch(chromiumLaunchOptions);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const normalise = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

describe("stored payloads never execute", () => {
  it(`has at least 50 payloads from the cheat sheet, each fitting every field`, () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    for (const [index, payload] of XSS_PAYLOADS.entries()) {
      const text = payload.make(`${MARKER_PREFIX}${index}`);
      expect(text.length, payload.name).toBeLessThanOrEqual(300); // a source title's limit, the tightest
      expect(text, payload.name).toContain(`${MARKER_PREFIX}${index}`);
    }
  });

  it("in the public entry pages and the home page", async () => {
    const watch = await InjectionWatch.open(browser, site.servers[0].url);
    try {
      for (let start = 0; start < XSS_PAYLOADS.length; start += BATCH) {
        const batch = XSS_PAYLOADS.slice(start, start + BATCH).map((payload, offset) => {
          const index = start + offset;
          return { index, payload, text: payload.make(`${MARKER_PREFIX}${index}`), slug: `xss-${index}` };
        });
        for (const { index, text, slug } of batch) {
          await publishNewEntry(site.db, {
            locale: "en",
            slug,
            text: {
              claim: text,
              claimOriginText: text,
              claimOriginUrl: text,
              summary: text,
              body: text,
              sources: [
                { url: text, title: text, publisher: text },
                { url: "https://example.org/ok", title: text },
              ],
              topics: [{ slug: `xss-topic-${index}`, nameFr: text, nameEn: text }],
            },
            at: new Date(Date.now() + index), // newest last: the home page order is stable
          });
        }

        expect((await watch.visit("/en")).status).toBe(200);
        const claimsOnHome = (await watch.page.locator("main h2").allTextContents()).map(normalise);
        for (const { payload, text } of batch) expect(claimsOnHome, `home shows "${payload.name}" as text`).toContain(normalise(text));

        for (const { payload, text, slug } of batch) {
          expect((await watch.visit(`/en/rumors/${slug}`)).status, payload.name).toBe(200);
          expect(normalise(await watch.page.locator("h1").textContent()), `claim of "${payload.name}" shown as text`).toBe(normalise(text));
          // The ClaimReview JSON-LD is one script that parses back to the claim: no `</script>` breakout.
          const jsonLd = (await watch.page.locator('script[type="application/ld+json"]').allTextContents()).map((json) => JSON.parse(json) as { "@type"?: string; claimReviewed?: string });
          expect(jsonLd.filter((data) => data["@type"] === "ClaimReview").map((data) => normalise(data.claimReviewed ?? "")), payload.name).toEqual([normalise(text)]);
        }
      }
      expect(watch.findings, "findings in the public pages").toEqual([]);
    } finally {
      await watch.close();
    }
  });

  it("in the admin dashboard, signed in as the demo editor, and in account names", async () => {
    const watch = await InjectionWatch.open(browser, site.servers[0].url);
    try {
      await watch.signIn(accounts.editor.email, accounts.editor.password);
      expect((await watch.visit("/admin")).status).toBe(200);

      // An account name is free text an admin types: shown in every admin page's header.
      const [editor2] = await site.db.select({ id: users.id }).from(users).where(eq(users.email, accounts.editor2.email));
      const namer = await InjectionWatch.open(browser, site.servers[0].url);
      try {
        await namer.signIn(accounts.editor2.email, accounts.editor2.password);
        for (const [index, payload] of XSS_PAYLOADS.entries()) {
          const text = payload.make(`${MARKER_PREFIX}${index}`);
          await site.db.update(users).set({ name: text }).where(eq(users.id, editor2.id));
          expect((await namer.visit("/admin")).status, payload.name).toBe(200);
          expect(normalise(await namer.page.getByTestId("current-user").textContent()), payload.name).toContain(normalise(text));
        }
        expect(namer.findings, "findings with payloads as the account name").toEqual([]);
      } finally {
        await namer.close();
      }
      expect(watch.findings, "findings in the admin").toEqual([]);
    } finally {
      await watch.close();
    }
  });
});

const textOf = (index: number) => XSS_PAYLOADS[index].make(`${MARKER_PREFIX}${index}`);
/** The payload's marker, not a prefix of another one (fdxss1 is not fdxss10). */
const markerOf = (index: number) => new RegExp(`${MARKER_PREFIX}${index}(?!\\d)`);
const ALL = XSS_PAYLOADS.map((_, index) => index);

/** Browser pages working through the payloads side by side (one page per payload is the slow part). */
const WATCHERS = 3;

/** Runs `visit` for every payload index, spread over `count` watchers; returns what they all found. */
async function withWatchers(count: number, visit: (watch: InjectionWatch, index: number) => Promise<void>): Promise<Finding[]> {
  const watches = await Promise.all(Array.from({ length: count }, () => InjectionWatch.open(browser, site.servers[0].url)));
  const queue = [...ALL];
  try {
    await Promise.all(
      watches.map(async (watch) => {
        for (let index = queue.shift(); index !== undefined; index = queue.shift()) await visit(watch, index);
      }),
    );
    return watches.flatMap((watch) => watch.findings);
  } finally {
    await Promise.all(watches.map((watch) => watch.close()));
  }
}

describe("stored payloads never execute in the rest of the public site", () => {
  it("in every payload topic's page and in a search for every payload (the query is shown back)", async () => {
    const findings = await withWatchers(WATCHERS, async (watch, index) => {
      const name = XSS_PAYLOADS[index].name;
      expect((await watch.visit(`/en/topics/xss-topic-${index}`)).status, name).toBe(200);
      expect(normalise(await watch.page.locator("main").textContent()), `topic name and entry of "${name}" shown as text`).toContain(normalise(textOf(index)));

      // Longer queries than the search accepts are refused with a message, still showing the query.
      const search = await watch.visit(`/en/search?q=${encodeURIComponent(textOf(index))}`);
      expect([200, 400], name).toContain(search.status);
      expect(await watch.page.content(), `search for "${name}" shows the query back`).toMatch(markerOf(index));
    });
    expect(findings, "findings in topic pages and search results").toEqual([]);
  });

  it("in the corrections page, once every payload entry is corrected with a payload note", async () => {
    for (const index of ALL) {
      await republishWithChanges(site.db, "en", `xss-${index}`, { verdict: "true", correctionNote: textOf(index) });
    }
    const watch = await InjectionWatch.open(browser, site.servers[0].url);
    try {
      expect((await watch.visit("/en/corrections")).status).toBe(200);
      const shown = normalise(await watch.page.locator("main").textContent());
      for (const index of ALL) expect(shown, `correction note "${XSS_PAYLOADS[index].name}" shown as text`).toContain(normalise(textOf(index)));
      expect(watch.findings, "findings in the corrections page").toEqual([]);
    } finally {
      await watch.close();
    }
  });
});

type FeedKind = "site" | "topic" | "corrections";
const FORMATS: { format: ReadFormat; file: string }[] = [
  { format: "rss", file: "feed.xml" },
  { format: "atom", file: "atom.xml" },
  { format: "json", file: "feed.json" },
];

/** Fetches and parses a feed; returns its items' titles, every URL it carries, and every piece of HTML a reader would render. */
async function readServedFeed(path: string, format: ReadFormat): Promise<{ titles: string[]; urls: string[]; html: string[] }> {
  const response = await getPage(`${site.servers[0].url}${path}`);
  expect(response.status, path).toBe(200);
  const feed = readFeed(response.body, format);
  const html = feed.items.map((item) => item.contentHtml);
  if (format === "rss") {
    // Readers render an RSS <description> as HTML too.
    const tree = xmlTree(response.body) as { rss: { channel: { item?: { description?: unknown }[] } } };
    for (const item of tree.rss.channel.item ?? []) html.push(typeof item.description === "string" ? item.description : "");
  }
  const urls = [feed.homeUrl, feed.selfUrl, feed.nextUrl, feed.hubUrl, ...feed.items.map((item) => item.url)].filter((url): url is string => url !== undefined);
  return { titles: feed.items.map((item) => item.title), urls, html };
}

describe("stored payloads never execute in the feeds", () => {
  it("site, topic and corrections feeds in RSS, Atom and JSON Feed: well-formed, http(s) links only, item HTML inert in a browser", async () => {
    const watch = await InjectionWatch.open(browser, site.servers[0].url);
    try {
      const feeds: { kind: FeedKind; path: string; format: ReadFormat }[] = [];
      for (const { format, file } of FORMATS) {
        feeds.push({ kind: "site", path: `/en/${file}?limit=100`, format }, { kind: "corrections", path: `/en/corrections/${file}?limit=100`, format });
        for (const index of ALL) feeds.push({ kind: "topic", path: `/en/topics/xss-topic-${index}/${file}`, format });
      }
      const rendered = new Map<string, string[]>();
      for (const feed of feeds) {
        const read = await readServedFeed(feed.path, feed.format);
        for (const url of read.urls) expect(url, `a link in ${feed.path}`).toMatch(/^https?:\/\/[^\s]+$/);
        if (feed.kind !== "topic") {
          // Every payload entry is in the site and corrections feeds (the newest 100), its title as text.
          for (const index of ALL) expect(read.titles.some((title) => markerOf(index).test(title)), `${feed.path} has "${XSS_PAYLOADS[index].name}"`).toBe(true);
        } else {
          expect(read.titles.length, feed.path).toBe(1);
        }
        const key = `${feed.kind}-${feed.format}`;
        rendered.set(key, [...(rendered.get(key) ?? []), ...read.html]);
      }
      for (const [key, fragments] of rendered) {
        expect(fragments.join(""), `${key} items carry the payloads`).toContain(MARKER_PREFIX);
        // One page per batch of items, so that a fragment that breaks the markup cannot hide many others.
        for (let start = 0; start < fragments.length; start += 50) {
          const articles = fragments.slice(start, start + 50).map((fragment) => `<article>${fragment}</article>`);
          await watch.visitHtml(`${key}-${start}`, `<!doctype html><html><head><title>feed items</title></head><body>${articles.join("\n")}</body></html>`);
        }
      }
      expect(watch.findings, "findings in the feeds' item HTML").toEqual([]);
    } finally {
      await watch.close();
    }
  });
});

/** Payloads per batched admin entry: the editor, history and review screens of one entry show twenty. */
const ADMIN_BATCH = 20;

/**
 * An entry carrying a batch of payloads everywhere at once: revision 1 (seed
 * helpers: claim, origin, summary, body, and one source per payload with the
 * payload as URL, title and publisher), published; revision 2 saved through the
 * workflow with the payloads in another order (title of each source, body,
 * correction note), submitted, and a review comment per payload.
 */
async function batchedEntry(team: Newsroom, batch: number[], n: number): Promise<number> {
  const texts = batch.map(textOf);
  const joinUpTo = (max: number, parts: string[]) => parts.reduce((out, part) => (out.length + part.length + 1 <= max ? `${out}${out ? " " : ""}${part}` : out), "");
  const entryId = await publishNewEntry(site.db, {
    locale: "en",
    slug: `xss-batch-${n}`,
    text: {
      claim: texts[0],
      claimOriginText: joinUpTo(1_000, texts),
      claimOriginUrl: texts[1],
      summary: texts[2 % texts.length],
      body: texts.join("\n\n"),
      sources: texts.map((text) => ({ url: text, title: text, publisher: text })),
    },
  });
  const reversed = [...texts].reverse();
  const saved = ok(
    await saveRevision(site.db, as(team.editor), {
      entryId,
      version: 1,
      fields: {
        locale: "en",
        slugMode: "auto",
        claim: reversed[0],
        claimOriginText: joinUpTo(1_000, reversed),
        verdict: "true",
        summary: reversed[1 % reversed.length],
        body: reversed.join("\n\n"),
        sources: reversed.map((text, k) => ({ url: `https://example.org/source/${n}/${k}`, title: text, publisher: text.slice(0, 200) })),
        correctionNote: joinUpTo(2_000, reversed),
      },
    }),
    "save the payload revision",
  );
  ok(await submitForReview(site.db, as(team.editor), { entryId, revisionId: saved.revisionId }), "submit");
  for (const text of texts) ok(await addComment(site.db, as(team.editor2), { entryId, body: text }), "comment");
  return entryId;
}

describe("stored payloads never execute in the admin screens", () => {
  it("entry list, editor with Markdown preview, revision history and diff, review screen with comments, topics, tips", async () => {
    const team = await loadNewsroom(site.db);
    const batches: { entryId: number; indexes: number[] }[] = [];
    for (let start = 0; start < XSS_PAYLOADS.length; start += ADMIN_BATCH) {
      const indexes = ALL.slice(start, start + ADMIN_BATCH);
      batches.push({ entryId: await batchedEntry(team, indexes, start / ADMIN_BATCH), indexes });
    }
    // A reader's tip per payload, through the public form's domain function (one client address each).
    const secret = "xss-test-secret";
    for (const index of ALL) {
      const tip = await submitTip(
        site.db,
        {
          entry: "",
          claim: textOf(index),
          seenUrl: `https://example.org/seen?text=${encodeURIComponent(textOf(index))}`,
          seenDescription: textOf(index),
          email: "",
          [FORM_TOKEN_FIELD]: issueFormToken(secret, new Date(Date.now() - 60_000)),
        },
        { locale: "en", ip: `203.0.113.${index + 1}`, secret },
      );
      expect(tip.ok, `tip "${XSS_PAYLOADS[index].name}"`).toBe(true);
    }
    const tipIds = await queryRows<{ id: number }>(site.db, sql`select id from tips order by id`);

    const watch = await InjectionWatch.open(browser, site.servers[0].url);
    try {
      await watch.signIn(accounts.editor.email, accounts.editor.password);
      const mainText = async () => normalise(await watch.page.locator("main").textContent());

      // The entry list: every payload entry's claim, fifty a page.
      const listed: string[] = [];
      for (let page = 1; page <= Math.ceil((XSS_PAYLOADS.length + batches.length) / 50) + 1; page++) {
        expect((await watch.visit(`/admin/entries?page=${page}`)).status).toBe(200);
        listed.push(await mainText());
      }
      for (const index of ALL) expect(listed.join(" "), `entry list shows "${XSS_PAYLOADS[index].name}"`).toContain(normalise(textOf(index)));

      for (const { entryId, indexes } of batches) {
        expect((await watch.visit(`/admin/entries/${entryId}`)).status).toBe(200);
        const preview = normalise(await watch.page.getByTestId("markdown-preview").textContent());
        for (const index of indexes) expect(preview, `preview of entry ${entryId} renders "${XSS_PAYLOADS[index].name}"`).toMatch(markerOf(index));

        for (const rev of [1, 2]) expect((await watch.visit(`/admin/entries/${entryId}/history?rev=${rev}`)).status).toBe(200);
        expect((await watch.visit(`/admin/entries/${entryId}/review`)).status).toBe(200);
        const review = await mainText();
        for (const index of indexes) expect(review, `review comment "${XSS_PAYLOADS[index].name}" shown as text`).toContain(normalise(textOf(index)));
      }

      expect((await watch.visit("/admin/topics")).status).toBe(200);
      const topicsHtml = await watch.page.content();
      for (const index of ALL) expect(topicsHtml, `topic "${XSS_PAYLOADS[index].name}" listed`).toMatch(markerOf(index));

      const queue: string[] = [];
      for (let page = 1; page <= Math.ceil(XSS_PAYLOADS.length / 50); page++) {
        expect((await watch.visit(`/admin/tips?status=all&page=${page}`)).status).toBe(200);
        queue.push(await mainText());
      }
      for (const index of ALL) expect(queue.join(" "), `tip "${XSS_PAYLOADS[index].name}" in the queue`).toMatch(markerOf(index));
      // A tip's own page shows it in full (claim, where it was seen, its link): a sample across the cheat sheet.
      for (const { id } of tipIds.filter((_, position) => position % 8 === 0)) expect((await watch.visit(`/admin/tips/${id}`)).status).toBe(200);

      expect(watch.findings, "findings in the admin screens").toEqual([]);
    } finally {
      await watch.close();
    }
  });
});

describe("the watcher itself", () => {
  // The harness must be able to fail: the same checks on a page that does run a payload.
  it("reports a dialog, an injected element, an inline handler and a javascript: link", async () => {
    const watch = await InjectionWatch.open(browser, site.servers[0].url);
    try {
      await watch.page.route("**/watcher-self-test", (route) =>
        route.fulfill({
          contentType: "text/html",
          body: `<html><body><img id="${MARKER_PREFIX}x" src="/nothing" onerror="alert('${MARKER_PREFIX}x')"><a href="javascript:void(0)">x</a></body></html>`,
        }),
      );
      await watch.visit("/watcher-self-test");
      const kinds = new Set(watch.findings.map((finding) => finding.kind));
      expect(kinds).toEqual(new Set(["alert dialog", "injected element", "inline event handler", "href with a dangerous URL"]));
    } finally {
      await watch.close();
    }
  });
});
