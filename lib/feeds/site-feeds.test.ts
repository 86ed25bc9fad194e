import { describe, expect, it } from "vitest";

import { encodeCursor } from "@/lib/entries/public-queries";
import { entryItemTitle, parseFeedQuery } from "./site-feeds";

const cursor = { at: new Date("2024-03-01T10:00:00.000Z"), id: 12 };

function parse(search: string) {
  return parseFeedQuery(new URLSearchParams(search));
}

describe("parseFeedQuery", () => {
  it("reads nothing as the newest page at the default size", () => {
    expect(parse("")).toEqual({ ok: true, query: {} });
    expect(parse("utm_source=x&_=123")).toEqual({ ok: true, query: {} });
    expect(parse("limit=50")).toEqual({ ok: true, query: {} });
  });

  it("reads a cursor it issued and a page size from 1 to 100", () => {
    expect(parse(`before=${encodeCursor(cursor)}&limit=10`)).toEqual({ ok: true, query: { cursor, limit: 10 } });
    expect(parse("limit=1")).toEqual({ ok: true, query: { limit: 1 } });
    expect(parse("limit=100")).toEqual({ ok: true, query: { limit: 100 } });
  });

  it.each([
    ["before=nope", /^Invalid cursor/],
    ["before=", /^Invalid cursor/],
    [`before=${encodeCursor(cursor)}&before=${encodeCursor(cursor)}`, /at most once/],
    [`before=${encodeCursor({ at: new Date(-8.64e15), id: 1 })}`, /^Invalid cursor/],
    [`before=${encodeCursor({ at: new Date(8.64e15), id: 1 })}`, /^Invalid cursor/],
    [`before=${encodeCursor({ at: new Date("2024-01-01T00:00:00Z"), id: 2 ** 31 })}`, /^Invalid cursor/],
    [`before=${encodeCursor({ at: new Date("2024-01-01T00:00:00Z"), id: Number.MAX_SAFE_INTEGER })}`, /^Invalid cursor/],
    ["limit=0", /^Invalid limit/],
    ["limit=101", /^Invalid limit/],
    ["limit=010", /^Invalid limit/],
    ["limit=1.5", /^Invalid limit/],
    ["limit= 5", /^Invalid limit/],
    ["limit=Infinity", /^Invalid limit/],
    ["limit=1&limit=2", /at most once/],
  ])("refuses %s", (search, message) => {
    const result = parse(search);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe("entryItemTitle", () => {
  it("puts the verdict label, in the entry's language, before the claim", () => {
    expect(entryItemTitle("en", "missing-context", "A claim")).toBe("[Missing context] A claim");
    expect(entryItemTitle("fr", "false", "Une rumeur")).toBe("[Faux] Une rumeur");
  });
});
