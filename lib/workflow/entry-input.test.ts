import { describe, expect, it } from "vitest";
import { entryFieldsSchema, fieldErrorsOf, isCalendarDate, isHttpUrl, saveRevisionSchema } from "./entry-input";

const valid = {
  locale: "fr",
  claim: "  Une rumeur  ",
  verdict: "false",
  summary: "Non.",
  sources: [{ url: "https://example.org/a", title: "A" }],
};

describe("entry input", () => {
  it("accepts a minimal entry, trims text, and turns empty optional fields into null", () => {
    const parsed = entryFieldsSchema.parse({ ...valid, claimOriginUrl: "", claimFirstSeen: "", correctionNote: "  " });
    expect(parsed).toMatchObject({
      claim: "Une rumeur",
      slug: "",
      slugMode: "auto",
      body: "",
      claimOriginUrl: null,
      claimFirstSeen: null,
      correctionNote: null,
      translationId: null,
      substantive: false,
      topicIds: [],
    });
    expect(parsed.sources[0]).toEqual({ url: "https://example.org/a", title: "A", publisher: null, accessedAt: null });
  });

  it.each([
    ["https://example.org/path?q=1#x", true],
    ["http://localhost:3000/x", true],
    ["javascript:alert(1)", false],
    ["data:text/html,<script>", false],
    ["ftp://example.org", false],
    ["https://user:pass@example.org", false],
    ["https://exa mple.org", false],
    ["https://example.org/\u0000", false],
    ["/relative", false],
    ["", false],
  ])("isHttpUrl(%j) is %s", (url, expected) => {
    expect(isHttpUrl(url)).toBe(expected);
  });

  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2024-13-01", false],
    ["24-01-01", false],
    ["2024-1-1", false],
  ])("isCalendarDate(%j) is %s", (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });

  it("reports every problem by field path, including inside sources", () => {
    const result = entryFieldsSchema.safeParse({
      ...valid,
      locale: "de",
      claim: "",
      verdict: "maybe",
      summary: "x".repeat(401),
      claimFirstSeen: "2999-01-01",
      sources: [
        { url: "https://example.org/a", title: "A" },
        { url: "https://EXAMPLE.org/a", title: "Again" },
        { url: "mailto:a@b.c", title: "" },
      ],
      topicIds: [1, -2],
      slugMode: "manual",
      slug: "Bad Slug",
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(Object.keys(fieldErrorsOf(result.error)).sort()).toEqual(
      ["claim", "claimFirstSeen", "locale", "sources.2.title", "sources.2.url", "summary", "topicIds.1", "verdict"].sort(),
    );
  });

  it("checks the slug and duplicate links once the fields themselves are valid", () => {
    const result = entryFieldsSchema.safeParse({
      ...valid,
      slugMode: "manual",
      slug: "Bad Slug",
      sources: [
        { url: "https://example.org/a", title: "A" },
        { url: "https://EXAMPLE.org/a", title: "Again" },
      ],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsOf(result.error)).toEqual({
      slug: expect.stringMatching(/lower-case/),
      "sources.1.url": "Same link as source 1.",
    });
  });

  it("removes duplicate topics", () => {
    expect(entryFieldsSchema.parse({ ...valid, topicIds: [3, 3, "4"] }).topicIds).toEqual([3, 4]);
  });

  it("needs the version the form started from to save", () => {
    const result = saveRevisionSchema.safeParse({ entryId: "12", fields: valid });
    expect(result.success).toBe(false);
    if (!result.success) expect(Object.keys(fieldErrorsOf(result.error))).toEqual(["version"]);
    expect(saveRevisionSchema.parse({ entryId: "12", version: "3", fields: valid })).toMatchObject({ entryId: 12, version: 3 });
  });
});

describe("control characters", () => {
  it("are removed from text (PostgreSQL refuses NUL), keeping tabs and newlines", () => {
    const parsed = entryFieldsSchema.parse({ ...valid, claim: "A\u0000B\u0007", body: "line\n\tindented\u0000" });
    expect(parsed.claim).toBe("AB");
    expect(parsed.body).toBe("line\n\tindented");
    expect(entryFieldsSchema.safeParse({ ...valid, claim: "\u0000\u0001" }).success).toBe(false);
  });
});
