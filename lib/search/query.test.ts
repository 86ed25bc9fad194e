import { describe, expect, it } from "vitest";
import { MAX_QUERY_LENGTH, parseSearchPage, parseSearchQuery } from "./query";

describe("parseSearchQuery", () => {
  it("trims, collapses whitespace and normalises to NFC", () => {
    expect(parseSearchQuery("  donne\u0301es   personnelles ")).toEqual({ ok: true, query: "données personnelles" });
  });

  it("treats missing and blank queries as empty", () => {
    for (const raw of [undefined, "", "   ", "\u0000\u0001"]) expect(parseSearchQuery(raw)).toEqual({ ok: false, reason: "empty" });
  });

  it("refuses repeated parameters and over-long text", () => {
    expect(parseSearchQuery(["a", "b"])).toEqual({ ok: false, reason: "invalid" });
    expect(parseSearchQuery("x".repeat(MAX_QUERY_LENGTH))).toMatchObject({ ok: true });
    expect(parseSearchQuery("x".repeat(MAX_QUERY_LENGTH + 1))).toEqual({ ok: false, reason: "too_long" });
    expect(parseSearchQuery("é".repeat(10_000))).toEqual({ ok: false, reason: "too_long" });
  });

  it("removes what a PostgreSQL text value cannot hold or our highlighting uses", () => {
    expect(parseSearchQuery("a\u0000b\ue000c\ud800")).toEqual({ ok: true, query: "a b c\ufffd" });
  });

  it("keeps search syntax for websearch_to_tsquery, which never fails on it", () => {
    expect(parseSearchQuery('"5G antennas" -virus OR data')).toEqual({ ok: true, query: '"5G antennas" -virus OR data' });
  });
});

describe("parseSearchPage", () => {
  it("accepts 1 to 50 and nothing else", () => {
    expect(parseSearchPage(undefined)).toBe(1);
    expect(parseSearchPage("3")).toBe(3);
    for (const bad of ["0", "-1", "51", "1e3", "2.5", " 2", ["1", "2"], "99999999999999999999"]) expect(parseSearchPage(bad)).toBeNull();
  });
});
