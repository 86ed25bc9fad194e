/**
 * Stored script injection: every payload of support/xss-payloads.ts (OWASP XSS
 * filter-evasion cheat sheet, Markdown and mutation cases) is put into every text
 * field of a published entry — claim, claim origin (text and URL), summary, body,
 * source title and URL, topic names — directly in the database with the seed's
 * SQL helpers and applyPublication, then the public entry page, the home page and
 * the admin dashboard (signed in as the demo editor) are opened in Chromium with
 * support/xss-watch.ts watching. Nothing may execute, no element may be injected,
 * and no javascript:/data: URL may become a link. The readable text must still be
 * there (escaped, not dropped). Account names get the same treatment in the admin.
 *
 * EXTENSION POINTS, once merged:
 * - issue 6 (feeds): fetch /{locale}/feed.xml, atom.xml, feed.json and the topic
 *   feeds for the same entries; parse them (fast-xml-parser) and check that no
 *   item's content carries markup that would run in a feed reader (no <script>,
 *   no on* attribute, no javascript:/data: href/src) and that links are http(s).
 * - issue 4 (workflow/admin editor): open the admin entry list, the editor with
 *   its Markdown preview, the revision diff and the review screen for the same
 *   entries; add review comments carrying the payloads (the `comment` field).
 * - issue 5 (site): the topic pages, search results (?q=payload), corrections page,
 *   and the ClaimReview JSON-LD (`</script>` breakout) — add the paths to `pagesOf`.
 * - issue 9 (tips): tips whose claim/URL/description are payloads, in /admin/tips.
 */
import { chromium, type Browser } from "@playwright/test";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { accounts } from "@/e2e/fixtures/accounts";
import { chromiumLaunchOptions } from "@/playwright.config";
import { publishNewEntry } from "./support/content";
import { startSite, type Site } from "./support/site";
import { InjectionWatch, MARKER_PREFIX } from "./support/xss-watch";
import { XSS_PAYLOADS } from "./support/xss-payloads";

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
      expect(text.length, payload.name).toBeLessThanOrEqual(400); // the summary's limit, the tightest
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
