import { afterEach, describe, expect, it } from "vitest";
// The handler Next loads from next.config.js (CommonJS); loading it here installs its store on globalThis.
import PageCacheHandler from "./page-cache-handler.js";
import { clearCache, invalidateAllLocal, invalidateLocalTags } from "./tagged-cache";

const handler = new PageCacheHandler();
const KEY = "/route-cache/APP_PAGE/abc/$/fr/rumors/la-rumeur";
const HOME = "/route-cache/APP_PAGE/abc/$/fr";
const TOPIC = "/route-cache/APP_PAGE/abc/$/fr/topics/sante";
const EN_HOME = "/route-cache/APP_PAGE/abc/$/en";
/** Next's implicit tags: the route's layouts and page, and the path. */
const TAGS: Record<string, string> = {
  [KEY]: "_N_T_/layout,_N_T_/[locale]/layout,_N_T_/[locale]/rumors/[slug]/page,_N_T_/fr/rumors/la-rumeur",
  [HOME]: "_N_T_/layout,_N_T_/[locale]/layout,_N_T_/[locale]/page,_N_T_/fr",
  [TOPIC]: "_N_T_/layout,_N_T_/[locale]/layout,_N_T_/[locale]/topics/[slug]/page,_N_T_/fr/topics/sante",
  [EN_HOME]: "_N_T_/layout,_N_T_/[locale]/layout,_N_T_/[locale]/page,_N_T_/en",
};
const page = (html: string, key = KEY) => ({ kind: "APP_PAGE", html, headers: { "x-next-cache-tags": TAGS[key] } });

async function render(html: string, key = KEY) {
  expect(await handler.get(key, { kind: "APP_PAGE" })).toBeNull();
  await handler.set(key, page(html, key), { tags: [] });
}

async function cachedHtml(key: string): Promise<string | undefined> {
  return ((await handler.get(key, { kind: "APP_PAGE" }))?.value as { html?: string } | undefined)?.html;
}

afterEach(() => clearCache());

describe("full-page cache handler", () => {
  it("serves a rendered page until our invalidation of its entry tag (what every process runs on NOTIFY)", async () => {
    await render("v1");
    expect((await handler.get(KEY, { kind: "APP_PAGE" }))?.value).toMatchObject({ html: "v1" });
    invalidateLocalTags(["list:fr", "entry:en:la-rumeur"]); // another entry's tags: kept
    expect((await handler.get(KEY, { kind: "APP_PAGE" }))?.value).toMatchObject({ html: "v1" });
    invalidateLocalTags(["entry:fr:la-rumeur"]);
    await render("v2");
    expect((await handler.get(KEY, { kind: "APP_PAGE" }))?.value).toMatchObject({ html: "v2" });
  });

  it("does not store a render that started before an invalidation of its page", async () => {
    expect(await handler.get(KEY, { kind: "APP_PAGE" })).toBeNull();
    invalidateLocalTags(["entry:fr:la-rumeur"]); // published while the old text was rendering
    await handler.set(KEY, page("old"), { tags: [] });
    expect(await handler.get(KEY, { kind: "APP_PAGE" })).toBeNull();
    await handler.set(KEY, page("new"), { tags: [] });
    expect((await handler.get(KEY, { kind: "APP_PAGE" }))?.value).toMatchObject({ html: "new" });
  });

  it("drops every page when invalidations may have been missed (subscription re-established)", async () => {
    await render("v1");
    invalidateAllLocal();
    expect(await handler.get(KEY, { kind: "APP_PAGE" })).toBeNull();
  });

  it("drops a locale's home and topic pages when its list changes, and nothing else", async () => {
    for (const key of [KEY, HOME, TOPIC, EN_HOME]) await render(`v1 ${key}`, key);
    invalidateLocalTags(["list:fr", "corrections:fr"]);
    expect(await cachedHtml(HOME)).toBeUndefined();
    expect(await cachedHtml(TOPIC)).toBeUndefined();
    expect(await cachedHtml(KEY)).toBe(`v1 ${KEY}`); // the entry page shows no list
    expect(await cachedHtml(EN_HOME)).toBe(`v1 ${EN_HOME}`);
  });

  it("does not store a list page whose render started before its list changed", async () => {
    expect(await handler.get(TOPIC, { kind: "APP_PAGE" })).toBeNull();
    invalidateLocalTags(["list:fr"]);
    await handler.set(TOPIC, page("old", TOPIC), { tags: [] });
    expect(await cachedHtml(TOPIC)).toBeUndefined();
  });

  it("drops every page when a topic changes (its name shows on entry, home and topic pages)", async () => {
    for (const key of [KEY, HOME, TOPIC, EN_HOME]) await render(`v1 ${key}`, key);
    invalidateLocalTags(["topics", "list:fr", "list:en"]);
    for (const key of [KEY, HOME, TOPIC, EN_HOME]) expect(await cachedHtml(key), key).toBeUndefined();
  });

  it("stores nothing while our caches are off (FACTDESK_CACHE=off)", async () => {
    process.env.FACTDESK_CACHE = "off";
    try {
      await render("uncached");
      expect(await cachedHtml(KEY)).toBeUndefined();
    } finally {
      delete process.env.FACTDESK_CACHE;
    }
    await render("cached");
    expect(await cachedHtml(KEY)).toBe("cached");
  });

  it("honours Next's own tag revalidation", async () => {
    await render("v1");
    await handler.revalidateTag("_N_T_/fr/rumors/la-rumeur");
    expect(await handler.get(KEY, { kind: "APP_PAGE" })).toBeNull();
  });

  it("gives a page the status its metadata asks for, on the render that stores it and on every hit after, cache on or off", async () => {
    const gone = '<html><head><meta name="factdesk-status" content="410"/></head><body>Withdrawn</body></html>';
    const rendered = page(gone);
    await handler.get(KEY, { kind: "APP_PAGE" });
    await handler.set(KEY, rendered, { tags: [] });
    // Next sends the render it just stored with this object's status.
    expect(rendered).toMatchObject({ status: 410 });
    expect((await handler.get(KEY, { kind: "APP_PAGE" }))?.value).toMatchObject({ status: 410 });

    process.env.FACTDESK_CACHE = "off";
    try {
      const uncached = page(gone, HOME);
      await handler.set(HOME, uncached, { tags: [] });
      expect(uncached).toMatchObject({ status: 410 });
    } finally {
      delete process.env.FACTDESK_CACHE;
    }

    // A page without the marker keeps its status, and so does an error page.
    const live = { ...page("<html><body>Live</body></html>", TOPIC), status: 200 };
    await handler.set(TOPIC, live, { tags: [] });
    expect(live.status).toBe(200);
    const missing = { ...page(gone, EN_HOME), status: 404 };
    await handler.set(EN_HOME, missing, { tags: [] });
    expect(missing.status).toBe(404);
  });

  it("counts a page's memory as V8 holds it: two bytes a character once the HTML has one beyond Latin-1", () => {
    const latin1 = "<p>Vérité</p>".repeat(1000);
    const typographic = "<p>“Vérité”</p>".repeat(1000);
    expect(PageCacheHandler.sizeOf({ kind: "APP_PAGE", html: latin1 })).toBe(1024 + latin1.length);
    expect(PageCacheHandler.sizeOf({ kind: "APP_PAGE", html: typographic })).toBe(1024 + 2 * typographic.length);
    const rscData = Buffer.alloc(5000);
    const segmentData = new Map([["/_tree", Buffer.alloc(700)]]);
    expect(PageCacheHandler.sizeOf({ kind: "APP_PAGE", html: latin1, rscData, segmentData })).toBe(1024 + latin1.length + 5000 + 700);
  });
});
