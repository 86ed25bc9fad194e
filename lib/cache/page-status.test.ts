import { describe, expect, it } from "vitest";
import { applyRequestedStatus, requestedStatus, statusMetadata } from "./page-status.js";

describe("page status from metadata", () => {
  it("reads the status Next writes from the page's metadata", () => {
    expect(statusMetadata(410)).toEqual({ "factdesk-status": "410" });
    expect(requestedStatus('<head><meta name="factdesk-status" content="410"/></head>')).toBe(410);
    expect(requestedStatus('<head><meta name="factdesk-status" content="410"></head>')).toBe(410);
  });

  it("asks nothing of a page without the marker, and only for the statuses it allows", () => {
    expect(requestedStatus("<html><body>An entry</body></html>")).toBeUndefined();
    expect(requestedStatus(undefined)).toBeUndefined();
    expect(requestedStatus('<meta name="factdesk-status" content="500"/>')).toBeUndefined();
    expect(() => statusMetadata(500 as 410)).toThrow(/500/);
  });

  it("cannot be forged by stored text: escaped in the HTML and in the inline RSC payload", () => {
    expect(requestedStatus('<p>&lt;meta name="factdesk-status" content="410"/&gt;</p>')).toBeUndefined();
    expect(requestedStatus('<script>self.__next_f.push([1,"\\u003cmeta name=\\"factdesk-status\\" content=\\"410\\"/\\u003e"])</script>')).toBeUndefined();
  });

  it("sets the status of an App Router page only", () => {
    const html = '<meta name="factdesk-status" content="410"/>';
    const appPage: { kind: string; html: string; status?: number } = { kind: "APP_PAGE", html };
    applyRequestedStatus(appPage);
    expect(appPage.status).toBe(410);
    const route: { kind: string; html: string; status?: number } = { kind: "APP_ROUTE", html };
    applyRequestedStatus(route);
    expect(route.status).toBeUndefined();
    expect(() => applyRequestedStatus(null)).not.toThrow();
  });
});
