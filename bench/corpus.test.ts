import { describe, expect, it } from "vitest";
import { SLUG_PATTERN } from "@/lib/entries/slug";
import { BENCH_TOPICS, BODY_MAX_CHARS, BODY_MIN_CHARS, entryBody, entryHead, pairMeta, placeName, searchVocabulary } from "./corpus";
import { parseOptions } from "./options";
import { copyLine, entryIds } from "./seed";

const now = new Date("2026-06-01T12:00:00Z");

describe("the synthetic archive", () => {
  const pairs = Array.from({ length: 400 }, (_, pair) => pairMeta(pair, now));

  it("is the same on every run", () => {
    const a = entryHead(pairs[7], "fr");
    expect(entryHead(pairMeta(7, now), "fr")).toEqual(a);
    expect(entryBody(pairMeta(7, now), a)).toEqual(entryBody(pairs[7], a));
  });

  it("has realistic entries: 2–6 kB Markdown bodies, 3 sources, 1–3 topics, valid slugs and lengths", () => {
    const slugs = { fr: new Set<string>(), en: new Set<string>() };
    for (const meta of pairs) {
      expect(meta.topicIds.length).toBeGreaterThanOrEqual(1);
      expect(meta.topicIds.length).toBeLessThanOrEqual(3);
      expect(meta.topicIds.every((id) => id >= 1 && id <= BENCH_TOPICS.length)).toBe(true);
      expect(meta.firstPublishedAt.getTime()).toBeLessThan(now.getTime());
      expect(meta.lastPublishedAt.getTime()).toBeGreaterThanOrEqual(meta.firstPublishedAt.getTime());
      expect(meta.lastPublishedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      for (const locale of ["fr", "en"] as const) {
        const head = entryHead(meta, locale);
        const { body, originalBody } = entryBody(meta, head);
        expect(body.length).toBeGreaterThanOrEqual(BODY_MIN_CHARS);
        expect(body.length).toBeLessThanOrEqual(BODY_MAX_CHARS);
        expect(originalBody.length).toBeGreaterThanOrEqual(BODY_MIN_CHARS);
        expect(head.sources).toHaveLength(3);
        expect(head.claim.length).toBeLessThanOrEqual(500);
        expect(head.summary.length).toBeLessThanOrEqual(400);
        expect(head.slug).toMatch(SLUG_PATTERN);
        expect(slugs[locale].has(head.slug)).toBe(false);
        slugs[locale].add(head.slug);
        expect(head.correctionNote !== "").toBe(meta.corrected);
      }
    }
    const bodies = pairs.map((meta) => entryBody(meta, entryHead(meta, "en")).body);
    expect(bodies.some((b) => b.includes("\n## "))).toBe(true);
    expect(bodies.some((b) => b.includes("\n- "))).toBe(true);
  });

  it("spreads publication over years and corrects a few entries", () => {
    const years = new Set(pairs.map((m) => m.firstPublishedAt.getUTCFullYear()));
    expect(years.size).toBeGreaterThanOrEqual(5);
    const corrected = pairs.filter((m) => m.corrected).length;
    expect(corrected).toBeGreaterThan(0);
    expect(corrected).toBeLessThan(pairs.length / 5);
  });

  it("offers search words that occur in the corpus, common and rare", () => {
    const vocabulary = searchVocabulary("fr", 400);
    expect(vocabulary.length).toBeGreaterThan(500);
    const text = pairs
      .slice(0, 100)
      .map((meta) => {
        const head = entryHead(meta, "fr");
        return `${head.claim} ${entryBody(meta, head).body}`.toLowerCase();
      })
      .join(" ");
    const common = vocabulary.filter((w) => !/ville|berg|mont|ac|ia$/.test(w)).slice(0, 200);
    expect(common.filter((w) => text.includes(w)).length).toBeGreaterThan(150);
    expect(text).toContain(placeName(0).toLowerCase());
  });
});

describe("bulk load helpers", () => {
  it("escapes COPY text format", () => {
    expect(copyLine(["a\tb", "line\nnext\\", null, 3, true, new Date("2026-01-02T03:04:05Z")])).toBe(
      "a\\tb\tline\\nnext\\\\\t\\N\t3\tt\t2026-01-02T03:04:05.000Z\n",
    );
  });

  it("pairs translations, the last one French only when N is odd", () => {
    const ids = entryIds(5);
    expect(ids.pairs).toBe(3);
    expect([ids.idOf(0, "fr"), ids.idOf(0, "en"), ids.idOf(2, "fr")]).toEqual([1, 2, 5]);
    expect(ids.exists(2, "fr")).toBe(true);
    expect(ids.exists(2, "en")).toBe(false);
  });
});

describe("options", () => {
  it("has the documented defaults", () => {
    expect(parseOptions([])).toMatchObject({ entries: 100_000, compareEntries: 1_000, duration: 10, connections: [1, 32], skipBuild: false, port: 3300, keepDb: false, distDir: ".next-bench" });
  });

  it("makes --smoke small and quick, without the comparison run", () => {
    expect(parseOptions(["--smoke"])).toMatchObject({ smoke: true, entries: 200, duration: 1, compareEntries: 0 });
    expect(parseOptions(["--smoke", "--entries", "300"])).toMatchObject({ entries: 300, duration: 1 });
  });

  it("refuses nonsense", () => {
    expect(() => parseOptions(["--entries", "-3"])).toThrow(/--entries/);
    expect(() => parseOptions(["--connections", "1,x"])).toThrow(/--connections/);
    expect(() => parseOptions(["--duration", "0"])).toThrow(/--duration/);
    expect(() => parseOptions(["--frobnicate"])).toThrow();
  });
});
