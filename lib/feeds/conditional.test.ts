import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { computeEtag, DEFAULT_FEED_CACHE_CONTROL, feedResponse, isNotModified } from "./conditional";
import { FEED_CONTENT_TYPES } from "./formats";

const body = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"></rss>\n';
const etag = computeEtag(body);
const lastModified = new Date("2024-03-05T08:09:10.500Z");
const lastModifiedHttp = "Tue, 05 Mar 2024 08:09:10 GMT";

function headers(init: Record<string, string>): Headers {
  return new Headers(init);
}

function feedRequest(init: Record<string, string> = {}, method = "GET"): Request {
  return new Request("https://factdesk.example/fr/feed.xml", { method, headers: init });
}

describe("computeEtag", () => {
  it("is a strong, quoted base64url SHA-1 of the body", () => {
    const expected = createHash("sha1").update(body, "utf8").digest("base64url");
    expect(etag).toBe(`"${expected}"`);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });

  it("changes with the body, including outside ASCII", () => {
    expect(computeEtag("é")).not.toBe(computeEtag("e"));
    expect(computeEtag("🧪")).toBe(computeEtag("🧪"));
  });
});

describe("isNotModified", () => {
  it("is false for an unconditional request", () => {
    expect(isNotModified(headers({}), etag, lastModified)).toBe(false);
  });

  it("matches the ETag, weakly, anywhere in a list", () => {
    expect(isNotModified(headers({ "If-None-Match": etag }), etag, lastModified)).toBe(true);
    expect(isNotModified(headers({ "If-None-Match": `W/${etag}` }), etag, lastModified)).toBe(true);
    expect(isNotModified(headers({ "If-None-Match": `"old", W/"older" ,${etag}` }), etag, lastModified)).toBe(true);
    expect(isNotModified(headers({ "If-None-Match": '"a,b"' }), '"a,b"', lastModified)).toBe(true);
  });

  it("does not match another ETag or a bare token", () => {
    expect(isNotModified(headers({ "If-None-Match": '"something-else"' }), etag, lastModified)).toBe(false);
    expect(isNotModified(headers({ "If-None-Match": etag.slice(1, -1) }), etag, lastModified)).toBe(false);
    expect(isNotModified(headers({ "If-None-Match": '"a", "b"' }), '"a,b"', lastModified)).toBe(false);
  });

  it("matches * whatever the ETag", () => {
    expect(isNotModified(headers({ "If-None-Match": "*" }), etag, lastModified)).toBe(true);
  });

  it("lets If-None-Match decide over If-Modified-Since", () => {
    const stale = headers({ "If-None-Match": '"old"', "If-Modified-Since": "Wed, 01 Jan 2025 00:00:00 GMT" });
    expect(isNotModified(stale, etag, lastModified)).toBe(false);
    const fresh = headers({ "If-None-Match": etag, "If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT" });
    expect(isNotModified(fresh, etag, lastModified)).toBe(true);
  });

  it("compares If-Modified-Since to the second", () => {
    // lastModified has 500 ms the HTTP date cannot carry: the same second is not modified.
    expect(isNotModified(headers({ "If-Modified-Since": lastModifiedHttp }), etag, lastModified)).toBe(true);
    expect(isNotModified(headers({ "If-Modified-Since": "Tue, 05 Mar 2024 08:09:11 GMT" }), etag, lastModified)).toBe(true);
    expect(isNotModified(headers({ "If-Modified-Since": "Tue, 05 Mar 2024 08:09:09 GMT" }), etag, lastModified)).toBe(false);
  });

  it("ignores an If-Modified-Since that is not an HTTP date", () => {
    for (const value of ["garbage", "", "2099", "Tue, 05 Mar 2099 08:09:10"]) {
      expect(isNotModified(headers({ "If-Modified-Since": value }), etag, lastModified)).toBe(false);
    }
  });
});

describe("feedResponse", () => {
  const options = (request: Request) => ({ contentType: FEED_CONTENT_TYPES.rss, lastModified, request });

  it("answers 200 with the body, its type and validators", async () => {
    const response = feedResponse(body, options(feedRequest()));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(body);
    expect(response.headers.get("Content-Type")).toBe("application/rss+xml; charset=utf-8");
    expect(response.headers.get("ETag")).toBe(etag);
    expect(response.headers.get("Last-Modified")).toBe(lastModifiedHttp);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=60, stale-while-revalidate=300");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("serves each format with its own type", () => {
    expect(FEED_CONTENT_TYPES).toEqual({
      rss: "application/rss+xml; charset=utf-8",
      atom: "application/atom+xml; charset=utf-8",
      json: "application/feed+json; charset=utf-8",
    });
    const response = feedResponse("{}", { ...options(feedRequest()), contentType: FEED_CONTENT_TYPES.json });
    expect(response.headers.get("Content-Type")).toBe("application/feed+json; charset=utf-8");
  });

  it("answers 304 with no body but the validators when the ETag matches", async () => {
    const response = feedResponse(body, options(feedRequest({ "If-None-Match": etag })));
    expect(response.status).toBe(304);
    expect(response.body).toBeNull();
    expect(await response.text()).toBe("");
    expect(response.headers.get("ETag")).toBe(etag);
    expect(response.headers.get("Last-Modified")).toBe(lastModifiedHttp);
    expect(response.headers.get("Cache-Control")).toBe(DEFAULT_FEED_CACHE_CONTROL);
    expect(response.headers.get("Content-Type")).toBeNull();
  });

  it("answers 200 when the ETag is another one", async () => {
    const response = feedResponse(body, options(feedRequest({ "If-None-Match": computeEtag("older body") })));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(body);
  });

  it("answers 304 to If-None-Match: *", () => {
    expect(feedResponse(body, options(feedRequest({ "If-None-Match": "*" }))).status).toBe(304);
  });

  it.each([
    ["the same second", lastModifiedHttp, 304],
    ["a later date", "Wed, 06 Mar 2024 00:00:00 GMT", 304],
    ["an earlier date", "Mon, 04 Mar 2024 23:59:59 GMT", 200],
    ["a garbage date", "not a date", 200],
  ])("answers If-Modified-Since with %s by %i", (_, ifModifiedSince, status) => {
    expect(feedResponse(body, options(feedRequest({ "If-Modified-Since": ifModifiedSince }))).status).toBe(status);
  });

  it("answers HEAD with the headers and no body", async () => {
    const response = feedResponse(body, options(feedRequest({}, "HEAD")));
    expect(response.status).toBe(200);
    expect(response.headers.get("ETag")).toBe(etag);
    expect(await response.text()).toBe("");
    expect(feedResponse(body, options(feedRequest({ "If-None-Match": etag }, "HEAD"))).status).toBe(304);
  });

  it("does not treat If-None-Match on other methods as a cache check", () => {
    expect(feedResponse(body, options(feedRequest({ "If-None-Match": etag }, "POST"))).status).toBe(200);
  });

  it("uses the Cache-Control it is given", () => {
    const response = feedResponse(body, { ...options(feedRequest()), cacheControl: "no-store" });
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });
});
