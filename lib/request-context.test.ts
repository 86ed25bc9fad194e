import { afterEach, describe, expect, it } from "vitest";
import { clientInfoFromHeaders } from "./request-context";

describe("clientInfoFromHeaders", () => {
  afterEach(() => {
    delete process.env.FACTDESK_PROXY_HOPS;
  });

  it("takes the rightmost X-Forwarded-For entry: the one our proxy (or Next.js) wrote, not what the client claimed", () => {
    expect(clientInfoFromHeaders(new Headers({ "x-forwarded-for": "203.0.113.9" })).ip).toBe("203.0.113.9");
    expect(clientInfoFromHeaders(new Headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.7" })).ip).toBe("198.51.100.7");
  });

  it("behind two proxies, takes the second from the right", () => {
    process.env.FACTDESK_PROXY_HOPS = "2";
    expect(clientInfoFromHeaders(new Headers({ "x-forwarded-for": "1.2.3.4, 198.51.100.7, 10.0.0.2" })).ip).toBe("198.51.100.7");
    expect(clientInfoFromHeaders(new Headers({ "x-forwarded-for": "198.51.100.7" })).ip).toBe("198.51.100.7");
  });

  it("keeps the user agent, bounded", () => {
    const info = clientInfoFromHeaders(new Headers({ "user-agent": "x".repeat(1000) }));
    expect(info.ip).toBe("unknown");
    expect(info.userAgent).toHaveLength(400);
  });
});
