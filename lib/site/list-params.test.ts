import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/entries/public-queries";
import { isSlug, listQueryString, parseListParams } from "./list-params";

const topics = ["health", "public-services"];
const cursor = encodeCursor({ at: new Date("2026-01-01T00:00:00Z"), id: 42 });

describe("parseListParams", () => {
  it("accepts no parameters, empty ones (a form's 'All'), and valid filters and cursors", () => {
    expect(parseListParams({}, { knownTopics: topics })).toEqual({ ok: true, params: {} });
    expect(parseListParams({ verdict: "", topic: " " }, { knownTopics: topics })).toEqual({ ok: true, params: {} });
    const parsed = parseListParams({ verdict: "missing-context", topic: "health", cursor }, { knownTopics: topics });
    expect(parsed).toEqual({
      ok: true,
      params: { verdict: "missing-context", topic: "health", cursor: { at: new Date("2026-01-01T00:00:00Z"), id: 42 } },
    });
    expect(parseListParams({ before: cursor }, { knownTopics: topics })).toMatchObject({ ok: true, params: { before: { id: 42 } } });
  });

  it.each([
    ["an unknown verdict", { verdict: "maybe" }],
    ["a verdict in the wrong case", { verdict: "FALSE" }],
    ["an unknown topic", { topic: "sports" }],
    ["a malformed topic", { topic: "../../etc" }],
    ["a repeated parameter", { verdict: ["false", "true"] }],
    ["a cursor we did not issue", { cursor: "not-a-cursor" }],
    ["a cursor with bad characters", { cursor: "%C3%28" }],
    ["a 10 kB cursor", { cursor: "A".repeat(10_000) }],
    ["both directions at once", { cursor, before: cursor }],
  ])("refuses %s", (_name, raw) => {
    expect(parseListParams(raw, { knownTopics: topics })).toEqual({ ok: false, error: "invalid_parameters" });
  });

  it("refuses a topic filter where the topic is fixed by the page", () => {
    expect(parseListParams({ topic: "health" }, { knownTopics: topics, allowTopic: false }).ok).toBe(false);
  });
});

describe("list URLs", () => {
  it("keep the filters and carry one cursor", () => {
    expect(listQueryString({})).toBe("");
    expect(listQueryString({ verdict: "false", topic: "health" }, { cursor: "abc" })).toBe("?verdict=false&topic=health&cursor=abc");
    expect(listQueryString({ verdict: "true" }, { before: "xyz" })).toBe("?verdict=true&before=xyz");
  });

  it("recognise slugs", () => {
    expect(isSlug("les-antennes-5g")).toBe(true);
    for (const bad of ["", "A", "a--b", "-a", "a-", "a b", "é", "a".repeat(201)]) expect(isSlug(bad)).toBe(false);
  });
});
