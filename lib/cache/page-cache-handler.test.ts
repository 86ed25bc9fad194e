import { afterEach, describe, expect, it } from "vitest";
// The handler Next loads from next.config.js (CommonJS); loading it here installs its store on globalThis.
import PageCacheHandler from "./page-cache-handler.js";
import { clearCache, invalidateAllLocal, invalidateLocalTags } from "./tagged-cache";

const handler = new PageCacheHandler();
const KEY = "/route-cache/APP_PAGE/abc/$/fr/rumors/la-rumeur";
const page = (html: string) => ({ kind: "APP_PAGE", html, headers: { "x-next-cache-tags": "_N_T_/layout,_N_T_/fr/rumors/la-rumeur" } });

async function render(html: string, key = KEY) {
  expect(await handler.get(key, { kind: "APP_PAGE" })).toBeNull();
  await handler.set(key, page(html), { tags: [] });
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

  it("honours Next's own tag revalidation", async () => {
    await render("v1");
    await handler.revalidateTag("_N_T_/fr/rumors/la-rumeur");
    expect(await handler.get(KEY, { kind: "APP_PAGE" })).toBeNull();
  });
});
