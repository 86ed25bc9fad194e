/**
 * Hostile input on every public route (support/public-routes.ts): generated paths,
 * query strings and headers (Accept-Language, If-None-Match, If-Modified-Since,
 * cookies) against a real production server. Every answer is 2xx, 3xx or 4xx —
 * never a 5xx — and the server is still healthy afterwards.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, InvalidCursorError } from "@/lib/entries/public-queries";
import { LOCALES, pickLocaleFromAcceptLanguage } from "@/lib/i18n/locales";
import { getPage, rawRequest } from "./support/http";
import { acceptLanguage, PUBLIC_ROUTES } from "./support/public-routes";
import { startSite, type Site } from "./support/site";

const RUNS = Number(process.env.RESILIENCE_FUZZ_RUNS || 60);

let site: Site;
beforeAll(async () => {
  site = await startSite("badinput");
});
afterAll(async () => {
  await site?.close();
});

describe("public routes answer hostile input with 2xx, 3xx or 4xx, never 5xx", () => {
  for (const route of PUBLIC_ROUTES) {
    it(route.name, async () => {
      const server = site.servers[0];
      await fc.assert(
        fc.asyncProperty(route.request, async ({ path, headers }) => {
          const response = await rawRequest(server.url, { path, headers });
          if (response.status >= 500) {
            throw new Error(`${response.status} for GET ${path} ${JSON.stringify(headers)}\n--- server log ---\n${server.logTail(30)}`);
          }
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      expect((await getPage(`${server.url}/api/health`)).status).toBe(200);
    });
  }
});

describe("parsers of request parameters refuse without throwing anything else", () => {
  it("a cursor is decoded to what was encoded, or refused with InvalidCursorError", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.base64String()), (value) => {
        try {
          const cursor = decodeCursor(value);
          expect(Number.isSafeInteger(cursor.id) && cursor.id > 0).toBe(true);
          expect(Number.isNaN(cursor.at.getTime())).toBe(false);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidCursorError);
        }
      }),
      { numRuns: 2_000 },
    );
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true, min: new Date(0), max: new Date("2200-01-01") }), fc.integer({ min: 1, max: 2 ** 31 - 1 }), (at, id) => {
        expect(decodeCursor(encodeCursor({ at, id }))).toEqual({ at, id });
      }),
    );
  });

  it("any Accept-Language header picks one of the site's locales", () => {
    fc.assert(
      fc.property(fc.oneof(acceptLanguage, fc.string({ unit: "binary" })), (header) => {
        expect(LOCALES).toContain(pickLocaleFromAcceptLanguage(header));
      }),
      { numRuns: 2_000 },
    );
  });
});
