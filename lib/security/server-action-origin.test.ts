import { describe, expect, it } from "vitest";
import { allowedOrigins, isAllowedActionOrigin, mayBeServerAction } from "./server-action-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("mayBeServerAction", () => {
  it("is a POST with a Next-Action header, anywhere", () => {
    expect(mayBeServerAction({ method: "POST", pathname: "/admin/topics", headers: headers({ "next-action": "40ab" }) })).toBe(true);
    expect(mayBeServerAction({ method: "POST", pathname: "/api/anything", headers: headers({ "next-action": "40ab" }) })).toBe(true);
    expect(mayBeServerAction({ method: "GET", pathname: "/admin/topics", headers: headers({ "next-action": "40ab" }) })).toBe(false);
  });

  it("is a multipart form POST to a page (no JavaScript), never to an API route", () => {
    const multipart = headers({ "content-type": "multipart/form-data; boundary=x" });
    expect(mayBeServerAction({ method: "POST", pathname: "/en/report", headers: multipart })).toBe(true);
    expect(mayBeServerAction({ method: "POST", pathname: "/api/auth/callback/credentials", headers: multipart })).toBe(false);
    expect(mayBeServerAction({ method: "POST", pathname: "/admin/tips/export", headers: headers({ "content-type": "application/x-www-form-urlencoded" }) })).toBe(false);
  });
});

describe("isAllowedActionOrigin", () => {
  it("lets a request without Origin through (not a browser's cross-site request), as Next does", () => {
    expect(isAllowedActionOrigin(headers({ host: "facts.example.org" }), [])).toBe(true);
  });

  it("accepts the site's own origin, port included", () => {
    expect(isAllowedActionOrigin(headers({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }), [])).toBe(true);
    expect(isAllowedActionOrigin(headers({ host: "facts.example.org", origin: "https://facts.example.org" }), [])).toBe(true);
  });

  it("refuses another host, another port, an opaque origin and an origin that is not a URL", () => {
    for (const origin of ["https://evil.example", "http://127.0.0.1:3001", "null", "not a url", "https://facts.example.org.evil.example"]) {
      const host = origin === "http://127.0.0.1:3001" ? "127.0.0.1:3000" : "facts.example.org";
      expect(isAllowedActionOrigin(headers({ host, origin }), []), origin).toBe(false);
    }
  });

  it("compares with the first X-Forwarded-Host when a proxy sets it, else with Host", () => {
    const behindProxy = { host: "10.0.0.5:3000", "x-forwarded-host": "facts.example.org, lb.internal" };
    expect(isAllowedActionOrigin(headers({ ...behindProxy, origin: "https://facts.example.org" }), [])).toBe(true);
    expect(isAllowedActionOrigin(headers({ ...behindProxy, origin: "http://10.0.0.5:3000" }), [])).toBe(false);
  });

  it("accepts the allowed origins, with Next's wildcards (* one label, ** any subdomains), case-insensitively", () => {
    const host = { host: "facts.example.org" };
    const allowed = ["cdn.example.net", "*.preview.example.org", "**.partner.example"];
    expect(isAllowedActionOrigin(headers({ ...host, origin: "https://CDN.example.net" }), allowed)).toBe(true);
    expect(isAllowedActionOrigin(headers({ ...host, origin: "https://pr-12.preview.example.org" }), allowed)).toBe(true);
    expect(isAllowedActionOrigin(headers({ ...host, origin: "https://a.b.preview.example.org" }), allowed)).toBe(false);
    expect(isAllowedActionOrigin(headers({ ...host, origin: "https://a.b.partner.example" }), allowed)).toBe(true);
    expect(isAllowedActionOrigin(headers({ ...host, origin: "https://partner.example" }), allowed)).toBe(false);
    expect(isAllowedActionOrigin(headers({ ...host, origin: "https://evil.example" }), ["*", "**"])).toBe(false);
  });

  it("reads the allowed origins from FACTDESK_ALLOWED_ORIGINS", () => {
    expect(allowedOrigins({ FACTDESK_ALLOWED_ORIGINS: " cdn.example.net, *.preview.example.org ,," })).toEqual(["cdn.example.net", "*.preview.example.org"]);
    expect(allowedOrigins({})).toEqual([]);
  });
});
