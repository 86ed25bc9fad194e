import { describe, expect, it } from "vitest";
import { refuseMalformedCallbackUrl } from "./callback-url";

const request = (query: string, cookies: Record<string, string> = {}) => ({
  nextUrl: new URL(`https://facts.example.org/api/auth/session${query}`),
  cookies: { get: (name: string) => (name in cookies ? { value: cookies[name] } : undefined) },
});

describe("refuseMalformedCallbackUrl", () => {
  it("lets site paths, absolute http(s) URLs and no callback through", () => {
    for (const query of ["", "?callbackUrl=%2Fadmin", "?callbackUrl=https%3A%2F%2Ffacts.example.org%2Fadmin", "?callbackUrl="]) {
      expect(refuseMalformedCallbackUrl(request(query)), query).toBeNull();
    }
  });

  it("answers 400 to what next-auth would turn into a 500", () => {
    for (const query of ["?callbackUrl=K", "?callbackUrl=javascript%3Aalert(1)", "?callbackUrl=&callbackUrl=%11"]) {
      expect(refuseMalformedCallbackUrl(request(query))?.status, query).toBe(400);
    }
    expect(refuseMalformedCallbackUrl(request("", { "authjs.callback-url": "%%" }))?.status).toBe(400);
  });
});
