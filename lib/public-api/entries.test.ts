import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/entries/public-queries";
import { parseEntriesQuery } from "./entries";

const topics = ["health", "economy"];
const parse = (query: string) => parseEntriesQuery(new URLSearchParams(query), topics);

describe("parseEntriesQuery", () => {
  it("defaults to the French list, 20 at a time", () => {
    expect(parse("")).toEqual({ ok: true, query: { locale: "fr", limit: 20 } });
  });

  it("accepts every filter, and ignores unknown parameters", () => {
    const cursor = encodeCursor({ at: new Date("2026-03-01T12:00:00Z"), id: 7 });
    expect(parse(`locale=en&verdict=true&topic=health&limit=5&cursor=${cursor}&utm_source=x`)).toEqual({
      ok: true,
      query: { locale: "en", verdict: "true", topic: "health", limit: 5, cursor: { at: new Date("2026-03-01T12:00:00Z"), id: 7 }, cursorText: cursor },
    });
  });

  it.each([
    ["locale=de", "locale"],
    ["verdict=nope", "verdict"],
    ["topic=sports", "topic"],
    ["topic=%3Cscript%3E", "topic"],
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["limit=ten", "limit"],
    ["limit=1e2", "limit"],
    ["cursor=garbage", "cursor"],
    [`cursor=${"A".repeat(10_000)}`, "cursor"],
    ["cursor=%C3%28", "cursor"],
    ["verdict=false&verdict=true", "verdict"],
    ["locale=fr&locale=en", "locale"],
  ])("refuses %s and names the parameter", (query, parameter) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.parameter).toBe(parameter);
      expect(result.message).toContain(parameter);
    }
  });
});
